package dev.backendaudit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendaudit.checklist.RebuildPlan;
import dev.backendaudit.model.NextStep;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Verdict;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A custom scoring strategy that reads the audit history: the checkout service was told to optimize
 * in March and in July, and in November its performance and scalability still need attention. The
 * checklist strategy looks at one snapshot and says OPTIMIZE again; the team's
 * {@link PersistentProblemsStrategy} sees that optimization has not worked and says REBUILD.
 */
class CustomStrategyExample {

    private static Verdict checkoutAt(String time) {
        return CheckoutServiceAudit.sentence().at(Instant.parse(time)).evaluate();
    }

    // tag::custom-strategy[]
    static Verdict auditWithHistory() {
        List<Verdict> earlier = List.of(checkoutAt("2026-03-20T09:00:00Z"), checkoutAt("2026-07-20T09:00:00Z"));
        return CheckoutServiceAudit.sentence()
                .history(earlier)
                .scoredBy(new PersistentProblemsStrategy(2))
                .evaluate();
    }
    // end::custom-strategy[]

    @Test
    void should_escalate_to_rebuild_when_optimization_did_not_help() {
        Verdict verdict = auditWithHistory();
        assertThat(verdict.outcome()).isEqualTo(Outcome.REBUILD);
        assertThat(verdict.strategy().name()).isEqualTo("persistent-problems");
        assertThat(verdict.firedRules()).containsExactly(PersistentProblemsStrategy.PROBLEMS_PERSIST);
        assertThat(verdict.rationale().get(0).text())
                .isEqualTo("Performance, Scalability still need attention after 2 audits that advised optimization:"
                        + " the problems are not isolated");
        assertThat(verdict.nextSteps()).extracting(NextStep::action)
                .containsExactlyElementsOf(RebuildPlan.STEPS.stream().map(a -> a.id()).toList());
    }

    @Test
    void should_agree_with_the_checklist_without_history() {
        Verdict verdict = CheckoutServiceAudit.sentence().scoredBy(new PersistentProblemsStrategy(2)).evaluate();
        assertThat(verdict.outcome()).isEqualTo(Outcome.OPTIMIZE);
    }

    @Test
    void should_keep_optimize_when_the_history_is_shorter_than_the_window() {
        Verdict verdict = CheckoutServiceAudit.sentence().history(List.of(checkoutAt("2026-07-20T09:00:00Z")))
                .scoredBy(new PersistentProblemsStrategy(2)).evaluate();
        assertThat(verdict.outcome()).isEqualTo(Outcome.OPTIMIZE);
    }
}
