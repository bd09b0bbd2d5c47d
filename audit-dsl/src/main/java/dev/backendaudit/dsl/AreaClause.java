package dev.backendaudit.dsl;

import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.Provenance;
import dev.backendaudit.model.Question;
import dev.backendaudit.model.TimeSeries;
import dev.backendaudit.model.Topic;

/**
 * What every area clause offers besides its own vocabulary: where the following evidence comes
 * from, answers to any question, time series, evidence from collectors, and topics that do not apply.
 *
 * <pre>{@code
 * BackendAudit.of("checkout-service")
 *     .performance(p -> p
 *         .from(Provenance.of("load-test", "perf/black-friday.hlog", rehearsedAt))
 *         .latencyP95(Duration.ofMillis(180)).underNormalLoad()
 *         .latencyP95(Duration.ofMillis(870)).underPeakLoad()
 *         .from(Provenance.manual())
 *         .answer(Questions.KNOWN_BOTTLENECKS, true, "the order-history query")
 *         .notApplicable(Metrics.LATENCY_P99_PEAK, "not recorded by the rehearsal tool"))
 *     .evaluate();
 * }</pre>
 *
 * @param <SELF> the area's own clause, returned so that the area's vocabulary stays at hand
 */
public interface AreaClause<SELF> {

    /**
     * The provenance of the evidence given after this call in this clause; until the first call it
     * is {@link Provenance#manual()}.
     */
    SELF from(Provenance source);

    /**
     * A yes/no answer to {@code question}, with a note saying why ({@code null} for none).
     *
     * @throws IllegalArgumentException naming the clause if the question is not yes/no or the note is blank
     */
    SELF answer(Question question, boolean yes, String note);

    /**
     * One of {@code question}'s choices, with a note ({@code null} for none).
     *
     * @throws IllegalArgumentException naming the clause and the allowed choices if {@code choice} is not one of them
     */
    SELF answer(Question question, String choice, String note);

    /**
     * A time series, such as commits per week; its own provenance is kept.
     *
     * @throws NullPointerException naming the clause if {@code series} is null
     */
    SELF series(TimeSeries series);

    /**
     * Evidence measured elsewhere (a collector's output), with its own provenance.
     *
     * @throws NullPointerException naming the clause if {@code evidence} is null
     */
    SELF evidence(Evidence evidence);

    /**
     * Says that {@code topic} does not apply to this system, and why; its criteria become
     * NOT_APPLICABLE, never healthy.
     *
     * @throws IllegalArgumentException naming the clause if the reason is blank
     */
    SELF notApplicable(Topic topic, String reason);
}
