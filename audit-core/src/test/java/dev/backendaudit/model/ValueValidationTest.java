package dev.backendaudit.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendaudit.checklist.Areas;
import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.checklist.Questions;
import dev.backendaudit.checklist.Signs;
import dev.backendaudit.model.Decision;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueValidationTest {

    @Test
    void should_reject_an_empty_area_id() {
        assertThatThrownBy(() -> Area.of("", "Security", "patched", "unpatched"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("area id must not be blank, but was \"\"");
    }

    @Test
    void should_reject_an_area_id_that_is_not_an_identifier() {
        assertThatThrownBy(() -> Area.of("Security Area", "Security", "patched", "unpatched"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("area id must be a lowercase identifier")
                .hasMessageEndingWith("but was \"Security Area\"");
    }

    @Test
    void should_reject_a_blank_metric_name() {
        assertThatThrownBy(() -> Metric.of("security.cves", Areas.ARCHITECTURE, "  ", Dimension.COUNT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("metric 'security.cves' name must not be blank, but was \"  \"");
    }

    @Test
    void should_reject_an_answer_that_is_not_a_choice() {
        assertThatThrownBy(() -> Answer.choice(Questions.AUTOMATIC_SCALING, "sometimes", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("answer to 'scalability.automatic-scaling' must be one of [yes, no], but was \"sometimes\"");
    }

    @Test
    void should_reject_a_blank_not_applicable_reason() {
        assertThatThrownBy(() -> NotApplicable.of(Metrics.LATENCY_P95_PEAK, ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not-applicable reason for 'performance.latency-p95-peak' must not be blank, but was \"\"");
    }

    @Test
    void should_reject_time_series_points_out_of_order() {
        TimeSeries series = TimeSeries.of(Metrics.COMMIT_THROUGHPUT, Unit.PER_WEEK, Provenance.manual())
                .point(Instant.parse("2026-02-01T00:00:00Z"), 10);
        assertThatThrownBy(() -> series.point(Instant.parse("2026-01-01T00:00:00Z"), 12))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("commit throughput series points must be in strictly increasing time order, but point 1 at"
                        + " 2026-01-01T00:00:00Z does not follow 2026-02-01T00:00:00Z");
    }

    @Test
    void should_reject_a_negative_time_series_value() {
        TimeSeries series = TimeSeries.of(Metrics.COMMIT_THROUGHPUT, Unit.PER_WEEK, Provenance.manual());
        assertThatThrownBy(() -> series.point(Instant.parse("2026-01-01T00:00:00Z"), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("commit throughput must be >= 0, but was -1/week");
    }

    @Test
    void should_reject_a_critical_bound_milder_than_the_warning_bound() {
        assertThatThrownBy(() -> ThresholdCriterion.above("performance.p95", Signs.SLOW_PERFORMANCE,
                Metrics.LATENCY_P95_PEAK, Quantity.millis(500), Quantity.millis(300)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("criterion 'performance.p95' critical bound must be at or above the warning bound 500 ms,"
                        + " but was 300 ms");
    }

    @Test
    void should_reject_a_bound_in_the_wrong_unit() {
        assertThatThrownBy(() -> ThresholdCriterion.above("performance.p95", Signs.SLOW_PERFORMANCE,
                Metrics.LATENCY_P95_PEAK, Quantity.percent(5), Quantity.percent(10)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("criterion 'performance.p95' warning bound: p95 latency under peak load must be measured"
                        + " in a unit of DURATION, but was 5% (PERCENT)");
    }

    @Test
    void should_reject_an_answer_criterion_that_flags_every_choice() {
        assertThatThrownBy(() -> new AnswerCriterion("scalability.x", Signs.MANUAL_SCALING, Questions.AUTOMATIC_SCALING,
                java.util.Map.of("yes", Severity.WARNING, "no", Severity.WARNING)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("criterion 'scalability.x' severities must leave at least one healthy choice of [yes, no],"
                        + " but flagged them all");
    }

    @Test
    void should_reject_a_trend_bound_outside_its_range() {
        assertThatThrownBy(() -> TrendCriterion.declining("code-quality.t", Signs.DEVELOPMENT_SPEED_DECLINING,
                Metrics.COMMIT_THROUGHPUT, 0, 0.4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("criterion 'code-quality.t' warning change must be in (0, 10], but was 0.0");
    }

    @Test
    void should_reject_a_question_with_repeated_choices() {
        assertThatThrownBy(() -> Question.choice("data.store", Areas.ARCHITECTURE, "Where?", List.of("a", "a")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("question 'data.store' choices must be distinct, but was [a, a]");
    }

    @Test
    void should_reject_a_verdict_without_rationale() {
        assertThatThrownBy(() -> Decision.builder(Outcome.HEALTHY).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("decision rationale must name at least one rule, but was empty");
    }
}
