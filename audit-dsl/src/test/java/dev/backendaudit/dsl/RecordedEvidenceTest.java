package dev.backendaudit.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendaudit.checklist.Areas;
import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.checklist.Questions;
import dev.backendaudit.model.Answer;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.EvidenceReport;
import dev.backendaudit.model.FindingStatus;
import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.Provenance;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.Severity;
import dev.backendaudit.model.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A collector's report taken whole by {@code performance(p -> p.recorded(..))} and {@code scalability(s -> s.loadTested(..))}. */
class RecordedEvidenceTest {

    static final Provenance JTL = Provenance.of("jmeter-jtl", "perf/stepped.jtl, peak window", Instant.parse(
            "2026-11-20T10:04:00Z"));

    record Report(List<Evidence> evidence, List<String> unknowns) implements EvidenceReport {
    }

    static final Report LATENCY = new Report(List.of(
            Measurement.of(Metrics.LATENCY_P95_NORMAL, Duration.ofMillis(120), JTL),
            Measurement.of(Metrics.LATENCY_P95_PEAK, Duration.ofMillis(640), JTL),
            Measurement.of(Metrics.PEAK_SLOWDOWN, Quantity.times(640 / 120.0), JTL),
            Measurement.of(Metrics.ERROR_RATE, Quantity.percent(0.2), JTL)), List.of("p99 under peak load: 812 samples"));

    static final Report LOAD_TEST = new Report(List.of(
            Measurement.of(Metrics.PEAK_HEADROOM, Quantity.times(0.8), Provenance.of("usl-fit")),
            new Answer(Questions.HANDLES_TRAFFIC_SPIKES, "no", Optional.of("expected peak 60 exceeds N* = 48"),
                    Provenance.of("usl-fit"))), List.of());

    @Test
    void should_judge_a_reports_evidence_by_the_standard_criteria() {
        // WHEN
        Verdict verdict = BackendAudit.of("checkout-service")
                .performance(p -> p.recorded(LATENCY))
                .scalability(s -> s.loadTested(LOAD_TEST).scaledByHand("by hand"))
                .evaluate();
        // THEN
        assertThat(verdict.findings()).filteredOn(f -> f.criterion().id().equals("performance.latency-p95-peak"))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).contains(Severity.WARNING);
                    assertThat(f.evidence().orElseThrow().provenance()).isEqualTo(JTL);
                });
        assertThat(verdict.findings()).filteredOn(f -> f.criterion().id().equals("performance.peak-slowdown"))
                .singleElement().satisfies(f -> assertThat(f.severity()).contains(Severity.CRITICAL));
        assertThat(verdict.findings()).filteredOn(f -> f.criterion().id().equals("scalability.peak-headroom"))
                .singleElement().satisfies(f -> assertThat(f.severity()).contains(Severity.CRITICAL));
        assertThat(verdict.findings()).filteredOn(f -> f.criterion().id().equals("scalability.handles-spikes"))
                .singleElement().satisfies(f -> assertThat(f.status()).isEqualTo(FindingStatus.PRESENT));
        assertThat(verdict.findings()).filteredOn(f -> f.criterion().id().equals("performance.latency-p99-peak"))
                .singleElement().satisfies(f -> assertThat(f.status()).isEqualTo(FindingStatus.UNKNOWN));
        assertThat(verdict.health(Areas.SCALABILITY)).isNotNull();
    }

    @Test
    void should_refuse_evidence_that_belongs_to_another_area() {
        assertThatThrownBy(() -> BackendAudit.of("x").performance(p -> p.recorded(LOAD_TEST)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("performance.recorded(Report): evidence about 'scalability.peak-headroom' (capacity headroom"
                        + " at expected peak, Scalability) does not belong here; this clause takes performance evidence"
                        + " (latency, slowdown, throughput) and the error rate");
        assertThatThrownBy(() -> BackendAudit.of("x").scalability(s -> s.loadTested(LATENCY)))
                .hasMessage("scalability.loadTested(Report): evidence about 'performance.latency-p95-normal' (p95 latency"
                        + " under normal load, Performance) does not belong here; this clause takes scalability evidence"
                        + " (headroom at peak, traffic spikes)");
    }

    @Test
    void should_name_the_clause_of_a_missing_report() {
        assertThatThrownBy(() -> BackendAudit.of("x").performance(p -> p.recorded(null)))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("performance.recorded(null): report must not be null");
    }

    @Test
    void should_keep_an_empty_report_unknown_rather_than_healthy() {
        Verdict verdict = BackendAudit.of("x").performance(p -> p.recorded(new Report(List.of(), List.of("no windows"))))
                .evaluate();
        assertThat(verdict.findings()).filteredOn(f -> f.area().equals(Areas.PERFORMANCE))
                .allSatisfy(f -> assertThat(f.status()).isEqualTo(FindingStatus.UNKNOWN));
    }
}
