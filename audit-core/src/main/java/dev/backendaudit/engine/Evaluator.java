package dev.backendaudit.engine;

import dev.backendaudit.internal.Checks;
import dev.backendaudit.internal.Lists;
import dev.backendaudit.model.Answer;
import dev.backendaudit.model.AnswerCriterion;
import dev.backendaudit.model.Area;
import dev.backendaudit.model.AreaAssessment;
import dev.backendaudit.model.Assessment;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Criterion;
import dev.backendaudit.model.Decision;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.EvidencePolicy;
import dev.backendaudit.model.Figures;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.FindingStatus;
import dev.backendaudit.model.Health;
import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.NotApplicable;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.Reason;
import dev.backendaudit.model.ThresholdCriterion;
import dev.backendaudit.model.TimeSeries;
import dev.backendaudit.model.TrendCriterion;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.scoring.NextSteps;
import dev.backendaudit.scoring.ScoringStrategy;
import dev.backendaudit.scoring.Strategies;
import dev.backendaudit.scoring.internal.IndicatorJudge;
import dev.backendaudit.scoring.internal.Outcomes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates audits: every criterion against its evidence (an {@link Assessment}), then a
 * {@link ScoringStrategy} over the assessment and the audit history, held to an
 * {@link EvidencePolicy} (a {@link Verdict}).
 *
 * <pre>{@code
 * Verdict verdict = Evaluator.evaluate(audit);                                  // checklist strategy
 * Verdict scored  = Evaluator.evaluate(audit, Strategies.byName("checklist"), history);
 * Verdict strict  = Evaluator.evaluate(audit, strategy, history, EvidencePolicy.minimumCoverage(0.8));
 * Assessment raw  = Evaluator.assess(audit);                                     // findings only
 * }</pre>
 *
 * <p>The engine, not the strategy, decides what a verdict may claim on thin evidence: whatever a
 * strategy decides, built-in or a team's own, a HEALTHY verdict needs every counted area decided and
 * enough coverage, and so on (see {@link EvidencePolicy}). Evidence no criterion judges is kept in the
 * assessment and the verdict as context.
 *
 * <p>Evaluation is pure: it reads nothing but its arguments, so the same audit, strategy and
 * history always give the same verdict, and audits may be evaluated concurrently.
 */
public final class Evaluator {

    private static final Logger LOG = LoggerFactory.getLogger(Evaluator.class);

    private Evaluator() {
    }

    /**
     * Evaluates {@code audit} with the checklist strategy, no history and the default policy.
     *
     * @param audit the audit
     * @return the verdict
     */
    public static Verdict evaluate(Audit audit) {
        return evaluate(audit, Strategies.checklist(), AuditHistory.empty());
    }

    /**
     * Evaluates {@code audit} with {@code strategy}, no history and the default policy.
     *
     * @param audit    the audit
     * @param strategy the scoring strategy
     * @return the verdict
     */
    public static Verdict evaluate(Audit audit, ScoringStrategy strategy) {
        return evaluate(audit, strategy, AuditHistory.empty());
    }

    /**
     * Evaluates {@code audit} with {@code strategy} and {@link EvidencePolicy#DEFAULT}, handing the strategy
     * the earlier verdicts in {@code history}.
     *
     * @param audit    the audit
     * @param strategy the scoring strategy
     * @param history  earlier verdicts of the same subject
     * @return the verdict
     * @throws IllegalArgumentException if a history verdict is of another subject or not earlier than the audit
     * @throws IllegalStateException    if the strategy returns no decision
     */
    public static Verdict evaluate(Audit audit, ScoringStrategy strategy, AuditHistory history) {
        return evaluate(audit, strategy, history, EvidencePolicy.DEFAULT);
    }

    /**
     * Evaluates {@code audit} with {@code strategy}, handing it the earlier verdicts in {@code history},
     * and holds the decision to {@code policy}.
     *
     * @param audit    the audit
     * @param strategy the scoring strategy
     * @param history  earlier verdicts of the same subject
     * @param policy   how much evidence each outcome needs
     * @return the verdict
     * @throws IllegalArgumentException if a history verdict is of another subject or not earlier than the audit
     * @throws IllegalStateException    if the strategy returns no decision
     */
    public static Verdict evaluate(Audit audit, ScoringStrategy strategy, AuditHistory history, EvidencePolicy policy) {
        Checks.notNull("audit", audit);
        Checks.notNull("strategy", strategy);
        Checks.notNull("history", history);
        Checks.notNull("policy", policy);
        for (Verdict earlier : history.verdicts()) {
            if (!earlier.subject().equals(audit.subject())) {
                throw new IllegalArgumentException("history verdicts must be of the audited subject \"" + audit.subject()
                        + "\", but one is of \"" + earlier.subject() + "\"");
            }
            if (!earlier.at().isBefore(audit.at())) {
                throw new IllegalArgumentException("history verdicts must be earlier than the audit at " + audit.at()
                        + ", but one is at " + earlier.at());
            }
        }
        Assessment assessment = assess(audit);
        Decision decision = enforce(policy, assessment, decide(strategy, assessment, history), strategy, history);
        Verdict verdict = new Verdict(assessment, decision.withNextSteps(
                decision.nextSteps().orElseGet(() -> NextSteps.standard(decision.outcome(), assessment))),
                strategy.id(), policy);
        LOG.debug("audit of {} by {}: {} ({}), rules {}", audit.subject(), strategy.id(), verdict.outcome(),
                verdict.coverage(), verdict.firedRules());
        return verdict;
    }

    /**
     * Applies every criterion of {@code audit} to its evidence, without scoring: the findings, each
     * area's health, the rebuild indicators decided from every finding that bears on them, and the
     * evidence no criterion judged (the context).
     *
     * @param audit the audit
     * @return the assessment
     */
    public static Assessment assess(Audit audit) {
        Checks.notNull("audit", audit);
        List<Evidence> evidence = audit.evidence();
        Map<String, List<Evidence>> byTopic = new HashMap<>(evidence.size() * 2);
        for (Evidence item : evidence) {
            List<Evidence> about = byTopic.get(item.topic().id());
            if (about == null) {
                byTopic.put(item.topic().id(), List.of(item));   // one item a topic, almost always
            } else {
                List<Evidence> more = new ArrayList<>(about);
                more.add(item);
                byTopic.put(item.topic().id(), more);
            }
        }
        Set<Evidence> judged = Collections.newSetFromMap(new IdentityHashMap<>(evidence.size()));
        List<Finding> findings = new ArrayList<>(audit.criteria().size());
        for (Criterion criterion : audit.criteria()) {
            Finding finding = judge(criterion, byTopic.getOrDefault(criterion.topic().id(), List.of()));
            finding.evidence().ifPresent(judged::add);
            findings.add(finding);
        }
        List<Evidence> context = new ArrayList<>();
        for (Evidence item : evidence) {
            if (!judged.contains(item)) {
                context.add(item);
            }
        }
        return assessment(audit.subject(), audit.at(), audit.areas(), findings, context);
    }

    private static Assessment assessment(String subject, Instant at, List<Area> areas,
                                         List<Finding> findings, List<Evidence> context) {
        List<Finding> ranked = Finding.rank(findings);
        return Assessment.of(subject, at, areas, ranked, IndicatorJudge.decide(ranked), context);
    }

    private static Decision decide(ScoringStrategy strategy, Assessment assessment, AuditHistory history) {
        Decision decision = strategy.decide(assessment, history);
        if (decision == null) {
            throw new IllegalStateException("scoring strategy " + strategy.id() + " returned no decision for "
                    + assessment.subject());
        }
        return decision;
    }

    /** The decision, or INCONCLUSIVE saying which part of the policy the decision broke. */
    private static Decision enforce(EvidencePolicy policy, Assessment assessment, Decision decision,
                                    ScoringStrategy strategy, AuditHistory history) {
        Outcome outcome = decision.outcome();
        if (!outcome.isDecided()) {
            return decision;
        }
        List<String> broken = new ArrayList<>();
        if (!policy.covers(assessment.coverage())) {
            String thin = "coverage " + assessment.coverage() + " is under the " + Quantity.ratio(policy.minimumCoverage())
                    + " minimum";
            if (outcome != Outcome.REBUILD) {
                broken.add(thin);
            } else {
                Outcome best = decide(strategy, bestCase(assessment), history).outcome();
                if (best != Outcome.REBUILD) {
                    broken.add(thin + ", and the missing evidence could undo it (with every undecided criterion absent"
                            + " the strategy decides " + best + ")");
                }
            }
        }
        if (outcome == Outcome.HEALTHY) {
            List<AreaAssessment> unknown = Lists.filter(assessment.countedAreas(), a -> a.health() == Health.UNKNOWN);
            if (!unknown.isEmpty()) {
                broken.add(Outcomes.names(unknown) + (unknown.size() == 1 ? " has" : " have") + " no evidence, and HEALTHY"
                        + " needs every area decided");
            }
        }
        if (broken.isEmpty()) {
            return decision;
        }
        List<Reason> rationale = new ArrayList<>();
        rationale.add(new Reason(EvidencePolicy.RULE, "The strategy decided " + outcome + ", which the evidence does"
                + " not support: " + String.join("; ", broken) + ". The next steps list the evidence that would"
                + " settle it"));
        rationale.addAll(decision.rationale());
        Figures figures = Figures.builder().putAll(decision.figures()).put(EvidencePolicy.STRATEGY_OUTCOME, outcome).build();
        return new Decision(Outcome.INCONCLUSIVE, rationale, Optional.empty(), figures, decision.conditions());
    }

    /** The assessment with every undecided criterion taken to be absent. */
    private static Assessment bestCase(Assessment assessment) {
        List<Finding> resolved = new ArrayList<>(assessment.findings().size());
        for (Finding finding : assessment.findings()) {
            resolved.add(finding.status() == FindingStatus.UNKNOWN
                    ? new Finding(finding.criterion(), FindingStatus.ABSENT, Optional.empty(), Optional.empty(),
                    "taken to be absent: " + finding.explanation(), 0)
                    : finding);
        }
        List<Area> areas = Lists.map(assessment.areas(), AreaAssessment::area);
        return assessment(assessment.subject(), assessment.at(), areas, resolved, assessment.context());
    }

    private static Finding judge(Criterion criterion, List<Evidence> about) {
        if (about.isEmpty()) {
            return Finding.unknown(criterion, Optional.empty(), "no evidence for " + describe(criterion) + " ("
                    + criterion.describeRule() + ")");
        }
        for (Evidence item : about) {
            if (item instanceof NotApplicable) {
                return criterion.judge(item);
            }
        }
        Class<? extends Evidence> wanted = evidenceKind(criterion);
        for (Evidence item : about) {
            if (wanted.isInstance(item)) {
                return criterion.judge(item);
            }
        }
        return criterion.judge(about.get(0));
    }

    private static String describe(Criterion criterion) {
        if (criterion instanceof AnswerCriterion) {
            return "\"" + criterion.topic().name() + "\"";
        }
        return criterion.topic().name();
    }

    private static Class<? extends Evidence> evidenceKind(Criterion criterion) {
        if (criterion instanceof ThresholdCriterion) {
            return Measurement.class;
        }
        if (criterion instanceof TrendCriterion) {
            return TimeSeries.class;
        }
        return Answer.class;
    }
}
