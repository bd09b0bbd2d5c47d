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
 *         .answered(Questions.KNOWN_BOTTLENECKS, true, "the order-history query")
 *         .notApplicable(Metrics.LATENCY_P99_PEAK, "not recorded by the rehearsal tool"))
 *     .evaluate();
 * }</pre>
 *
 * <p>Every step is an immutable value: a step returns a new clause and leaves the one it was called on
 * as it was, so the clause the function returns is exactly what the area clause says. A note, where a
 * method takes one, says why and must not be null or blank; each such method has a twin without it.
 *
 * @param <SELF> the area's own clause, returned so that the area's vocabulary stays at hand
 */
public interface AreaClause<SELF> {

    /**
     * The provenance of the evidence given after this call in this clause; until the first call it
     * is {@link Provenance#manual()}.
     *
     * <pre>{@code p -> p.from(Provenance.of("k6", "perf/peak.json", ranAt)).latencyP95(Duration.ofMillis(870)).underPeakLoad()}</pre>
     *
     * @param source where the following evidence comes from
     * @return the clause, with that provenance for what follows
     * @throws NullPointerException naming the clause if {@code source} is null
     */
    SELF from(Provenance source);

    /**
     * A yes/no answer to {@code question}, without a note.
     *
     * <pre>{@code p -> p.answered(Questions.KNOWN_BOTTLENECKS, false)}</pre>
     *
     * @param question a yes/no question, standard or the team's own
     * @param yes      the answer
     * @return the clause, with the answer
     * @throws IllegalArgumentException naming the clause if the question is not yes/no
     */
    SELF answered(Question question, boolean yes);

    /**
     * A yes/no answer to {@code question}, with a note saying why.
     *
     * <pre>{@code p -> p.answered(Questions.KNOWN_BOTTLENECKS, true, "the order-history query")}</pre>
     *
     * @param question a yes/no question, standard or the team's own
     * @param yes      the answer
     * @param note     why, in the answerer's words
     * @return the clause, with the answer
     * @throws NullPointerException     naming the clause if {@code note} is null (leave it out instead)
     * @throws IllegalArgumentException naming the clause if the question is not yes/no or the note is blank
     */
    SELF answered(Question question, boolean yes, String note);

    /**
     * One of {@code question}'s choices, without a note.
     *
     * <pre>{@code d -> d.answered(releaseStyle, "blue-green")}</pre>
     *
     * @param question the question, standard or the team's own
     * @param choice   one of {@link Question#choices()}
     * @return the clause, with the answer
     * @throws IllegalArgumentException naming the clause and the allowed choices if {@code choice} is not one of them
     */
    SELF answered(Question question, String choice);

    /**
     * One of {@code question}'s choices, with a note saying why.
     *
     * <pre>{@code d -> d.answered(releaseStyle, "blue-green", "since the 2025 outage")}</pre>
     *
     * @param question the question, standard or the team's own
     * @param choice   one of {@link Question#choices()}
     * @param note     why, in the answerer's words
     * @return the clause, with the answer
     * @throws NullPointerException     naming the clause if {@code note} is null (leave it out instead)
     * @throws IllegalArgumentException naming the clause and the allowed choices if {@code choice} is not one of
     *                                  them, or if the note is blank
     */
    SELF answered(Question question, String choice, String note);

    /**
     * A time series, such as commits per week; its own provenance is kept.
     *
     * <pre>{@code c -> c.series(TimeSeries.of(Metrics.COMMIT_THROUGHPUT, Unit.PER_WEEK, git).point(week1, 41))}</pre>
     *
     * @param series the series
     * @return the clause, with the series
     * @throws NullPointerException naming the clause if {@code series} is null
     */
    SELF series(TimeSeries series);

    /**
     * Evidence measured elsewhere (a collector's output), with its own provenance.
     *
     * <pre>{@code a -> a.evidence(Measurement.of(Metrics.DEPENDENCY_CYCLES, Quantity.count(2), archunit))}</pre>
     *
     * @param evidence the evidence
     * @return the clause, with the evidence
     * @throws NullPointerException naming the clause if {@code evidence} is null
     */
    SELF evidence(Evidence evidence);

    /**
     * Says that {@code topic} does not apply to this system, and why; its criteria become
     * NOT_APPLICABLE, never healthy.
     *
     * <pre>{@code p -> p.notApplicable(Metrics.LATENCY_P95_PEAK, "a nightly batch has no peak traffic")}</pre>
     *
     * @param topic  the metric or question that does not apply
     * @param reason why
     * @return the clause, with the topic not applicable
     * @throws IllegalArgumentException naming the clause if the reason is blank
     */
    SELF notApplicable(Topic topic, String reason);
}
