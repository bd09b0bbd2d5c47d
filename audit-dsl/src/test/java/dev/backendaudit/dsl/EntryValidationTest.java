package dev.backendaudit.dsl;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.checklist.Questions;
import dev.backendaudit.checklist.StandardChecklist;
import dev.backendaudit.model.Quantity;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Bad arguments fail at the point of entry, with the clause, the value and the rule. */
class EntryValidationTest {

    @Test
    void should_name_clause_value_and_rule_for_a_negative_latency() {
        assertThatThrownBy(() -> BackendAudit.of("x").performance(p -> p.latencyP95(Duration.ofMillis(-3)).underPeakLoad()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("performance.latencyP95(-3 ms): p95 latency must be >= 0, but was -3 ms");
    }

    @Test
    void should_name_the_clause_for_a_ratio_above_one() {
        assertThatThrownBy(() -> BackendAudit.of("x").deployment(d -> d.changeFailureRate(Quantity.percent(130))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("deployment.changeFailureRate(130%): change failure rate must be in [0, 1] (0 % to 100 %),"
                        + " but was 130%");
    }

    @Test
    void should_name_the_clause_for_a_quantity_in_the_wrong_unit() {
        assertThatThrownBy(() -> BackendAudit.of("x").monitoring(m -> m.errorRate(Quantity.millis(4))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("monitoring.errorRate(4 ms): error rate must be measured in a unit of RATIO");
    }

    @Test
    void should_name_the_whole_chain_when_a_bound_is_in_the_wrong_unit() {
        assertThatThrownBy(() -> BackendAudit.of("x").performance(p -> p.latencyP95(Duration.ofMillis(870))
                .underPeakLoad().warnAbove(Quantity.percent(5)).criticalAbove(Duration.ofSeconds(1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("performance.latencyP95(870 ms).underPeakLoad().warnAbove(5%): "
                        + "p95 latency under peak load must be measured in a unit of DURATION");
    }

    @Test
    void should_reject_a_critical_bound_milder_than_the_warning_bound() {
        assertThatThrownBy(() -> BackendAudit.of("x").performance(p -> p.latencyP95(Duration.ofMillis(870))
                .underPeakLoad().warnAbove(Duration.ofMillis(300)).criticalAbove(Duration.ofMillis(200))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("performance.latencyP95(870 ms).underPeakLoad().warnAbove(300 ms).criticalAbove(200 ms): "
                        + "the critical bound must be at or above the warning bound 300 ms, but was 200 ms");
    }

    @Test
    void should_reject_a_critical_bound_above_the_warning_bound_of_a_lower_is_worse_metric() {
        assertThatThrownBy(() -> BackendAudit.of("x").codeQuality(c -> c.testCoverage(Quantity.percent(70))
                .warnBelow(Quantity.percent(60)).criticalBelow(Quantity.percent(80))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("the critical bound must be at or below the warning bound 60%, but was 80%");
    }

    @Test
    void should_reject_impossible_release_counts() {
        assertThatThrownBy(() -> BackendAudit.of("x").deployment(d -> d.releases(10, 11)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("deployment.releases(10, 11): failed releases must be in [0, 10], but was 11");
        assertThatThrownBy(() -> BackendAudit.of("x").deployment(d -> d.releases(0, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("deployment.releases(0, 0): total releases must be > 0, but was 0");
    }

    @Test
    void should_reject_a_non_positive_expected_peak() {
        assertThatThrownBy(() -> BackendAudit.of("x").scalability(s -> s.peakConcurrency(1800, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("scalability.peakConcurrency(1800, 0): expected peak concurrency must be > 0, but was 0");
    }

    @Test
    void should_reject_a_factor_that_is_not_a_number() {
        assertThatThrownBy(() -> BackendAudit.of("x").performance(p -> p.peakSlowdown(Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("performance.peakSlowdown(NaN): peak slowdown must be a finite number, but was NaN");
    }

    @Test
    void should_reject_a_blank_note() {
        assertThatThrownBy(() -> BackendAudit.of("x").scalability(s -> s.scaledByHand(" ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("scalability.scaledByHand(\" \"): answer to 'scalability.automatic-scaling' note"
                        + " must not be blank");
    }

    @Test
    void should_list_the_choices_when_an_answer_is_not_one_of_them() {
        assertThatThrownBy(() -> BackendAudit.of("x").answered(Questions.ALERTING, "sometimes"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("answered(monitoring.alerting, \"sometimes\"): answer to 'monitoring.alerting'"
                        + " must be one of [yes, no], but was \"sometimes\"");
    }

    @Test
    void should_reject_a_blank_subject() {
        assertThatThrownBy(() -> BackendAudit.of(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("BackendAudit.of(\" \"): subject must not be blank, but was \" \"");
        assertThatThrownBy(() -> BackendAudit.using(StandardChecklist.checklist()).of(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("BackendAudit.of(null): subject must not be null");
    }

    @Test
    void should_reject_bounds_against_the_direction_of_the_criterion_that_judges_the_metric() {
        assertThatThrownBy(() -> BackendAudit.of("x").measured(Metrics.TEST_COVERAGE, Quantity.percent(70))
                .warnAbove(Quantity.percent(90)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("measured(code-quality.test-coverage, 70%).warnAbove(90%): test coverage is worse when lower,"
                        + " so its bounds are warnBelow/criticalBelow");
    }

    @Test
    void should_reject_a_null_clause_function_and_a_null_result() {
        assertThatThrownBy(() -> BackendAudit.of("x").performance(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("performance(...): the performance clause must not be null");
        assertThatThrownBy(() -> BackendAudit.of("x").performance(p -> null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("performance(...): the clause's result must not be null");
    }

    @Test
    void should_reject_a_second_strategy() {
        assertThatThrownBy(() -> BackendAudit.of("x").scoredBy(dev.backendaudit.scoring.Strategies.checklist())
                .scoredBy(dev.backendaudit.scoring.Strategies.checklist()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the strategy was already chosen (checklist " + dev.backendaudit.scoring.ChecklistStrategy.VERSION + "); name it once");
    }

    @Test
    void should_refuse_to_remove_a_criterion_the_audit_does_not_have() {
        assertThatThrownBy(() -> BackendAudit.of("x").withoutCriterion("monitoring.alertin"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("withoutCriterion(\"monitoring.alertin\"): the audit has no criterion"
                        + " 'monitoring.alertin'; did you mean 'monitoring.alerting'? Known: [");
    }

    @Test
    void should_reject_a_second_evidence_policy() {
        assertThatThrownBy(() -> BackendAudit.of("x").evidencePolicy(dev.backendaudit.model.EvidencePolicy.DEFAULT)
                .evidencePolicy(dev.backendaudit.model.EvidencePolicy.minimumCoverage(0.9)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the evidence policy was already given (at least 50% of applicable criteria"
                        + " decided; every counted area decided for HEALTHY); give it once");
    }
}
