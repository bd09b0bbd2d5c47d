package dev.backendaudit.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.TimeSeries;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DerivedEvidenceTest {

    private static final Instant AT = Instant.parse("2026-11-20T09:00:00Z");

    private static Measurement measurement(Audit audit, dev.backendaudit.model.Metric metric) {
        List<Evidence> about = audit.evidenceAbout(metric);
        assertThat(about).hasSize(1);
        return (Measurement) about.get(0);
    }

    @Test
    void should_derive_the_peak_slowdown_from_both_p95_values() {
        // GIVEN p95 of 180 ms normally and 870 ms at peak, no slowdown given
        Audit audit = BackendAudit.of("checkout-service").at(AT)
                .performance(p -> p.latencyP95(Duration.ofMillis(180)).underNormalLoad()
                        .latencyP95(Duration.ofMillis(870)).underPeakLoad())
                .audit();
        // THEN the slowdown is 870 / 180, marked as derived
        Measurement slowdown = measurement(audit, Metrics.PEAK_SLOWDOWN);
        assertThat(slowdown.baseValue()).isCloseTo(870.0 / 180, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(slowdown.provenance().source()).isEqualTo("derived");
        assertThat(slowdown.provenance().location()).hasValueSatisfying(l -> assertThat(l).contains("870 ms", "180 ms"));
    }

    @Test
    void should_prefer_a_slowdown_the_user_gave() {
        // GIVEN both p95 values and a measured slowdown of 3.9x
        Audit audit = BackendAudit.of("checkout-service").at(AT)
                .performance(p -> p.latencyP95(Duration.ofMillis(180)).underNormalLoad()
                        .latencyP95(Duration.ofMillis(870)).underPeakLoad()
                        .peakSlowdown(3.9))
                .audit();
        // THEN only the given value is there
        assertThat(measurement(audit, Metrics.PEAK_SLOWDOWN).baseValue()).isEqualTo(3.9);
    }

    @Test
    void should_not_derive_a_slowdown_from_one_p95_value() {
        // GIVEN only p95 at peak
        Audit audit = BackendAudit.of("checkout-service").at(AT)
                .performance(p -> p.latencyP95(Duration.ofMillis(870)).underPeakLoad())
                .audit();
        // THEN there is no slowdown evidence
        assertThat(audit.evidenceAbout(Metrics.PEAK_SLOWDOWN)).isEmpty();
    }

    @Test
    void should_not_derive_a_slowdown_that_is_declared_not_applicable() {
        // GIVEN both values, and the slowdown said not to apply
        Audit audit = BackendAudit.of("checkout-service").at(AT)
                .performance(p -> p.latencyP95(Duration.ofMillis(180)).underNormalLoad()
                        .latencyP95(Duration.ofMillis(870)).underPeakLoad()
                        .notApplicable(Metrics.PEAK_SLOWDOWN, "peak is a different workload"))
                .audit();
        // THEN only the not-applicable evidence is there
        assertThat(audit.evidenceAbout(Metrics.PEAK_SLOWDOWN)).singleElement()
                .isInstanceOf(dev.backendaudit.model.NotApplicable.class);
    }

    @Test
    void should_measure_headroom_as_sustained_over_expected_peak_concurrency() {
        // GIVEN a load test that sustained 1800 concurrent users against an expected peak of 1000
        Audit audit = BackendAudit.of("checkout-service").at(AT)
                .scalability(s -> s.peakConcurrency(1800, 1000))
                .audit();
        // THEN the headroom is 1.8x
        assertThat(measurement(audit, Metrics.PEAK_HEADROOM).baseValue()).isEqualTo(1.8);
    }

    @Test
    void should_measure_the_change_failure_rate_from_release_records() {
        // GIVEN 4 failed releases of 44
        Audit audit = BackendAudit.of("checkout-service").at(AT)
                .deployment(d -> d.releases(44, 4))
                .audit();
        // THEN the change failure rate is 4/44
        assertThat(measurement(audit, Metrics.CHANGE_FAILURE_RATE).baseValue()).isEqualTo(4.0 / 44);
    }

    @Test
    void should_record_weekly_commits_as_a_series_one_week_apart() {
        // GIVEN three weeks of commits
        Instant first = Instant.parse("2026-10-05T00:00:00Z");
        Audit audit = BackendAudit.of("checkout-service").at(AT)
                .codeQuality(c -> c.weeklyCommits(first, 40, 35, 30))
                .audit();
        // THEN the series has a point per week
        TimeSeries series = (TimeSeries) audit.evidenceAbout(Metrics.COMMIT_THROUGHPUT).get(0);
        assertThat(series.points()).extracting(TimeSeries.Point::at)
                .containsExactly(first, first.plus(Duration.ofDays(7)), first.plus(Duration.ofDays(14)));
        assertThat(series.points()).extracting(TimeSeries.Point::value).containsExactly(40.0, 35.0, 30.0);
    }

    @Test
    void should_give_evidence_the_provenance_named_in_its_clause() {
        // GIVEN a load-test provenance for the latency and a manual answer after it
        dev.backendaudit.model.Provenance loadTest = dev.backendaudit.model.Provenance.of("load-test",
                "perf/rehearsal.hlog", AT);
        Audit audit = BackendAudit.of("checkout-service").at(AT)
                .performance(p -> p.from(loadTest).latencyP95(Duration.ofMillis(870)).underPeakLoad()
                        .from(dev.backendaudit.model.Provenance.manual()).queriesEfficient(true))
                .audit();
        // THEN each carries its own
        assertThat(measurement(audit, Metrics.LATENCY_P95_PEAK).provenance()).isEqualTo(loadTest);
        assertThat(audit.evidenceAbout(dev.backendaudit.checklist.Questions.QUERIES_EFFICIENT).get(0).provenance()
                .isManual()).isTrue();
    }
}
