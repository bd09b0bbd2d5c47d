package dev.backendaudit.examples;

import static dev.backendaudit.test.AuditAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.backendaudit.checklist.Areas;
import dev.backendaudit.dsl.BackendAudit;
import dev.backendaudit.evidence.latency.LatencyRecordings;
import dev.backendaudit.evidence.latency.LatencyReport;
import dev.backendaudit.evidence.latency.Recording;
import dev.backendaudit.evidence.latency.Windows;
import dev.backendaudit.evidence.scalability.ExpectedPeak;
import dev.backendaudit.evidence.scalability.LoadTests;
import dev.backendaudit.evidence.scalability.ScalabilityReport;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.Health;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Severity;
import dev.backendaudit.model.Verdict;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checkout service audited from measured evidence: its production latency log (HdrHistogram) and a
 * stepped JMeter load test, both written by the tools' own writers ({@link CheckoutRecordings}). The
 * sale is 3.4x slower (p95) than ordinary traffic, and the load test shows throughput peaking near 44
 * threads while the sale is planned at 60: Scalability is critical.
 */
class MeasuredCheckoutExample {

    static final Instant AUDITED_AT = Instant.parse("2026-11-28T09:00:00Z");

    @TempDir
    static Path perf;

    @BeforeAll
    static void record() throws IOException {
        CheckoutRecordings.writeProductionLog(perf.resolve("prod.hlog"));
        CheckoutRecordings.writeSteppedLoadTest(perf.resolve("stepped.jtl"));
    }

    static Verdict auditFromRecordings() throws IOException {
        // tag::measured-audit[]
        LatencyReport latency = LatencyRecordings.read(Recording.of(perf.resolve("prod.hlog"))
                .unit(TimeUnit.MICROSECONDS).windows(Windows.byTag("normal", "peak")));
        ScalabilityReport scaling = LoadTests.assess(LoadTests.read(perf.resolve("stepped.jtl")),
                Optional.of(ExpectedPeak.of(60, "sale capacity plan 2026")));
        Verdict verdict = BackendAudit.of("checkout-service")
                .at(AUDITED_AT)
                .architecture(a -> a.modular("orders, payments and inventory are separate modules")
                        .componentsScaleIndependently(true, "each module is its own deployment")
                        .supportsGrowth(true).dependencyCycles(0))
                .performance(p -> p.recorded(latency)
                        .queriesEfficient(true, "indexed since March").knownBottlenecks(false))
                .scalability(s -> s.loadTested(scaling)
                        .scalesAutomatically("HPA on CPU").noSinglePointOfFailure())
                .codeQuality(c -> c.readable(true).documented(true).deadOrDuplicatedCode(false))
                .deployment(d -> d.ciCdPipeline(true, "GitHub Actions").automatedDeployments(true)
                        .releases(40, 2))
                .monitoring(m -> m.realTimeMonitoring(true, "Grafana").alertingOnFailure(true)
                        .incidentsDetectedFirst(true))
                .evaluate();
        // end::measured-audit[]
        return verdict;
    }

    @Test
    void should_find_the_checkout_service_fails_its_planned_sale() throws IOException {
        // WHEN
        Verdict verdict = auditFromRecordings();
        // THEN the measured findings decide the verdict
        assertThat(verdict).area(Areas.SCALABILITY).hasHealth(Health.CRITICAL);
        assertThat(verdict).area(Areas.PERFORMANCE).hasHealth(Health.NEEDS_ATTENTION);
        assertThat(verdict).finding("scalability.handles-spikes").isPresent().hasSeverity(Severity.CRITICAL);
        assertThat(verdict).finding("scalability.peak-headroom").isPresent().hasSeverity(Severity.CRITICAL);
        assertThat(verdict).finding("performance.latency-p95-peak").isPresent().hasSeverity(Severity.WARNING);
        assertThat(verdict).finding("performance.peak-slowdown").isPresent();
        assertThat(verdict).finding("performance.latency-p95-normal").isAbsent();
        Finding spikes = verdict.findings().stream()
                .filter(f -> f.criterion().id().equals("scalability.handles-spikes")).findFirst().orElseThrow();
        assertThat(spikes.evidence().orElseThrow().provenance().source()).isEqualTo("usl-fit");
        assertThat(spikes.evidence().orElseThrow().describe()).startsWith("no (throughput is retrograde within the"
                + " measured range: it peaks at N* = 4");
        assertThat(verdict.outcome()).isEqualTo(Outcome.OPTIMIZE);
    }

    @Test
    void should_measure_the_recordings_the_example_writes() throws IOException {
        LatencyReport latency = LatencyRecordings.read(Recording.of(perf.resolve("prod.hlog"))
                .unit(TimeUnit.MICROSECONDS).windows(Windows.byTag("normal", "peak")));
        assertThat(latency.normal().orElseThrow().samples()).isEqualTo(60 * 40 * 60);
        assertThat(latency.peak().orElseThrow().samples()).isEqualTo(20 * 120 * 60);
        assertThat(latency.peakSlowdown().orElseThrow()).isBetween(3.2, 3.6);
        ScalabilityReport scaling = LoadTests.assess(LoadTests.read(perf.resolve("stepped.jtl")),
                Optional.of(ExpectedPeak.of(60, "plan")));
        assertThat(scaling.fit().usable()).isTrue();
        assertThat(scaling.fit().model().orElseThrow().peakConcurrency()).isBetween(40.0, 48.0);
        assertThat(scaling.headroom().orElseThrow()).isBetween(0.65, 0.8);
    }
}
