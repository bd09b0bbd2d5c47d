package dev.backendaudit.engine;

import dev.backendaudit.internal.Checks;
import dev.backendaudit.model.AnswerCriterion;
import dev.backendaudit.model.Answer;
import dev.backendaudit.model.Assessment;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Criterion;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.NotApplicable;
import dev.backendaudit.model.ThresholdCriterion;
import dev.backendaudit.model.TimeSeries;
import dev.backendaudit.model.TrendCriterion;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.scoring.Decision;
import dev.backendaudit.scoring.NextSteps;
import dev.backendaudit.scoring.ScoringStrategy;
import dev.backendaudit.scoring.Strategies;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates audits: every criterion against its evidence (an {@link Assessment}), then a
 * {@link ScoringStrategy} over the assessment and the audit history (a {@link Verdict}).
 *
 * <pre>{@code
 * Verdict verdict = Evaluator.evaluate(audit);                                  // checklist strategy
 * Verdict scored  = Evaluator.evaluate(audit, Strategies.byName("checklist"), history);
 * Assessment raw  = Evaluator.assess(audit);                                     // findings only
 * }</pre>
 *
 * <p>Evaluation is pure: it reads nothing but its arguments, so the same audit, strategy and
 * history always give the same verdict, and audits may be evaluated concurrently.
 */
public final class Evaluator {

    private static final Logger LOG = LoggerFactory.getLogger(Evaluator.class);

    private Evaluator() {
    }

    /** Evaluates {@code audit} with the checklist strategy and no history. */
    public static Verdict evaluate(Audit audit) {
        return evaluate(audit, Strategies.checklist(), AuditHistory.empty());
    }

    /** Evaluates {@code audit} with {@code strategy} and no history. */
    public static Verdict evaluate(Audit audit, ScoringStrategy strategy) {
        return evaluate(audit, strategy, AuditHistory.empty());
    }

    /**
     * Evaluates {@code audit} with {@code strategy}, handing it the earlier verdicts in {@code history}.
     *
     * @throws IllegalArgumentException if a history verdict is of another subject or not earlier than the audit
     * @throws IllegalStateException    if the strategy returns no decision
     */
    public static Verdict evaluate(Audit audit, ScoringStrategy strategy, AuditHistory history) {
        Checks.notNull("audit", audit);
        Checks.notNull("strategy", strategy);
        Checks.notNull("history", history);
        for (Verdict earlier : history.verdicts()) {
            if (!earlier.subject().equals(audit.subject())) {
                throw new IllegalArgumentException("history verdicts must be of the audited subject \"" + audit.subject()
                        + "\", but one is of \"" + earlier.subject() + "\"");
            }
            if (!earlier.evaluatedAt().isBefore(audit.at())) {
                throw new IllegalArgumentException("history verdicts must be earlier than the audit at " + audit.at()
                        + ", but one is at " + earlier.evaluatedAt());
            }
        }
        Assessment assessment = assess(audit);
        Decision decision = strategy.decide(assessment, history);
        if (decision == null) {
            throw new IllegalStateException("scoring strategy " + strategy.id() + " returned no decision for "
                    + audit.subject());
        }
        Verdict verdict = Verdict.of(assessment, decision.outcome(), decision.rationale(),
                decision.nextSteps().orElseGet(() -> NextSteps.standard(decision.outcome(), assessment)),
                strategy.id(), decision.details());
        LOG.debug("audit of {} by {}: {} ({}), rules {}", audit.subject(), strategy.id(), verdict.outcome(),
                verdict.coverage(), verdict.firedRules());
        return verdict;
    }

    /** Applies every criterion of {@code audit} to its evidence, without scoring. */
    public static Assessment assess(Audit audit) {
        Checks.notNull("audit", audit);
        List<Finding> findings = new ArrayList<>(audit.criteria().size());
        for (Criterion criterion : audit.criteria()) {
            findings.add(judge(criterion, audit.evidenceAbout(criterion.topic())));
        }
        return Assessment.of(audit.subject(), audit.at(), audit.areas(), findings);
    }

    private static Finding judge(Criterion criterion, List<Evidence> about) {
        if (about.isEmpty()) {
            return Finding.unknown(criterion, Optional.empty(), "no evidence for " + describe(criterion) + " ("
                    + criterion.describeRule() + ")");
        }
        Optional<Evidence> notApplicable = about.stream().filter(e -> e instanceof NotApplicable).findFirst();
        if (notApplicable.isPresent()) {
            return criterion.judge(notApplicable.get());
        }
        Class<? extends Evidence> wanted = evidenceKind(criterion);
        Evidence chosen = about.stream().filter(wanted::isInstance).findFirst().orElse(about.get(0));
        return criterion.judge(chosen);
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
