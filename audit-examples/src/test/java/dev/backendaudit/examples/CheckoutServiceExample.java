package dev.backendaudit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendaudit.checklist.Actions;
import dev.backendaudit.checklist.Areas;
import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.checklist.OptimizationCondition;
import dev.backendaudit.checklist.Signs;
import dev.backendaudit.model.Health;
import dev.backendaudit.model.NextStep;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Severity;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.scoring.ChecklistStrategy;
import org.junit.jupiter.api.Test;

/**
 * Case study 2, problems that are isolated: the checkout service of an online shop (the main job's
 * example, {@link CheckoutServiceAudit}). Three years old and modular; delivery works. But in the
 * Black Friday rehearsal p95 latency went from 180 ms to 870 ms, the order-history query scans a
 * whole table, and the team pre-scales by hand before every sale. Two areas need attention while
 * the foundation holds, so optimization is enough, and the next steps are the optimizations that
 * answer exactly these findings.
 */
class CheckoutServiceExample {

    private final Verdict verdict = CheckoutServiceAudit.sentence().evaluate();

    @Test
    void should_recommend_optimization_because_the_problems_are_isolated() {
        assertThat(verdict.outcome()).isEqualTo(Outcome.OPTIMIZE);
        assertThat(verdict.firedRules()).containsExactly(ChecklistStrategy.OPTIMIZATION_ENOUGH);
        // the rationale names every condition under which optimization is enough
        for (OptimizationCondition condition : OptimizationCondition.values()) {
            assertThat(verdict.rationale().get(0).text()).contains(condition.text());
        }
    }

    @Test
    void should_locate_the_problems_in_performance_and_scalability_only() {
        assertThat(verdict.health(Areas.PERFORMANCE)).isEqualTo(Health.CRITICAL);
        assertThat(verdict.health(Areas.SCALABILITY)).isEqualTo(Health.NEEDS_ATTENTION);
        assertThat(verdict.health(Areas.ARCHITECTURE)).isEqualTo(Health.HEALTHY);
        assertThat(verdict.health(Areas.CODE_QUALITY)).isEqualTo(Health.HEALTHY);
        assertThat(verdict.health(Areas.DEPLOYMENT)).isEqualTo(Health.HEALTHY);
        assertThat(verdict.health(Areas.MONITORING)).isEqualTo(Health.HEALTHY);
    }

    @Test
    void should_rank_the_peak_slowdown_first() {
        // 4.8x slower at peak is past the 4x critical bound: the busiest moments are the worst
        assertThat(verdict.present().get(0).sign()).isEqualTo(Signs.DEGRADES_WITH_USAGE);
        assertThat(verdict.present().get(0).severity()).contains(Severity.CRITICAL);
        assertThat(verdict.present()).extracting(f -> f.criterion().id()).containsExactlyInAnyOrder(
                Criteria.PEAK_SLOWDOWN.id(), Criteria.AUTOMATIC_SCALING.id(), Criteria.P95_PEAK.id(),
                Criteria.QUERIES_EFFICIENT.id(), Criteria.P99_PEAK.id());
    }

    @Test
    void should_recommend_the_optimizations_that_fit_the_findings() {
        assertThat(verdict.nextSteps()).extracting(NextStep::action).containsExactly(
                Actions.FIX_BOTTLENECKS.id(), Actions.ADD_CACHING.id(), Actions.AUTOMATE_SCALING.id(),
                Actions.OPTIMIZE_QUERIES.id());
        NextStep automateScaling = verdict.nextSteps().get(2);
        assertThat(automateScaling.motivatedBy()).containsExactly(Criteria.AUTOMATIC_SCALING);
    }
}
