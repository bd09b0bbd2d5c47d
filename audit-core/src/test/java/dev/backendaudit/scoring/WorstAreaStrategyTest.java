package dev.backendaudit.scoring;

import static dev.backendaudit.scoring.testing.ScoringFixtures.assess;
import static dev.backendaudit.scoring.testing.ScoringFixtures.levels;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendaudit.checklist.Areas;
import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Decision;
import dev.backendaudit.model.Health;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.test.AuditFixtures.Level;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorstAreaStrategyTest {

    private final WorstAreaStrategy strategy = new WorstAreaStrategy();

    @Test
    void should_be_healthy_when_every_area_is_healthy() {
        // GIVEN / WHEN
        Decision decision = strategy.decide(assess(levels()), AuditHistory.empty());
        // THEN
        assertThat(decision.outcome()).isEqualTo(Outcome.HEALTHY);
        assertThat(decision.rationale()).extracting(r -> r.rule()).containsExactly(WorstAreaStrategy.RULE);
        assertThat(decision.figures().get(WorstAreaStrategy.WORST_HEALTH)).contains("HEALTHY");
    }

    @Test
    void should_optimize_when_the_worst_area_needs_attention() {
        // GIVEN a warning in Performance
        // WHEN
        Decision decision = strategy.decide(assess(levels(Criteria.P95_PEAK, Level.WARNING)), AuditHistory.empty());
        // THEN
        assertThat(decision.outcome()).isEqualTo(Outcome.OPTIMIZE);
        assertThat(decision.figures().get(WorstAreaStrategy.WORST_HEALTH)).contains("NEEDS_ATTENTION");
        assertThat(decision.figures().get(WorstAreaStrategy.WORST_AREAS)).contains(List.of(Areas.PERFORMANCE));
        assertThat(decision.rationale().get(0).text()).contains("Performance").contains("NEEDS_ATTENTION");
    }

    @Test
    void should_rebuild_when_any_area_is_critical_even_outside_the_foundation() {
        // GIVEN a critical error rate and a warning elsewhere
        // WHEN
        Decision decision = strategy.decide(assess(levels(Criteria.ERROR_RATE, Level.CRITICAL,
                Criteria.P95_PEAK, Level.WARNING)), AuditHistory.empty());
        // THEN
        assertThat(decision.outcome()).isEqualTo(Outcome.REBUILD);
        assertThat(decision.figures().get(WorstAreaStrategy.WORST_AREAS)).contains(List.of(Areas.MONITORING));
    }

    @Test
    void should_be_inconclusive_when_an_area_has_no_evidence_and_none_is_worse() {
        // GIVEN Monitoring without any evidence
        Map<String, Level> levels = levels(Criteria.REAL_TIME_MONITORING, Level.UNKNOWN, Criteria.ALERTING, Level.UNKNOWN,
                Criteria.DETECTED_FIRST, Level.UNKNOWN, Criteria.TIME_TO_RESTORE, Level.UNKNOWN,
                Criteria.ERROR_RATE, Level.UNKNOWN);
        // WHEN
        Decision decision = strategy.decide(assess(levels), AuditHistory.empty());
        // THEN
        assertThat(decision.outcome()).isEqualTo(Outcome.INCONCLUSIVE);
        assertThat(decision.figures().get(WorstAreaStrategy.WORST_HEALTH)).contains("UNKNOWN");
        assertThat(decision.figures().get(WorstAreaStrategy.WORST_AREAS)).contains(List.of(Areas.MONITORING));
    }

    @Test
    void should_follow_a_configured_order_and_mapping() {
        // GIVEN an order in which a critical area only means optimization
        WorstAreaStrategy lenient = new WorstAreaStrategy(new WorstAreaStrategy.Config(
                List.of(Health.CRITICAL, Health.UNKNOWN, Health.NEEDS_ATTENTION, Health.HEALTHY),
                Map.of(Health.CRITICAL, Outcome.OPTIMIZE, Health.NEEDS_ATTENTION, Outcome.OPTIMIZE,
                        Health.UNKNOWN, Outcome.INCONCLUSIVE, Health.HEALTHY, Outcome.HEALTHY)));
        // WHEN
        Decision decision = lenient.decide(assess(levels(Criteria.ERROR_RATE, Level.CRITICAL)), AuditHistory.empty());
        // THEN
        assertThat(decision.outcome()).isEqualTo(Outcome.OPTIMIZE);
    }

    @Test
    void should_reject_an_order_that_would_let_missing_evidence_pass_as_health() {
        // GIVEN / WHEN / THEN
        assertThatThrownBy(() -> new WorstAreaStrategy.Config(
                List.of(Health.CRITICAL, Health.NEEDS_ATTENTION, Health.HEALTHY, Health.UNKNOWN),
                WorstAreaStrategy.Config.DEFAULTS.outcomes()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("UNKNOWN before HEALTHY");
        assertThatThrownBy(() -> new WorstAreaStrategy.Config(WorstAreaStrategy.Config.DEFAULTS.order(),
                Map.of(Health.CRITICAL, Outcome.REBUILD, Health.NEEDS_ATTENTION, Outcome.OPTIMIZE,
                        Health.UNKNOWN, Outcome.HEALTHY, Health.HEALTHY, Outcome.HEALTHY)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outcome of UNKNOWN must not be HEALTHY");
        assertThatThrownBy(() -> new WorstAreaStrategy.Config(List.of(Health.CRITICAL, Health.HEALTHY),
                WorstAreaStrategy.Config.DEFAULTS.outcomes()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("every health exactly once").hasMessageContaining("[CRITICAL, HEALTHY]");
    }
}
