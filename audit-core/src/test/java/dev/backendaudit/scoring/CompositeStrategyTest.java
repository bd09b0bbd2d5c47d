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
import dev.backendaudit.model.Reason;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.scoring.testing.ScoringFixtures;
import dev.backendaudit.test.AuditFixtures.Level;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompositeStrategyTest {

    private final CompositeStrategy scoreWithScalabilityFloor = new CompositeStrategy(new WeightedScoreStrategy(),
            List.of(Floor.criticalIn(Areas.SCALABILITY, Outcome.OPTIMIZE)));

    @Test
    void should_raise_a_healthy_score_to_optimize_when_scalability_has_a_critical_finding() {
        // GIVEN the system fails under spikes: Scalability scores 75, the whole 93.75, in the healthy band
        Map<String, Level> levels = levels(Criteria.HANDLES_SPIKES, Level.CRITICAL);
        // WHEN
        Decision decision = scoreWithScalabilityFloor.decide(assess(levels), AuditHistory.empty());
        // THEN
        assertThat(new WeightedScoreStrategy().decide(assess(levels), AuditHistory.empty()).outcome())
                .isEqualTo(Outcome.HEALTHY);
        assertThat(decision.outcome()).isEqualTo(Outcome.OPTIMIZE);
        assertThat(decision.rationale()).extracting(Reason::rule)
                .containsExactly("critical-in-scalability", WeightedScoreStrategy.SCORE_BAND);
        assertThat(decision.rationale().get(0).text()).contains("scalability.handles-spikes")
                .contains("raises HEALTHY to OPTIMIZE");
        // the base's figures keep their own keys
        assertThat(decision.figures().get(WeightedScoreStrategy.SCORE)).hasValueSatisfying(
                score -> assertThat(score).isCloseTo(93.75, org.assertj.core.data.Offset.offset(1e-9)));
        assertThat(decision.figures().get(CompositeStrategy.BASE_OUTCOME)).contains(Outcome.HEALTHY);
        assertThat(decision.figures().get(CompositeStrategy.FLOORS_FIRED)).contains(List.of("critical-in-scalability"));
    }

    @Test
    void should_keep_a_worse_base_outcome_and_note_the_floor_it_already_meets() {
        // GIVEN a REBUILD-level score with a critical Scalability finding
        Map<String, Level> levels = ScoringFixtures.all(Level.CRITICAL);
        // WHEN
        Decision decision = scoreWithScalabilityFloor.decide(assess(levels), AuditHistory.empty());
        // THEN
        assertThat(decision.outcome()).isEqualTo(Outcome.REBUILD);
        assertThat(decision.rationale()).extracting(Reason::rule)
                .containsExactly(WeightedScoreStrategy.SCORE_BAND, "critical-in-scalability");
        assertThat(decision.rationale().get(1).text()).contains("already meets it");
    }

    @Test
    void should_stay_inconclusive_on_thin_evidence_unless_a_floor_demands_a_rebuild() {
        // GIVEN thin evidence with a critical Scalability finding, then with a critical rebuild indicator
        Map<String, Level> thin = ScoringFixtures.all(Level.UNKNOWN);
        thin.put(Criteria.HANDLES_SPIKES.id(), Level.CRITICAL);
        Map<String, Level> thinWithIndicator = ScoringFixtures.all(Level.UNKNOWN);
        thinWithIndicator.put(Criteria.AT_SCALING_LIMIT.id(), Level.CRITICAL);
        CompositeStrategy composite = new CompositeStrategy(new WeightedScoreStrategy(),
                List.of(Floor.criticalIn(Areas.SCALABILITY, Outcome.OPTIMIZE), Floor.criticalRebuildIndicator()));
        // WHEN / THEN the engine's evidence policy keeps a REBUILD only where no missing evidence could undo it
        assertThat(ScoringFixtures.verdict(composite, ScoringFixtures.T0, thin, AuditHistory.empty()).outcome())
                .isEqualTo(Outcome.INCONCLUSIVE);
        Verdict rebuild = ScoringFixtures.verdict(composite, ScoringFixtures.T0, thinWithIndicator, AuditHistory.empty());
        assertThat(rebuild.outcome()).isEqualTo(Outcome.REBUILD);
        assertThat(rebuild.firedRules()).contains("critical-rebuild-indicator");
    }

    @Test
    void should_let_another_strategy_veto_better_outcomes() {
        // GIVEN a healthy score but a failing gate (error rate 3 %)
        CompositeStrategy vetoed = new CompositeStrategy(new WeightedScoreStrategy(), List.of(Floor.veto(new GateStrategy())));
        // WHEN
        Decision decision = vetoed.decide(assess(levels(Criteria.ERROR_RATE, Level.WARNING)), AuditHistory.empty());
        // THEN
        assertThat(decision.outcome()).isEqualTo(Outcome.OPTIMIZE);
        assertThat(decision.rationale().get(0).rule()).isEqualTo("veto-gate");
        assertThat(decision.rationale().get(0).text()).contains("gate 2.0 decides OPTIMIZE").contains("error rate");
    }

    @Test
    void should_apply_a_custom_floor() {
        // GIVEN
        Floor noAlerting = Floor.when("no-alerting", "alerting is missing",
                a -> a.findings().stream().anyMatch(f -> f.criterion().equals(Criteria.ALERTING) && f.isPresent()),
                Outcome.REBUILD);
        CompositeStrategy composite = new CompositeStrategy(new RiskCountStrategy(), List.of(noAlerting));
        // WHEN
        Decision decision = composite.decide(assess(levels(Criteria.ALERTING, Level.WARNING)), AuditHistory.empty());
        // THEN
        assertThat(decision.outcome()).isEqualTo(Outcome.REBUILD);
        assertThat(decision.figures().get(RiskCountStrategy.MEDIUM)).contains(1.0);
    }

    @Test
    void should_name_its_parts_in_its_version_so_that_different_compositions_do_not_compare() {
        // GIVEN / WHEN / THEN
        assertThat(scoreWithScalabilityFloor.version()).isEqualTo("2.0 (weighted-score 2.0; floors critical-in-scalability)");
        assertThat(new CompositeStrategy().version())
                .isEqualTo("2.0 (weighted-score 2.0; floors critical-in-scalability, critical-in-architecture,"
                        + " critical-rebuild-indicator, veto-gate)");
    }

    @Test
    void should_reject_two_floors_with_one_id() {
        // GIVEN
        Floor floor = Floor.criticalRebuildIndicator();
        // WHEN / THEN
        assertThatThrownBy(() -> new CompositeStrategy(new WeightedScoreStrategy(), List.of(floor, floor)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("composite floor ids must be unique, but 'critical-rebuild-indicator' appears twice");
        assertThatThrownBy(() -> Floor.criticalIn(Areas.SCALABILITY, Outcome.HEALTHY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OPTIMIZE or REBUILD");
    }
}
