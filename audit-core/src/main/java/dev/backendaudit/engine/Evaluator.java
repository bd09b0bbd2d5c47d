package dev.backendaudit.engine;

import dev.backendaudit.bounds.Certainty;
import dev.backendaudit.bounds.CertaintySearch;
import dev.backendaudit.bounds.internal.PolicyPath;
import dev.backendaudit.bounds.internal.Resolutions;
import dev.backendaudit.internal.Checks;
import dev.backendaudit.model.Answer;
import dev.backendaudit.model.AnswerCriterion;
import dev.backendaudit.model.Assessment;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Criterion;
import dev.backendaudit.model.Decision;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.EvidencePolicy;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.NextStep;
import dev.backendaudit.model.NotApplicable;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.ThresholdCriterion;
import dev.backendaudit.model.TimeSeries;
import dev.backendaudit.model.TrendCriterion;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.scoring.NextSteps;
import dev.backendaudit.scoring.ScoringStrategy;
import dev.backendaudit.scoring.Strategies;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
 * <p>Every verdict carries its {@link Certainty} (the outcomes its unknowns still allow, what would settle
 * it, what would flip it), computed on first use rather than here: the search behind it decides the audit
 * a dozen times or more, and most callers read the outcome alone. An INCONCLUSIVE verdict whose strategy
 * leaves the next steps to the engine is the exception: its steps list the evidence in the order that would
 * settle it, so its certainty is computed during evaluation.
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
        Decision decision = PolicyPath.enforce(policy, assessment, Resolutions.decide(strategy, assessment, history),
                () -> Resolutions.of(assessment, strategy, history, policy, 1).best());
        // computed on first use, not here: the search costs several evaluations (see Certainty)
        Certainty certainty = CertaintySearch.deferred(assessment, strategy, history, policy, decision.outcome());
        List<NextStep> steps = decision.nextSteps().orElseGet(() -> NextSteps.standard(decision.outcome(), assessment,
                // the evidence to gather follows what would settle the verdict: the one outcome that needs the search
                decision.outcome() == Outcome.INCONCLUSIVE ? certainty.settle() : List.of()));
        Verdict verdict = new Verdict(assessment, decision.withNextSteps(steps), strategy.id(), policy, certainty);
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
        return Resolutions.assemble(audit.subject(), audit.at(), audit.areas(), findings, context);
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
