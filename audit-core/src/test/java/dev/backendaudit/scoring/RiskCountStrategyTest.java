package dev.backendaudit.scoring;

import static dev.backendaudit.scoring.testing.ScoringFixtures.assess;
import static dev.backendaudit.scoring.testing.ScoringFixtures.levels;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendaudit.checklist.Areas;
import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Decision;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.scoring.testing.ScoringFixtures;
import dev.backendaudit.test.AuditFixtures.Level;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RiskCountStrategyTest {

    private final RiskCountStrategy strategy = new RiskCountStrategy();

    @Test
    void should_be_healthy_without_risks() {
        // GIVEN / WHEN
        Decision decision = strategy.decide(assess(levels()), AuditHistory.empty());
        // THEN
        assertThat(decision.outcome()).isEqualTo(Outcome.HEALTHY);
        assertThat(decision.figures().get(RiskCountStrategy.HIGH)).contains(0.0);
        assertThat(decision.figures().get(RiskCountStrategy.MEDIUM)).contains(0.0);
    }

    @Test
    void should_optimize_for_a_medium_risk_and_count_it_in_its_area() {
        // GIVEN / WHEN
        Decision decision = strategy.decide(assess(levels(Criteria.AUTOMATIC_SCALING, Level.WARNING)),
                AuditHistory.empty());
        // THEN
        assertThat(decision.outcome()).isEqualTo(Outcome.OPTIMIZE);
        assertThat(decision.figures().get(RiskCountStrategy.MEDIUM)).contains(1.0);
        assertThat(decision.figures().get(RiskCountStrategy.medium(Areas.SCALABILITY))).contains(1.0);
        assertThat(decision.figures().get(RiskCountStrategy.medium(Areas.PERFORMANCE))).contains(0.0);
    }

    @Test
    void should_rebuild_at_three_high_risks_in_total() {
        // GIVEN three critical findings in three areas
        Map<String, Level> levels = levels(Criteria.P95_PEAK, Level.CRITICAL, Criteria.ERROR_RATE, Level.CRITICAL,
                Criteria.CHANGE_FAILURE_RATE, Level.CRITICAL);
        // WHEN
        Decision decision = strategy.decide(assess(levels), AuditHistory.empty());
        // THEN
        assertThat(decision.outcome()).isEqualTo(Outcome.REBUILD);
        assertThat(decision.rationale().get(0).text()).contains("3 high risks in total, at least 3");
    }

    @Test
    void should_optimize_at_two_high_risks_in_different_areas_but_rebuild_at_two_in_one_area() {
        // GIVEN
        Map<String, Level> spread = levels(Criteria.P95_PEAK, Level.CRITICAL, Criteria.ERROR_RATE, Level.CRITICAL);
        Map<String, Level> concentrated = levels(Criteria.P95_PEAK, Level.CRITICAL, Criteria.P99_PEAK, Level.CRITICAL);
        // WHEN
        Decision spreadDecision = strategy.decide(assess(spread), AuditHistory.empty());
        Decision concentratedDecision = strategy.decide(assess(concentrated), AuditHistory.empty());
        // THEN
        assertThat(spreadDecision.outcome()).isEqualTo(Outcome.OPTIMIZE);
        assertThat(concentratedDecision.outcome()).isEqualTo(Outcome.REBUILD);
        assertThat(concentratedDecision.rationale().get(0).text()).contains("Performance has 2");
        assertThat(concentratedDecision.figures().get(RiskCountStrategy.high(Areas.PERFORMANCE))).contains(2.0);
    }

    @Test
    void should_count_high_risks_toward_the_medium_thresholds_so_that_worse_is_never_better() {
        // GIVEN 10 medium risks, then the same with one of them turned high
        Map<String, Level> tenMedium = levels(Criteria.MODULAR, Level.WARNING, Criteria.INDEPENDENT_SCALING, Level.WARNING,
                Criteria.SUPPORTS_GROWTH, Level.WARNING, Criteria.QUERIES_EFFICIENT, Level.WARNING,
                Criteria.KNOWN_BOTTLENECKS, Level.WARNING, Criteria.AUTOMATIC_SCALING, Level.WARNING,
                Criteria.READABLE, Level.WARNING, Criteria.DOCUMENTED, Level.WARNING, Criteria.CI_CD_PIPELINE, Level.WARNING,
                Criteria.DEPLOYMENT_FREQUENCY, Level.WARNING);
        Map<String, Level> oneTurnedHigh = new java.util.LinkedHashMap<>(tenMedium);
        oneTurnedHigh.put(Criteria.DEPLOYMENT_FREQUENCY.id(), Level.CRITICAL);
        // WHEN
        Decision medium = strategy.decide(assess(tenMedium), AuditHistory.empty());
        Decision worse = strategy.decide(assess(oneTurnedHigh), AuditHistory.empty());
        // THEN
        assertThat(medium.figures().get(RiskCountStrategy.MEDIUM)).contains(10.0);
        assertThat(medium.figures().get(RiskCountStrategy.HIGH)).contains(0.0);
        assertThat(medium.outcome()).isEqualTo(Outcome.REBUILD);
        assertThat(worse.figures().get(RiskCountStrategy.MEDIUM)).contains(9.0);
        assertThat(worse.figures().get(RiskCountStrategy.HIGH)).contains(1.0);
        assertThat(worse.outcome()).isEqualTo(Outcome.REBUILD);
        assertThat(worse.rationale().get(0).text()).contains("10 risks of medium or higher severity");
    }

    @Test
    void should_be_inconclusive_on_thin_evidence_unless_the_risks_already_demand_a_rebuild() {
        // GIVEN almost nothing decided
        Map<String, Level> thin = ScoringFixtures.all(Level.UNKNOWN);
        thin.put(Criteria.P95_PEAK.id(), Level.WARNING);
        Map<String, Level> thinButBad = ScoringFixtures.all(Level.UNKNOWN);
        thinButBad.put(Criteria.P95_PEAK.id(), Level.CRITICAL);
        thinButBad.put(Criteria.P99_PEAK.id(), Level.CRITICAL);
        // WHEN / THEN the engine's policy decides what thin evidence allows: more evidence cannot remove a risk
        assertThat(ScoringFixtures.verdict(strategy, ScoringFixtures.T0, thin, AuditHistory.empty()).outcome())
                .isEqualTo(Outcome.INCONCLUSIVE);
        assertThat(ScoringFixtures.verdict(strategy, ScoringFixtures.T0, thinButBad, AuditHistory.empty()).outcome())
                .isEqualTo(Outcome.REBUILD);
    }

    @Test
    void should_reject_thresholds_out_of_order() {
        // GIVEN / WHEN / THEN
        assertThatThrownBy(() -> new RiskCountStrategy.Config(3, 2, 1, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("risk-count rebuildMedium must be >= optimizeMedium 2, but was 1");
        assertThatThrownBy(() -> new RiskCountStrategy.Config(0, 2, 10, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("risk-count rebuildHigh must be >= 1, but was 0");
    }
}
