package dev.backendaudit.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendaudit.checklist.Areas;
import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.checklist.Signs;
import dev.backendaudit.checklist.StandardChecklist;
import dev.backendaudit.engine.Evaluator;
import dev.backendaudit.model.Assessment;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.Checklist;
import dev.backendaudit.model.Criterion;
import dev.backendaudit.model.Dimension;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.Metric;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.Severity;
import dev.backendaudit.model.ThresholdCriterion;
import dev.backendaudit.model.TrendCriterion;
import dev.backendaudit.test.AuditFixtures.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuditFixturesTest {

    @Test
    void should_make_a_healthy_standard_audit_on_evidence_for_every_criterion() {
        // WHEN
        Audit audit = AuditFixtures.healthy();
        // THEN
        assertThat(audit.subject()).isEqualTo(AuditFixtures.SUBJECT);
        assertThat(audit.at()).isEqualTo(AuditFixtures.AT);
        assertThat(audit.evidence()).hasSize(Criteria.STANDARD.size());
        assertThat(Evaluator.evaluate(audit).outcome()).isEqualTo(Outcome.HEALTHY);
        assertThat(Evaluator.assess(audit).findings()).allMatch(f -> Level.of(f) == Level.HEALTHY);
    }

    @Test
    void should_put_one_criterion_at_a_severity_and_leave_the_rest_healthy() {
        // WHEN
        Assessment assessment = Evaluator.assess(AuditFixtures.withCriterionAt(Criteria.ERROR_RATE, Severity.CRITICAL));
        // THEN
        assertThat(assessment.present()).singleElement().satisfies(f -> {
            assertThat(f.criterion()).isEqualTo(Criteria.ERROR_RATE);
            assertThat(f.severity()).contains(Severity.CRITICAL);
        });
    }

    @Test
    void should_slow_the_p99_with_a_critical_p95_because_a_higher_percentile_cannot_be_faster() {
        // WHEN p95 at peak is critical (1.5 s), above the p99's 1 s warning bound
        Assessment assessment = Evaluator.assess(AuditFixtures.withCriterionAt(Criteria.P95_PEAK, Severity.CRITICAL));
        // THEN the p99 is as slow as the p95, and judged so
        assertThat(assessment.present()).extracting(f -> f.criterion().id(), f -> f.severity().orElseThrow())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Criteria.P95_PEAK.id(), Severity.CRITICAL),
                        org.assertj.core.groups.Tuple.tuple(Criteria.P99_PEAK.id(), Severity.WARNING));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 0.25, 0.5, 0.75, 1})
    void should_put_every_standard_criterion_at_every_level_it_can_reach_anywhere_in_the_band(double position) {
        for (Criterion criterion : Criteria.STANDARD) {
            for (Level level : AuditFixtures.levelsOf(criterion)) {
                // WHEN
                Optional<Evidence> evidence = AuditFixtures.evidenceAt(criterion, level, AuditFixtures.AT, position);
                // THEN the criterion itself judges the evidence at the level asked
                if (level == Level.UNKNOWN) {
                    assertThat(evidence).isEmpty();
                } else {
                    assertThat(Level.of(criterion.judge(evidence.orElseThrow())))
                            .as("%s at %s, position %s", criterion.id(), level, position).isEqualTo(level);
                }
            }
        }
    }

    @Test
    void should_reach_warning_and_critical_for_every_threshold_and_trend_of_the_standard_checklist() {
        for (Criterion criterion : Criteria.STANDARD) {
            if (criterion instanceof ThresholdCriterion || criterion instanceof TrendCriterion) {
                assertThat(AuditFixtures.levelsOf(criterion)).as(criterion.id()).contains(Level.values());
            }
        }
    }

    @Test
    void should_give_every_level_when_each_criterion_is_asked_for_it_in_one_audit() {
        // GIVEN each criterion at the worst level it can reach
        Map<Criterion, Level> worst = new java.util.LinkedHashMap<>();
        for (Criterion criterion : Criteria.STANDARD) {
            worst.put(criterion, AuditFixtures.levelsOf(criterion).contains(Level.CRITICAL) ? Level.CRITICAL
                    : Level.WARNING);
        }
        // WHEN
        Assessment assessment = Evaluator.assess(AuditFixtures.withCriteriaAt(worst));
        // THEN every finding is at its level: raising p99 to p95 keeps a critical p99 critical
        for (Finding finding : assessment.findings()) {
            assertThat(Level.of(finding)).as(finding.toString()).isEqualTo(worst.get(finding.criterion()));
        }
    }

    @Test
    void should_refuse_a_level_a_criterion_cannot_reach_and_say_which_it_can() {
        // GIVEN a threshold whose warning and critical bounds are equal: it has no warning
        ThresholdCriterion noWarning = ThresholdCriterion.above("performance.p95-hard", Signs.SLOW_PERFORMANCE,
                Metrics.LATENCY_P95_PEAK, Quantity.of(500, dev.backendaudit.model.Unit.MILLISECONDS),
                Quantity.of(500, dev.backendaudit.model.Unit.MILLISECONDS));
        // THEN
        assertThat(AuditFixtures.levelsOf(noWarning)).doesNotContain(Level.WARNING).contains(Level.CRITICAL);
        assertThat(AuditFixtures.worse(noWarning, Level.HEALTHY)).isEqualTo(Level.CRITICAL);
        assertThatThrownBy(() -> AuditFixtures.evidenceAt(noWarning, Level.WARNING))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("criterion 'performance.p95-hard' cannot be at WARNING (warning above 500 ms,"
                        + " critical above 500 ms); it can be at [HEALTHY, CRITICAL, UNKNOWN, NOT_APPLICABLE]");
    }

    @Test
    void should_refuse_levels_for_a_criterion_the_checklist_does_not_have_with_the_nearest_id() {
        ThresholdCriterion typo = ThresholdCriterion.above("performance.latency-p95-pek", Signs.SLOW_PERFORMANCE,
                Metrics.LATENCY_P95_PEAK, Quantity.of(500, dev.backendaudit.model.Unit.MILLISECONDS),
                Quantity.of(800, dev.backendaudit.model.Unit.MILLISECONDS));
        assertThatThrownBy(() -> AuditFixtures.withCriteriaAt(Map.of(typo, Level.WARNING)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("levels name criterion 'performance.latency-p95-pek', which checklist")
                .hasMessageEndingWith("does not have; did you mean 'performance.latency-p95-peak'?");
    }

    @Test
    void should_refuse_a_position_outside_the_band() {
        assertThatThrownBy(() -> AuditFixtures.evidenceAt(Criteria.P95_PEAK, Level.WARNING, AuditFixtures.AT, 1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("position must be in [0, 1], but was 1.5");
    }

    @Test
    void should_build_a_team_checklist_with_its_own_criteria_at_chosen_levels() {
        // GIVEN a team criterion added to the standard checklist
        Metric depth = Metric.of("performance.queue-depth", Areas.PERFORMANCE, "queue depth", Dimension.COUNT);
        ThresholdCriterion queue = ThresholdCriterion.above("performance.queue-depth", Signs.SLOW_PERFORMANCE, depth,
                Quantity.count(100), Quantity.count(400));
        Checklist standard = StandardChecklist.checklist();
        List<Criterion> criteria = new ArrayList<>(standard.criteria());
        criteria.add(queue);
        Checklist team = new Checklist("team", "1", standard.areas(), criteria);
        // WHEN
        Audit audit = AuditFixtures.builder("billing", AuditFixtures.AT, team, Map.of(queue, Level.WARNING)).build();
        // THEN
        assertThat(audit.subject()).isEqualTo("billing");
        assertThat(Evaluator.assess(audit).present()).singleElement()
                .satisfies(f -> assertThat(f.criterion()).isEqualTo(queue));
    }

    @Test
    void should_raise_a_higher_percentile_to_the_one_below_it_so_the_audit_can_be() {
        // GIVEN a critical p95 and a healthy p99 of the same load, which no recording can give
        List<Evidence> evidence = AuditFixtures.evidence(Map.of(Criteria.P95_PEAK, Level.CRITICAL));
        // THEN the p99 is at least the p95
        double p95 = value(evidence, Metrics.LATENCY_P95_PEAK.id());
        double p99 = value(evidence, Metrics.LATENCY_P99_PEAK.id());
        assertThat(p99).isGreaterThanOrEqualTo(p95);
    }

    private static double value(List<Evidence> evidence, String metric) {
        return evidence.stream().filter(e -> e instanceof Measurement m && m.metric().id().equals(metric))
                .map(e -> ((Measurement) e).baseValue()).findFirst().orElseThrow();
    }
}
