package dev.backendaudit.dsl;

import dev.backendaudit.model.Area;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Criterion;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.EvidencePolicy;
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
 *     .architecture(a -> a.modular().dependencyCycles(0))
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
 * <p><b>Every step is an immutable value.</b> A step returns a new sentence and leaves the one it was
 * called on as it was, so a shared step branches into independent audits, each equal to the audit written
 * out in full; keep one in a constant and share it between tests and threads:
 *
 * <pre>{@code
 * AuditStep base = BackendAudit.of("checkout-service").at(AUDITED_AT).deployment(d -> d.releases(44, 4));
 * Audit slow = base.performance(p -> p.latencyP95(Duration.ofMillis(870)).underPeakLoad()).audit();
 * Audit fast = base.performance(p -> p.latencyP95(Duration.ofMillis(120)).underPeakLoad()).audit();
 * }</pre>
 *
 * <p>Each area clause is a function from the area's clause to itself: the lambda must end on a complete
 * clause (a latency with its load, a warning bound with its critical bound), or it does not compile; a
 * block lambda that drops an unfinished step fails naming it when the lambda returns, and so does one that
 * returns the clause it was given after taking steps from it ({@code p -> { p.knownBottlenecks(true);
 * return p; }} would lose the answer). Arguments are
 * checked at the point of entry; a bad one fails at once with a message that names the clause, the value
 * and the rule. Evidence about one topic given twice must agree (checked when the audit is built), unless
 * the second is given inside {@link #replacing replacing(...)}.
 */
public interface AuditStep {

    /**
     * The time the audit describes; default: when the audit is built. Earlier verdicts in the
     * {@link #history(AuditHistory) history} must be before it. The last call wins, so a written
     * audit can be re-dated: {@code CheckoutServiceAudit.sentence().at(march).evaluate()}.
     *
     * @param time the time
     * @return the sentence, dated
     * @throws NullPointerException naming the clause if {@code time} is null
     */
    AuditStep at(Instant time);

    /**
     * Evidence about Architecture, a foundation area: {@code .architecture(a -> a.modular().dependencyCycles(0))}.
     *
     * @param clause the clause, from the area's vocabulary ({@link ArchitectureClause}) to its end
     * @return the sentence, with what the clause said
     * @throws NullPointerException  naming the area if the function or its result is null
     * @throws IllegalStateException naming the step if the clause drops or ends on an unfinished step
     */
    AuditStep architecture(UnaryOperator<ArchitectureClause> clause);

    /**
     * Evidence about Performance: {@code .performance(p -> p.latencyP95(Duration.ofMillis(870)).underPeakLoad())}.
     *
     * @param clause the clause, from the area's vocabulary ({@link PerformanceClause}) to its end
     * @return the sentence, with what the clause said
     * @throws NullPointerException  naming the area if the function or its result is null
     * @throws IllegalStateException naming the step if the clause drops or ends on an unfinished step
     */
    AuditStep performance(UnaryOperator<PerformanceClause> clause);

    /**
     * Evidence about Scalability, a foundation area: {@code .scalability(s -> s.scaledByHand().peakHeadroom(1.8))}.
     *
     * @param clause the clause, from the area's vocabulary ({@link ScalabilityClause}) to its end
     * @return the sentence, with what the clause said
     * @throws NullPointerException  naming the area if the function or its result is null
     * @throws IllegalStateException naming the step if the clause drops or ends on an unfinished step
     */
    AuditStep scalability(UnaryOperator<ScalabilityClause> clause);

    /**
     * Evidence about Code quality: {@code .codeQuality(c -> c.readable(true).testCoverage(Quantity.percent(71)))}.
     *
     * @param clause the clause, from the area's vocabulary ({@link CodeQualityClause}) to its end
     * @return the sentence, with what the clause said
     * @throws NullPointerException  naming the area if the function or its result is null
     * @throws IllegalStateException naming the step if the clause drops or ends on an unfinished step
     */
    AuditStep codeQuality(UnaryOperator<CodeQualityClause> clause);

    /**
     * Evidence about Deployment &amp; DevOps: {@code .deployment(d -> d.ciCdPipeline(true).releases(44, 4))}.
     *
     * @param clause the clause, from the area's vocabulary ({@link DeploymentClause}) to its end
     * @return the sentence, with what the clause said
     * @throws NullPointerException  naming the area if the function or its result is null
     * @throws IllegalStateException naming the step if the clause drops or ends on an unfinished step
     */
    AuditStep deployment(UnaryOperator<DeploymentClause> clause);

    /**
     * Evidence about Monitoring &amp; reliability: {@code .monitoring(m -> m.alertingOnFailure(true))}.
     *
     * @param clause the clause, from the area's vocabulary ({@link MonitoringClause}) to its end
     * @return the sentence, with what the clause said
     * @throws NullPointerException  naming the area if the function or its result is null
     * @throws IllegalStateException naming the step if the clause drops or ends on an unfinished step
     */
    AuditStep monitoring(UnaryOperator<MonitoringClause> clause);

    /**
     * The provenance of top-level evidence given after this call ({@link #measured}, {@link #answered},
     * {@link #notApplicable}); until the first call it is {@link Provenance#manual()}.
     *
     * <pre>{@code .from(Provenance.manual("SEC-142")).answered(secretsRotated, false)}</pre>
     *
     * @param source where the following evidence comes from
     * @return the sentence, with that provenance for what follows
     * @throws NullPointerException naming the clause if {@code source} is null
     */
    AuditStep from(Provenance source);

    /**
     * A measurement of any metric, standard or the team's own, with its unit; bounds may follow, and then
     * the sign they detect.
     *
     * <pre>{@code .measured(openCves, Quantity.count(3)).warnAbove(Quantity.count(0)).criticalAbove(Quantity.count(5)).signalling(sign)}</pre>
     *
     * @param metric the metric
     * @param value  its value
     * @return the step that may bound the measurement
     * @throws IllegalArgumentException naming the clause if the unit does not fit the metric, or the value is
     *                                  negative (or above 100 % for a ratio)
     */
    MeasurementStep measured(Metric metric, Quantity value);

    /**
     * A measured duration of any metric: {@code .measured(batchRuntime, Duration.ofMinutes(42))}; see
     * {@link #measured(Metric, Quantity)}.
     *
     * @param metric a duration metric
     * @param value  its value
     * @return the step that may bound the measurement
     * @throws IllegalArgumentException naming the clause if the metric is not a duration or the value is negative
     */
    MeasurementStep measured(Metric metric, Duration value);

    /**
     * A yes/no answer to any question, without a note: {@code .answered(secretsRotated, true)}.
     *
     * @param question a yes/no question
     * @param yes      the answer
     * @return the sentence, with the answer
     * @throws IllegalArgumentException naming the clause if the question is not yes/no
     */
    AuditStep answered(Question question, boolean yes);

    /**
     * A yes/no answer to any question, with a note:
     * {@code .answered(secretsRotated, false, "rotated by hand once a year")}.
     *
     * @param question a yes/no question
     * @param yes      the answer
     * @param note     why
     * @return the sentence, with the answer
     * @throws NullPointerException     naming the clause if {@code note} is null (leave it out instead)
     * @throws IllegalArgumentException naming the clause if the question is not yes/no or the note is blank
     */
    AuditStep answered(Question question, boolean yes, String note);

    /**
     * One of a question's choices, without a note: {@code .answered(releaseStyle, "blue-green")}.
     *
     * @param question the question
     * @param choice   one of its choices
     * @return the sentence, with the answer
     * @throws IllegalArgumentException naming the clause and the allowed choices if {@code choice} is not one
     */
    AuditStep answered(Question question, String choice);

    /**
     * One of a question's choices, with a note: {@code .answered(releaseStyle, "blue-green", "since 2025")}.
     *
     * @param question the question
     * @param choice   one of its choices
     * @param note     why
     * @return the sentence, with the answer
     * @throws NullPointerException     naming the clause if {@code note} is null (leave it out instead)
     * @throws IllegalArgumentException naming the clause and the allowed choices if {@code choice} is not one,
     *                                  or if the note is blank
     */
    AuditStep answered(Question question, String choice, String note);

    /**
     * A time series of any metric, with its own provenance: {@code .series(queueDepthPerDay)}.
     *
     * @param series the series
     * @return the sentence, with the series
     * @throws NullPointerException naming the clause if {@code series} is null
     */
    AuditStep series(TimeSeries series);

    /**
     * Says that {@code topic} does not apply, and why:
     * {@code .notApplicable(Metrics.LATENCY_P95_PEAK, "a nightly batch has no peak traffic")}.
     *
     * @param topic  the metric or question
     * @param reason why it does not apply
     * @return the sentence, with the topic not applicable
     * @throws IllegalArgumentException naming the clause if the reason is blank
     */
    AuditStep notApplicable(Topic topic, String reason);

    /**
     * Evidence measured elsewhere (a collector's output), with its own provenance: {@code .evidence(cycles)}.
     *
     * @param evidence the evidence
     * @return the sentence, with the evidence
     * @throws NullPointerException naming the clause if {@code evidence} is null
     */
    AuditStep evidence(Evidence evidence);

    /**
     * Evidence measured elsewhere, all of it: {@code .evidence(GitHistory.analyze(options).evidence())}.
     *
     * @param evidence the evidence
     * @return the sentence, with the evidence
     * @throws NullPointerException naming the position if {@code evidence} or an item is null
     */
    AuditStep evidence(Iterable<? extends Evidence> evidence);

    /**
     * Says something anew: the evidence {@code changes} give replaces all evidence said before about the
     * same topics (from every source), where the sentence would otherwise have refused two values that
     * disagree. Everything else the changes say means what it means outside ({@code at} re-dates, bounds
     * replace their criterion, {@code from} holds inside only). The way to start from a base audit and
     * change one value:
     *
     * <pre>{@code
     * Verdict slower = CheckoutServiceAudit.sentence()
     *     .replacing(s -> s.performance(p -> p.latencyP95(Duration.ofMillis(1500)).underPeakLoad()))
     *     .evaluate();
     * Audit withoutPeak = BackendAudit.startingFrom(audit)
     *     .replacing(s -> s.notApplicable(Metrics.LATENCY_P95_PEAK, "no peak this quarter"))
     *     .audit();
     * }</pre>
     *
     * <p>A slowdown the DSL derived follows the p95 values it is derived from; one that was given is
     * evidence like any other and stays until it is replaced too.
     *
     * @param changes what to say anew, continuing the sentence it is given
     * @return the sentence, with the changes
     * @throws NullPointerException     if {@code changes} or its result is null
     * @throws IllegalArgumentException if {@code changes} returns a sentence it was not given
     */
    AuditStep replacing(UnaryOperator<AuditStep> changes);

    /**
     * Adds a custom area (Security, Data, Cost...), reported after the areas before it.
     *
     * <pre>{@code .area(Area.of("security", "Security", "Dependencies patched within a week", "Known vulnerabilities stay open"))}</pre>
     *
     * @param area the area
     * @return the sentence, with the area
     * @throws NullPointerException naming the clause if {@code area} is null
     */
    AuditStep area(Area area);

    /**
     * Adds a criterion, or replaces the one with the same id (its area is added too): for custom
     * answer and trend criteria, or a standard criterion with other settings:
     * {@code .criterion(AnswerCriterion.expect("security.secrets-rotated", staleSecrets, secretsRotated, "yes", Severity.WARNING))}.
     *
     * @param criterion the criterion
     * @return the sentence, with the criterion
     * @throws NullPointerException naming the clause if {@code criterion} is null
     */
    AuditStep criterion(Criterion criterion);

    /**
     * Removes the criterion with {@code id}, for a check that does not fit the system at all (prefer
     * {@link #notApplicable}, which says why): {@code .withoutCriterion("monitoring.alerting")}.
     *
     * @param id the criterion's id
     * @return the sentence, without the criterion
     * @throws IllegalArgumentException naming the nearest id if the audit has no criterion with {@code id}
     */
    AuditStep withoutCriterion(String id);

    /**
     * The scoring strategy; default: the checklist strategy. Give it once:
     * {@code .scoredBy(Strategies.weightedScore())}.
     *
     * @param strategy the strategy
     * @return the sentence, scored by it
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
     * @return the sentence, held to the policy
     * @throws IllegalStateException if a policy was already given
     */
    AuditStep evidencePolicy(EvidencePolicy policy);

    /**
     * Earlier verdicts of the same subject, for strategies that judge trends over audits. Give it once:
     * {@code .history(VerdictJson.loadHistory(dir, "checkout-service"))}.
     *
     * @param earlier the earlier verdicts
     * @return the sentence, with its history
     * @throws IllegalStateException if a history was already given
     */
    AuditStep history(AuditHistory earlier);

    /**
     * Earlier verdicts of the same subject, in any order: {@code .history(List.of(march, july))}; see
     * {@link #history(AuditHistory)}.
     *
     * @param earlier the earlier verdicts
     * @return the sentence, with its history
     * @throws IllegalArgumentException if the verdicts are of different subjects or two share a time
     */
    AuditStep history(List<Verdict> earlier);

    /**
     * The audit as written, without evaluating it: to store it, render it, evaluate it later, or start
     * another sentence from it ({@link BackendAudit#startingFrom(Audit)}).
     *
     * @return the audit
     * @throws IllegalArgumentException if two pieces of evidence about one topic disagree
     */
    Audit audit();

    /**
     * Builds the audit and evaluates it with the chosen strategy, history and evidence policy.
     *
     * @return the verdict
     * @throws IllegalArgumentException if evidence disagrees, or a history verdict is of another subject or
     *                                  not earlier than the audit
     */
    Verdict evaluate();
}
