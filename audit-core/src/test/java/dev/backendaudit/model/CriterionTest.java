package dev.backendaudit.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.checklist.Questions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CriterionTest {

    @Nested
    class Threshold {

        @ParameterizedTest(name = "p95 {0} ms -> {1}")
        @CsvSource({"0, ABSENT,", "300, ABSENT,", "300.5, PRESENT, WARNING", "1000, PRESENT, WARNING",
                "1000.5, PRESENT, CRITICAL", "5000, PRESENT, CRITICAL"})
        void should_judge_higher_is_worse_bounds_with_the_bound_itself_healthy(double millis, FindingStatus status,
                                                                               Severity severity) {
            // WHEN
            Finding finding = Criteria.P95_PEAK.judge(Measurement.of(Metrics.LATENCY_P95_PEAK, Quantity.millis(millis),
                    Provenance.manual()));
            // THEN
            assertThat(finding.status()).isEqualTo(status);
            assertThat(finding.severity().orElse(null)).isEqualTo(severity);
        }

        @ParameterizedTest(name = "coverage {0}% -> {1}")
        @CsvSource({"100, ABSENT,", "60, ABSENT,", "59.9, PRESENT, WARNING", "30, PRESENT, WARNING",
                "29.9, PRESENT, CRITICAL", "0, PRESENT, CRITICAL"})
        void should_judge_lower_is_worse_bounds(double percent, FindingStatus status, Severity severity) {
            // WHEN
            Finding finding = Criteria.TEST_COVERAGE.judge(Measurement.of(Metrics.TEST_COVERAGE, Quantity.percent(percent),
                    Provenance.manual()));
            // THEN
            assertThat(finding.status()).isEqualTo(status);
            assertThat(finding.severity().orElse(null)).isEqualTo(severity);
        }

        @Test
        void should_explain_a_present_finding_with_value_bound_and_source() {
            // WHEN
            Finding finding = Criteria.P95_PEAK.judge(Measurement.of(Metrics.LATENCY_P95_PEAK, Quantity.millis(870),
                    Provenance.of("hdr-histogram", "perf/peak.hlog", Instant.parse("2026-11-20T09:00:00Z"))));
            // THEN
            assertThat(finding.explanation()).isEqualTo("p95 latency under peak load is 870 ms, above the 300 ms warning"
                    + " bound (critical above 1 s); source: hdr-histogram (perf/peak.hlog, 2026-11-20T09:00:00Z)");
            assertThat(finding.excess()).isCloseTo(1.9, org.assertj.core.data.Offset.offset(1e-9));
        }

        @Test
        void should_be_unknown_when_given_a_time_series() {
            // WHEN
            Finding finding = Criteria.P95_PEAK.judge(TimeSeries.of(Metrics.LATENCY_P95_PEAK, Unit.MILLISECONDS,
                    Provenance.manual()));
            // THEN
            assertThat(finding.status()).isEqualTo(FindingStatus.UNKNOWN);
            assertThat(finding.explanation()).startsWith("a single measurement of p95 latency under peak load is needed");
        }
    }

    @Nested
    class ByAnswer {

        @Test
        void should_flag_an_unhealthy_answer_with_its_note() {
            // WHEN
            Finding finding = Criteria.AUTOMATIC_SCALING.judge(Answer.of(Questions.AUTOMATIC_SCALING, false,
                    "scaled by hand during sales"));
            // THEN
            assertThat(finding.isPresent()).isTrue();
            assertThat(finding.severity()).contains(Severity.WARNING);
            assertThat(finding.explanation()).isEqualTo("\"Does capacity scale automatically, without anyone adding it by"
                    + " hand?\" was answered no (scaled by hand during sales); the healthy answer is yes; source: manual");
        }

        @Test
        void should_accept_the_healthy_answer() {
            assertThat(Criteria.AUTOMATIC_SCALING.judge(Answer.of(Questions.AUTOMATIC_SCALING, true, null)).status())
                    .isEqualTo(FindingStatus.ABSENT);
        }

        @Test
        void should_flag_a_rebuild_indicator_answer_as_critical() {
            assertThat(Criteria.COMPLEXITY_UNMANAGEABLE.judge(Answer.of(Questions.COMPLEXITY_UNMANAGEABLE, true, null))
                    .severity()).contains(Severity.CRITICAL);
        }
    }

    @Nested
    class Trend {

        private final Instant start = Instant.parse("2026-01-05T00:00:00Z");

        private TimeSeries series(double... values) {
            TimeSeries series = TimeSeries.of(Metrics.COMMIT_THROUGHPUT, Unit.PER_WEEK, Provenance.manual());
            for (int i = 0; i < values.length; i++) {
                series = series.point(start.plus(7L * i, ChronoUnit.DAYS), values[i]);
            }
            return series;
        }

        @Test
        void should_judge_a_steady_decline_from_the_least_squares_line() {
            // GIVEN a straight fall from 50 to 35 commits a week: -15 around a mean of 42.5 is -35.3 %
            Finding finding = Criteria.THROUGHPUT_TREND.judge(series(50, 45, 40, 35));
            // THEN warning: past 20 %, not past 40 %
            assertThat(finding.severity()).contains(Severity.WARNING);
            assertThat(finding.explanation()).startsWith("commit throughput fell 35.3% over 4 points")
                    .contains("R² 1.00").contains("past the 20% warning decline (critical at 40%)");
        }

        @Test
        void should_find_no_decline_in_a_flat_noisy_series() {
            Finding finding = Criteria.THROUGHPUT_TREND.judge(series(40, 44, 38, 42, 41, 39, 43));
            assertThat(finding.status()).isEqualTo(FindingStatus.ABSENT);
        }

        @Test
        void should_not_flag_a_rising_throughput() {
            Finding finding = Criteria.THROUGHPUT_TREND.judge(series(10, 20, 30, 40));
            assertThat(finding.status()).isEqualTo(FindingStatus.ABSENT);
            assertThat(finding.explanation()).contains("rose");
        }

        @Test
        void should_be_critical_past_the_critical_decline() {
            assertThat(Criteria.THROUGHPUT_TREND.judge(series(60, 45, 30, 15)).severity()).contains(Severity.CRITICAL);
        }

        @Test
        void should_be_unknown_with_fewer_than_three_points() {
            Finding finding = Criteria.THROUGHPUT_TREND.judge(series(50, 10));
            assertThat(finding.status()).isEqualTo(FindingStatus.UNKNOWN);
            assertThat(finding.explanation()).contains("needs at least 3 points, but the series has 2");
        }
    }
}
