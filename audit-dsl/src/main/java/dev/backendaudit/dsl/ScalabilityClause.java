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
 *
 * <p>Every answer comes with and without a note, opposites alike; a note must not be null or blank.
 */
public interface ScalabilityClause extends AreaClause<ScalabilityClause> {

    /**
     * Capacity follows demand without anyone adding it: the healthy answer.
     *
     * <pre>{@code s -> s.scalesAutomatically().noSinglePointOfFailure()}</pre>
     *
     * @return the clause, with the answer
     */
    ScalabilityClause scalesAutomatically();

    /**
     * Capacity follows demand without anyone adding it: the healthy answer, with a note saying how.
     *
     * <pre>{@code s -> s.scalesAutomatically("horizontal pod autoscaler on CPU")}</pre>
     *
     * @param note how capacity follows demand
     * @return the clause, with the answer
     * @throws NullPointerException     naming the clause if {@code note} is null (use {@link #scalesAutomatically()})
     * @throws IllegalArgumentException naming the clause if {@code note} is blank
     */
    ScalabilityClause scalesAutomatically(String note);

    /**
     * People add capacity by hand: a warning (sign "manual scaling").
     *
     * <pre>{@code s -> s.scaledByHand().peakHeadroom(1.8)}</pre>
     *
     * @return the clause, with the answer
     */
    ScalabilityClause scaledByHand();

    /**
     * People add capacity by hand: a warning (sign "manual scaling"), with a note saying how.
     *
     * <pre>{@code s -> s.scaledByHand("pre-scaled before every sale")}</pre>
     *
     * @param note how and when capacity is added
     * @return the clause, with the answer
     * @throws NullPointerException     naming the clause if {@code note} is null (use {@link #scaledByHand()})
     * @throws IllegalArgumentException naming the clause if {@code note} is blank
     */
    ScalabilityClause scaledByHand(String note);

    /**
     * There is a part whose loss takes the system down: a warning.
     *
     * <pre>{@code s -> s.singlePointOfFailure()}</pre>
     *
     * @return the clause, with the answer
     */
    ScalabilityClause singlePointOfFailure();

    /**
     * There is a part whose loss takes the system down: a warning, naming the part.
     *
     * <pre>{@code s -> s.singlePointOfFailure("the one database instance")}</pre>
     *
     * @param which the part
     * @return the clause, with the answer
     * @throws NullPointerException     naming the clause if {@code which} is null (use {@link #singlePointOfFailure()})
     * @throws IllegalArgumentException naming the clause if {@code which} is blank
     */
    ScalabilityClause singlePointOfFailure(String which);

    /**
     * Every critical part is redundant: the healthy answer.
     *
     * <pre>{@code s -> s.scalesAutomatically().noSinglePointOfFailure()}</pre>
     *
     * @return the clause, with the answer
     */
    ScalabilityClause noSinglePointOfFailure();

    /**
     * Every critical part is redundant: the healthy answer, with a note saying how.
     *
     * <pre>{@code s -> s.noSinglePointOfFailure("three zones, replicated database")}</pre>
     *
     * @param note how the critical parts are made redundant
     * @return the clause, with the answer
     * @throws NullPointerException     naming the clause if {@code note} is null (use {@link #noSinglePointOfFailure()})
     * @throws IllegalArgumentException naming the clause if {@code note} is blank
     */
    ScalabilityClause noSinglePointOfFailure(String note);

    /**
     * Whether the system rides out traffic spikes (as a load test or the last peak showed); "no" is
     * critical (sign "scaling issues").
     *
     * <pre>{@code s -> s.handlesTrafficSpikes(true)}</pre>
     *
     * @param yes the answer
     * @return the clause, with the answer
     */
    ScalabilityClause handlesTrafficSpikes(boolean yes);

    /**
     * Whether the system rides out traffic spikes, with a note; "no" is critical (sign "scaling issues").
     *
     * <pre>{@code s -> s.handlesTrafficSpikes(false, "checkout failed at 1.3x expected peak in the load test")}</pre>
     *
     * @param yes  the answer
     * @param note what showed it
     * @return the clause, with the answer
     * @throws NullPointerException     naming the clause if {@code note} is null (leave it out instead)
     * @throws IllegalArgumentException naming the clause if {@code note} is blank
     */
    ScalabilityClause handlesTrafficSpikes(boolean yes, String note);

    /**
     * Measured capacity divided by expected peak demand: 1.5 means 50 % to spare. Default bounds:
     * warning below 1.5x, critical below 1x.
     *
     * <pre>{@code s -> s.peakHeadroom(1.8).warnBelow(Quantity.times(2)).criticalBelow(Quantity.times(1.2))}</pre>
     *
     * @param factor capacity over expected peak demand
     * @return the step that may bound the measurement
     * @throws IllegalArgumentException naming the clause if {@code factor} is negative or not finite
     */
    ScalabilityBelowStep peakHeadroom(double factor);

    /**
     * The headroom from a load test: the peak concurrency the system sustained divided by the peak
     * concurrency expected in production. Same bounds as {@link #peakHeadroom(double)}.
     *
     * <pre>{@code s -> s.peakConcurrency(1800, 1000)   // headroom 1.8x}</pre>
     *
     * @param sustained the peak concurrency sustained in the load test
     * @param expected  the peak concurrency expected in production
     * @return the step that may bound the measurement
     * @throws IllegalArgumentException naming the clause if {@code sustained} is negative or
     *                                  {@code expected} is not positive
     */
    ScalabilityBelowStep peakConcurrency(double sustained, double expected);

    /**
     * What a load test says about scalability, as a collector reported it (for example a
     * {@code ScalabilityReport} of audit-evidence's {@code LoadTests}: the Universal Scalability Law
     * fitted to its steps): the headroom at the expected peak, judged like {@link #peakHeadroom(double)},
     * and whether the system rides out traffic spikes, judged like {@link #handlesTrafficSpikes(boolean)},
     * with the fitted curve's parameters in provenance. A fit that cannot be trusted gives no
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
     * @param loadTest the collector's report
     * @return the clause, with the report's evidence
     * @throws NullPointerException     naming the clause if {@code loadTest} is null
     * @throws IllegalArgumentException naming the clause and the topic if the report holds evidence
     *                                  about another area
     */
    ScalabilityClause loadTested(EvidenceReport loadTest);
}
