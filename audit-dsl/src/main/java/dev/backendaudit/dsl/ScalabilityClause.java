package dev.backendaudit.dsl;

import dev.backendaudit.model.EvidenceReport;

/**
 * The vocabulary of the Scalability area (a foundation area): automatic or manual scaling, single
 * points of failure, whether spikes are ridden out (the load-test result), and the headroom at peak.
 * Defaults come from {@code dev.backendaudit.checklist.Criteria}.
 *
 * <pre>{@code
 * BackendAudit.of("checkout-service")
 *     .scalability(s -> s
 *         .scaledByHand("pre-scaled before every sale")
 *         .noSinglePointOfFailure()
 *         .handlesTrafficSpikes(true, "Black Friday rehearsal held")
 *         .peakConcurrency(1800, 1000))
 *     .evaluate();
 * }</pre>
 */
public interface ScalabilityClause extends AreaClause<ScalabilityClause> {

    /** Capacity follows demand without anyone adding it: the healthy answer. {@code note} may be null. */
    ScalabilityClause scalesAutomatically(String note);

    /** People add capacity by hand: a warning (sign "manual scaling"). {@code note} may be null. */
    ScalabilityClause scaledByHand(String note);

    /**
     * There is a part whose loss takes the system down: a warning.
     *
     * @throws IllegalArgumentException naming the clause if {@code which} is blank
     */
    ScalabilityClause singlePointOfFailure(String which);

    /** Every critical part is redundant: the healthy answer. */
    ScalabilityClause noSinglePointOfFailure();

    /**
     * Whether the system rides out traffic spikes (as a load test or the last peak showed); "no" is
     * critical (sign "scaling issues").
     *
     * <pre>{@code s -> s.handlesTrafficSpikes(false, "checkout failed at 1.3x expected peak in the load test")}</pre>
     */
    ScalabilityClause handlesTrafficSpikes(boolean yes, String note);

    /**
     * Measured capacity divided by expected peak demand: 1.5 means 50 % to spare. Default bounds:
     * warning below 1.5x, critical below 1x.
     *
     * <pre>{@code s -> s.peakHeadroom(1.8).warnBelow(Quantity.times(2)).criticalBelow(Quantity.times(1.2))}</pre>
     *
     * @throws IllegalArgumentException naming the clause if {@code factor} is negative or not finite
     */
    ScalabilityBelowStep peakHeadroom(double factor);

    /**
     * The headroom from a load test: the peak concurrency the system sustained divided by the peak
     * concurrency expected in production. Same bounds as {@link #peakHeadroom(double)}.
     *
     * <pre>{@code s -> s.peakConcurrency(1800, 1000)   // headroom 1.8x}</pre>
     *
     * @throws IllegalArgumentException naming the clause if {@code sustained} is negative or
     *                                  {@code expected} is not positive
     */
    ScalabilityBelowStep peakConcurrency(double sustained, double expected);

    /**
     * What a load test says about scalability, as a collector reported it (for example a
     * {@code ScalabilityReport} of audit-evidence's {@code LoadTests}: the Universal Scalability Law
     * fitted to its steps): the headroom at the expected peak, judged like {@link #peakHeadroom(double)},
     * and whether the system rides out traffic spikes, judged like {@link #handlesTrafficSpikes(boolean,
     * String)}, with the fitted curve's parameters in provenance. A fit that cannot be trusted gives no
     * evidence, and its report says what to measure next.
     *
     * <pre>{@code
     * ScalabilityReport scaling = LoadTests.assess(LoadTests.read(Path.of("perf/stepped.jtl")),
     *         Optional.of(ExpectedPeak.of(40, "capacity plan")));
     * BackendAudit.of("checkout-service")
     *     .scalability(s -> s.loadTested(scaling).scaledByHand("pre-scaled before sales"))
     *     .evaluate();
     * }</pre>
     *
     * @throws NullPointerException     naming the clause if {@code loadTest} is null
     * @throws IllegalArgumentException naming the clause and the topic if the report holds evidence
     *                                  about another area
     */
    ScalabilityClause loadTested(EvidenceReport loadTest);
}
