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
        void should_judge_a_significant_decline_by_sens_line() {
            // GIVEN a straight fall from 50 to 34 commits a week over five weeks: Sen's line falls 32 %
            Finding finding = Criteria.THROUGHPUT_TREND.judge(series(50, 46, 42, 38, 34));
            // THEN warning: past 20 %, not past 40 %; Mann-Kendall S -10 of 10 pairs gives p 0.027
            assertThat(finding.severity()).contains(Severity.WARNING);
            assertThat(finding.explanation()).startsWith("commit throughput fell 32% (Sen's line 50/week to 34/week;"
                    + " Mann–Kendall p 0.027, significant at 5%) over 5 points from 2026-01-05T00:00:00Z to"
                    + " 2026-02-02T00:00:00Z, past the 20% warning decline (critical at 40%)");
        }

        @Test
        void should_say_no_significant_trend_and_name_no_direction_for_a_flat_noisy_series() {
            Finding finding = Criteria.THROUGHPUT_TREND.judge(series(40, 44, 38, 42, 41, 39, 43));
            assertThat(finding.status()).isEqualTo(FindingStatus.ABSENT);
            assertThat(finding.explanation()).startsWith("commit throughput shows no significant trend (Mann–Kendall p")
                    .doesNotContain("fell").doesNotContain("rose");
        }

        @Test
        void should_not_follow_one_outlier_week_at_the_start() {
            // GIVEN a flat series whose first weeks are a release push: a least-squares line falls 70 % here
            Finding finding = Criteria.THROUGHPUT_TREND.judge(series(300, 260, 41, 39, 40, 42, 38, 41, 40, 39, 42, 40));
            // THEN
            assertThat(finding.status()).isEqualTo(FindingStatus.ABSENT);
            assertThat(finding.explanation()).contains("no significant trend");
        }

        @Test
        void should_not_flag_a_rising_throughput() {
            Finding finding = Criteria.THROUGHPUT_TREND.judge(series(10, 20, 30, 40, 50));
            assertThat(finding.status()).isEqualTo(FindingStatus.ABSENT);
            assertThat(finding.explanation()).contains("rose 400%").endsWith("no decline; source: manual");
        }

        @Test
        void should_be_critical_past_the_critical_decline() {
            Finding finding = Criteria.THROUGHPUT_TREND.judge(series(60, 48, 36, 24, 12));
            assertThat(finding.severity()).contains(Severity.CRITICAL);
            assertThat(finding.explanation()).startsWith("commit throughput fell 80%");
        }

        @Test
        void should_never_report_a_decline_of_more_than_everything() {
            // GIVEN a series that falls to nothing: a line through it would continue below zero
            Finding finding = Criteria.THROUGHPUT_TREND.judge(series(40, 30, 20, 10, 0, 0));
            // THEN Sen's line is not taken below zero: a fall of 100 %, not 125 %
            assertThat(finding.explanation()).startsWith("commit throughput fell 100% (Sen's line");
        }

        @Test
        void should_be_unknown_with_fewer_than_five_points() {
            Finding finding = Criteria.THROUGHPUT_TREND.judge(series(50, 40, 30, 20));
            assertThat(finding.status()).isEqualTo(FindingStatus.UNKNOWN);
            assertThat(finding.explanation()).contains("needs at least 5 points, but the series has 4");
        }
    }
}
