package dev.backendaudit.dsl;

import dev.backendaudit.model.Area;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.EvidencePolicy;
import dev.backendaudit.model.Criterion;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.Metric;
import dev.backendaudit.model.Provenance;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.Question;
import dev.backendaudit.model.TimeSeries;
import dev.backendaudit.model.Topic;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.scoring.ScoringStrategy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * An audit with its subject named: add evidence area by area, or anything else with the generic
 * clauses, then {@link #evaluate()} it or take the {@link #audit()}.
 *
 * <pre>{@code
 * Verdict verdict = BackendAudit.of("checkout-service")
 *     .at(Instant.parse("2026-11-20T09:00:00Z"))
 *     .architecture(a -> a.modular(null).dependencyCycles(0))
 *     .performance(p -> p
 *         .latencyP95(Duration.ofMillis(870)).underPeakLoad()
 *         .warnAbove(Duration.ofMillis(300)).criticalAbove(Duration.ofSeconds(1)))
 *     .scalability(s -> s.scaledByHand("scaled by hand during sales"))
 *     .deployment(d -> d.changeFailureRate(Quantity.percent(9)))
 *     .history(previousVerdicts)
 *     .scoredBy(Strategies.checklist())
 *     .evaluate();
 * }</pre>
 *
 * <p>Each area clause is a function from the area's clause to itself: the lambda must end on a
 * complete clause (a latency with its load, a warning bound with its critical bound), or it does not
 * compile. Arguments are checked at the point of entry; a bad one fails at once with a message that
 * names the clause, the value and the rule. Evidence about one topic given twice must agree (checked
 * when the audit is built). A sentence is not thread-safe; the {@link Audit} and {@link Verdict} it
 * produces are.
 */
public interface AuditStep {

    /**
     * The time the audit describes; default: when the audit is built. Earlier verdicts in the
     * {@link #history(AuditHistory) history} must be before it. The last call wins, so a written
     * audit can be re-dated: {@code CheckoutServiceAudit.sentence().at(march).evaluate()}.
     */
    AuditStep at(Instant time);

    /** Evidence about Architecture, a foundation area; see {@link ArchitectureClause}. */
    AuditStep architecture(UnaryOperator<ArchitectureClause> clause);

    /** Evidence about Performance; see {@link PerformanceClause}. */
    AuditStep performance(UnaryOperator<PerformanceClause> clause);

    /** Evidence about Scalability, a foundation area; see {@link ScalabilityClause}. */
    AuditStep scalability(UnaryOperator<ScalabilityClause> clause);

    /** Evidence about Code quality; see {@link CodeQualityClause}. */
    AuditStep codeQuality(UnaryOperator<CodeQualityClause> clause);

    /** Evidence about Deployment &amp; DevOps; see {@link DeploymentClause}. */
    AuditStep deployment(UnaryOperator<DeploymentClause> clause);

    /** Evidence about Monitoring &amp; reliability; see {@link MonitoringClause}. */
    AuditStep monitoring(UnaryOperator<MonitoringClause> clause);

    /**
     * The provenance of top-level evidence given after this call ({@link #measured}, {@link #answered},
     * {@link #notApplicable}); until the first call it is {@link Provenance#manual()}.
     */
    AuditStep from(Provenance source);

    /**
     * A measurement of any metric, standard or the team's own, with its unit.
     *
     * <pre>{@code .measured(openCves, Quantity.count(3)).warnAbove(Quantity.count(0)).criticalAbove(Quantity.count(5)).signalling(sign)}</pre>
     *
     * @throws IllegalArgumentException naming the clause if the unit does not fit the metric, or the value is
     *                                  negative (or above 100 % for a ratio)
     */
    MeasurementStep measured(Metric metric, Quantity value);

    /**
     * A measured duration of any metric; see {@link #measured(Metric, Quantity)}.
     *
     * @throws IllegalArgumentException naming the clause if the metric is not a duration or the value is negative
     */
    MeasurementStep measured(Metric metric, Duration value);

    /**
     * A yes/no answer to any question, with a note ({@code null} for none).
     *
     * @throws IllegalArgumentException naming the clause if the question is not yes/no or the note is blank
     */
    AuditStep answered(Question question, boolean yes, String note);

    /**
     * One of a question's choices, with a note ({@code null} for none).
     *
     * @throws IllegalArgumentException naming the clause and the allowed choices if {@code choice} is not one
     */
    AuditStep answered(Question question, String choice, String note);

    /** A time series of any metric, with its own provenance. */
    AuditStep series(TimeSeries series);

    /**
     * Says that {@code topic} does not apply, and why.
     *
     * @throws IllegalArgumentException naming the clause if the reason is blank
     */
    AuditStep notApplicable(Topic topic, String reason);

    /** Evidence measured elsewhere (a collector's output), with its own provenance. */
    AuditStep evidence(Evidence evidence);

    /** Evidence measured elsewhere, all of it. */
    AuditStep evidence(Iterable<? extends Evidence> evidence);

    /**
     * Adds a custom area (Security, Data, Cost...), reported after the areas before it.
     *
     * <pre>{@code .area(Area.of("security", "Security", "Dependencies patched within a week", "Known vulnerabilities stay open"))}</pre>
     */
    AuditStep area(Area area);

    /**
     * Adds a criterion, or replaces the one with the same id (its area is added too): for custom
     * answer and trend criteria, or a standard criterion with other settings.
     */
    AuditStep criterion(Criterion criterion);

    /**
     * Removes the criterion with {@code id}: for a check that does not fit the system at all (prefer
     * {@link #notApplicable}, which says why).
     *
     * @throws IllegalArgumentException naming the nearest id if the audit has no criterion with {@code id}
     */
    AuditStep withoutCriterion(String id);

    /**
     * The scoring strategy; default: the checklist strategy. Give it once.
     *
     * @throws IllegalStateException if a strategy was already given
     */
    AuditStep scoredBy(ScoringStrategy strategy);

    /**
     * How much evidence each outcome needs, which the engine holds every strategy to; default:
     * {@link EvidencePolicy#DEFAULT} (half of the applicable criteria decided, and every area decided for
     * HEALTHY). Give it once.
     *
     * <pre>{@code
     * BackendAudit.of("checkout-service")...evidencePolicy(EvidencePolicy.minimumCoverage(0.8)).evaluate();
     * }</pre>
     *
     * @param policy the policy
     * @return this step
     * @throws IllegalStateException if a policy was already given
     */
    AuditStep evidencePolicy(EvidencePolicy policy);

    /**
     * Earlier verdicts of the same subject, for strategies that judge trends over audits. Give it once.
     *
     * @throws IllegalStateException if a history was already given
     */
    AuditStep history(AuditHistory earlier);

    /**
     * Earlier verdicts of the same subject, in any order; see {@link #history(AuditHistory)}.
     *
     * @throws IllegalArgumentException if the verdicts are of different subjects or two share a time
     */
    AuditStep history(List<Verdict> earlier);

    /**
     * The audit as written, without evaluating it: to store it, render it, or evaluate it later.
     *
     * @throws IllegalArgumentException if two pieces of evidence about one topic disagree
     * @throws IllegalStateException    if a bounded custom metric lacks its sign
     */
    Audit audit();

    /**
     * Builds the audit and evaluates it with the chosen strategy and history.
     *
     * @throws IllegalArgumentException if evidence disagrees, or a history verdict is of another subject or
     *                                  not earlier than the audit
     * @throws IllegalStateException    if a bounded custom metric lacks its sign
     */
    Verdict evaluate();
}
