package dev.backendaudit.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendaudit.engine.Evaluator;
import dev.backendaudit.model.Assessment;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Decision;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.scoring.ChecklistStrategy;
import dev.backendaudit.scoring.ScoringStrategy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class StrategyAndHistoryTest {

    private static final Instant AT = Instant.parse("2026-11-20T09:00:00Z");

    /** Decides by the number of earlier verdicts, and remembers the history it saw. */
    private static final class HistoryCounting implements ScoringStrategy {
        final AtomicReference<AuditHistory> seen = new AtomicReference<>();

        @Override
        public String name() {
            return "history-counting";
        }

        @Override
        public String version() {
            return "1";
        }

        @Override
        public Decision decide(Assessment assessment, AuditHistory history) {
            seen.set(history);
            return Decision.of(history.isEmpty() ? Outcome.INCONCLUSIVE : Outcome.OPTIMIZE, "history-size",
                    history.verdicts().size() + " earlier verdicts");
        }
    }

    private static AuditStep audit(Instant at) {
        return BackendAudit.of("checkout-service").at(at)
                .performance(p -> p.latencyP95(Duration.ofMillis(870)).underPeakLoad());
    }

    @Test
    void should_score_with_the_checklist_strategy_by_default() {
        Verdict verdict = audit(AT).evaluate();
        assertThat(verdict.strategy().name()).isEqualTo(ChecklistStrategy.NAME);
    }

    @Test
    void should_score_with_the_strategy_named_in_scored_by() {
        // GIVEN a strategy of our own
        HistoryCounting strategy = new HistoryCounting();
        // WHEN the sentence names it
        Verdict verdict = audit(AT).scoredBy(strategy).evaluate();
        // THEN it decided
        assertThat(verdict.strategy().name()).isEqualTo("history-counting");
        assertThat(verdict.firedRules()).containsExactly("history-size");
    }

    @Test
    void should_hand_the_history_to_the_strategy() {
        // GIVEN two earlier verdicts
        Verdict january = audit(Instant.parse("2026-01-20T09:00:00Z")).evaluate();
        Verdict june = audit(Instant.parse("2026-06-20T09:00:00Z")).evaluate();
        HistoryCounting strategy = new HistoryCounting();
        // WHEN the sentence hands them in, newest first
        Verdict verdict = audit(AT).history(List.of(june, january)).scoredBy(strategy).evaluate();
        // THEN the strategy sees them oldest first
        assertThat(strategy.seen.get().verdicts()).containsExactly(january, june);
        assertThat(verdict.firedRules()).contains("history-size");
        // the strategy decided OPTIMIZE; on 1 of 41 criteria the engine's evidence policy does not let it stand
        assertThat(verdict.details()).containsEntry("evidence-policy.strategy-outcome", "OPTIMIZE");
        assertThat(verdict.outcome()).isEqualTo(Outcome.INCONCLUSIVE);
    }

    @Test
    void should_reject_history_from_after_the_audit() {
        Verdict later = audit(Instant.parse("2026-12-20T09:00:00Z")).evaluate();
        assertThatThrownBy(() -> audit(AT).history(AuditHistory.of(List.of(later))).evaluate())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("history verdicts must be earlier than the audit");
    }

    @Test
    void should_give_the_same_verdict_as_evaluating_the_built_audit() {
        // GIVEN the audit taken without evaluating
        Audit audit = audit(AT).audit();
        // WHEN it is evaluated by the engine directly, and through the sentence
        // THEN the verdicts are equal
        assertThat(Evaluator.evaluate(audit)).isEqualTo(audit(AT).evaluate());
    }
}
