package dev.backendaudit.scoring;

import static dev.backendaudit.scoring.testing.ScoringFixtures.assess;
import static dev.backendaudit.scoring.testing.ScoringFixtures.levels;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.engine.Evaluator;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Decision;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.Figure;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.ThresholdCriterion;
import dev.backendaudit.model.Unit;
import dev.backendaudit.scoring.testing.ScoringFixtures;
import dev.backendaudit.test.AuditFixtures.Level;
import dev.backendaudit.test.AuditFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class GateStrategyTest {

    private final GateStrategy gate = new GateStrategy();

    @Test
    void should_pass_when_every_measurement_is_within_its_bound_even_exactly_on_it() {
        // GIVEN every standard measurement exactly on its warning bound (position 1 of the healthy band)
        Evidence[] onBounds = Criteria.STANDARD.stream().filter(ThresholdCriterion.class::isInstance)
                .map(c -> AuditFixtures.evidenceAt(c, Level.HEALTHY, ScoringFixtures.T0, 1).orElseThrow())
                .toArray(Evidence[]::new);
        // WHEN
        Decision decision = gate.decide(Evaluator.assess(ScoringFixtures.audit(ScoringFixtures.T0, levels(), onBounds)),
                AuditHistory.empty());
        // THEN
        assertThat(decision.outcome()).isEqualTo(Outcome.HEALTHY);
        assertThat(decision.rationale().get(0).rule()).isEqualTo(GateStrategy.PASSED);
        assertThat(decision.figures().get(Figure.text(GateStrategy.NAME, "condition.deployment.lead-time.above")))
                .contains("passed: 7 d is not above 7 d");
    }

    @Test
    void should_fail_and_say_which_measurement_broke_which_bound() {
        // GIVEN p95 at peak between 300 ms and 1 s
        // WHEN
        Decision decision = gate.decide(assess(levels(Criteria.P95_PEAK, Level.WARNING)), AuditHistory.empty());
        // THEN
        assertThat(decision.outcome()).isEqualTo(Outcome.OPTIMIZE);
        assertThat(decision.rationale().get(0).rule()).isEqualTo(GateStrategy.FAILED);
        assertThat(decision.rationale().get(0).text()).contains("p95 latency under peak load 650 ms is above 300 ms");
        assertThat(decision.figures().get(Figure.text(GateStrategy.NAME, "condition.performance.latency-p95-peak.above")).orElseThrow()).startsWith("failed: 650 ms");
    }

    @Test
    void should_fail_with_the_worst_failure_outcome() {
        // GIVEN a gate where a high change failure rate means rebuild
        GateStrategy strict = new GateStrategy(List.of(
                GateCondition.above(Metrics.LATENCY_P95_PEAK, Quantity.millis(300)),
                GateCondition.above(Metrics.CHANGE_FAILURE_RATE, Quantity.percent(30)).failing(Outcome.REBUILD)));
        // WHEN
        Decision decision = strict.decide(assess(levels(Criteria.P95_PEAK, Level.WARNING,
                Criteria.CHANGE_FAILURE_RATE, Level.CRITICAL)), AuditHistory.empty());
        // THEN
        assertThat(decision.outcome()).isEqualTo(Outcome.REBUILD);
    }

    @Test
    void should_never_pass_on_a_missing_measurement_but_still_fail_on_present_ones() {
        // GIVEN
        // WHEN
        Decision missing = gate.decide(assess(levels(Criteria.LEAD_TIME, Level.UNKNOWN)), AuditHistory.empty());
        Decision missingAndFailing = gate.decide(assess(levels(Criteria.LEAD_TIME, Level.UNKNOWN,
                Criteria.ERROR_RATE, Level.WARNING)), AuditHistory.empty());
        // THEN
        assertThat(missing.outcome()).isEqualTo(Outcome.INCONCLUSIVE);
        assertThat(missing.rationale().get(0).text()).contains("lead time for changes");
        assertThat(missing.figures().get(Figure.text(GateStrategy.NAME, "condition.deployment.lead-time.above")).orElseThrow()).startsWith("missing");
        assertThat(missingAndFailing.outcome()).isEqualTo(Outcome.OPTIMIZE);
    }

    @Test
    void should_skip_a_condition_whose_measurement_does_not_apply() {
        // GIVEN / WHEN
        Decision decision = gate.decide(assess(levels(Criteria.TIME_TO_RESTORE, Level.NOT_APPLICABLE)),
                AuditHistory.empty());
        // THEN
        assertThat(decision.outcome()).isEqualTo(Outcome.HEALTHY);
        assertThat(decision.figures().get(Figure.text(GateStrategy.NAME, "condition.monitoring.time-to-restore.above")).orElseThrow()).startsWith("skipped");
    }

    @Test
    void should_reject_conditions_that_cannot_be_checked() {
        // GIVEN / WHEN / THEN
        assertThatThrownBy(() -> GateCondition.above(Metrics.LEAD_TIME, Quantity.percent(5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("gate condition 'deployment.lead-time' bound must be in a unit of DURATION, but was 5% (PERCENT)");
        assertThatThrownBy(() -> GateCondition.above(Metrics.LEAD_TIME, Quantity.of(1, Unit.DAYS)).failing(Outcome.HEALTHY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be OPTIMIZE or REBUILD");
        assertThatThrownBy(() -> new GateStrategy(List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("checks nothing");
        GateCondition leadTime = GateCondition.above(Metrics.LEAD_TIME, Quantity.of(1, Unit.DAYS));
        assertThatThrownBy(() -> new GateStrategy(List.of(leadTime, leadTime)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("condition.deployment.lead-time.above");
    }
}
