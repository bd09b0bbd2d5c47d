package dev.backendaudit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendaudit.evidence.latency.LatencyRecordings;
import dev.backendaudit.evidence.latency.LatencyReport;
import dev.backendaudit.evidence.latency.Load;
import dev.backendaudit.evidence.latency.Recording;
import dev.backendaudit.evidence.latency.RecordingFormat;
import dev.backendaudit.evidence.latency.RecordingScan;
import dev.backendaudit.evidence.latency.Windows;
import dev.backendaudit.evidence.scalability.ExpectedPeak;
import dev.backendaudit.evidence.scalability.LoadPoint;
import dev.backendaudit.evidence.scalability.LoadTest;
import dev.backendaudit.evidence.scalability.LoadTests;
import dev.backendaudit.evidence.scalability.ScalabilityReport;
import dev.backendaudit.evidence.scalability.ScalabilityScan;
import dev.backendaudit.evidence.scalability.UniversalScalabilityLaw;
import dev.backendaudit.evidence.scalability.UslFit;
import dev.backendaudit.evidence.scalability.UslMethod;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's snippets of the latency and load-test collectors, each run on a file of its format
 * ({@code ReadmeDslTest} checks that the README shows exactly these regions).
 */
class RecordingSnippetsTest {

    @TempDir
    static Path perf;

    @BeforeAll
    static void record() throws IOException {
        CheckoutRecordings.writeProductionLog(perf.resolve("prod.hlog"));
        CheckoutRecordings.writeSteppedLoadTest(perf.resolve("stepped.jtl"));
        Histogram wrk = new Histogram(3);
        for (int i = 0; i < 40_000; i++) {
            wrk.recordValue(4_000 + (i * 7919L) % 9_000);
        }
        ByteArrayOutputStream spectrum = new ByteArrayOutputStream();
        wrk.outputPercentileDistribution(new PrintStream(spectrum, true, StandardCharsets.UTF_8), 1000.0);
        Files.writeString(perf.resolve("wrk2.txt"), "Running 30s test @ http://127.0.0.1:8080/cart\n"
                + "  Detailed Percentile spectrum:\n" + spectrum + "  60018 requests in 30.00s, 19.81MB read\n"
                + "Requests/sec:   2000.28\n");
        List<String> k6 = new ArrayList<>();
        k6.add("{\"type\":\"Metric\",\"data\":{\"name\":\"http_req_duration\",\"type\":\"trend\",\"contains\":\"time\","
                + "\"thresholds\":[],\"submetrics\":null},\"metric\":\"http_req_duration\"}");
        Instant start = Instant.parse("2026-11-20T10:00:00Z");
        for (int i = 0; i < 4000; i++) {
            String scenario = i < 2000 ? "warm" : "rush";
            k6.add("{\"type\":\"Point\",\"data\":{\"time\":\"" + start.plusMillis(i * 15L) + "\",\"value\":"
                    + (i < 2000 ? 40 : 95) + "." + (i % 10) + ",\"tags\":{\"scenario\":\"" + scenario
                    + "\",\"name\":\"http://shop/cart\"}},\"metric\":\"http_req_duration\"}");
        }
        Files.write(perf.resolve("k6.json"), k6);
        Files.writeString(perf.resolve("jmh.json"), "[{\"jmhVersion\":\"1.37\",\"benchmark\":\"shop.CartBench.add\","
                + "\"mode\":\"sample\",\"threads\":8,\"forks\":1,\"primaryMetric\":{\"score\":14.0,\"scoreUnit\":\"us/op\","
                + "\"rawDataHistogram\":[[[[12.0,700],[20.0,300]]]]}},{\"jmhVersion\":\"1.37\",\"benchmark\":"
                + "\"shop.CartBench.total\",\"mode\":\"sample\",\"threads\":1,\"forks\":1,\"primaryMetric\":{\"score\":3.0,"
                + "\"scoreUnit\":\"us/op\",\"rawDataHistogram\":[[[[3.0,900],[4.0,100]]]]}}]");
        StringBuilder csv = new StringBuilder("request,latency_us\n");
        for (int i = 0; i < 500; i++) {
            csv.append("r").append(i).append(',').append(800 + i * 3).append('\n');
        }
        Files.writeString(perf.resolve("latency.csv"), csv);
    }

    @Test
    void should_run_the_hlog_snippet() throws IOException {
        // tag::hlog[]
        LatencyReport prod = LatencyRecordings.read(Recording.of(perf.resolve("prod.hlog"))
                .unit(TimeUnit.MICROSECONDS)                     // a log does not say its unit
                .windows(Windows.byTag("normal", "peak")));      // or byTime(...), byLoad() (the default)
        prod.peak().flatMap(w -> w.p95());                       // Optional[PT0.546S]
        prod.peakSlowdown();                                     // OptionalDouble[3.43]
        System.out.print(prod.summary());
        // end::hlog[]
        assertThat(prod.peak().orElseThrow().p95().orElseThrow().toMillis()).isBetween(500L, 600L);
        assertThat(prod.peakSlowdown().orElseThrow()).isBetween(3.2, 3.6);
    }

    @Test
    void should_run_the_wrk2_snippet() throws IOException {
        // tag::hgrm[]
        LatencyReport wrk2 = LatencyRecordings.read(Recording.of(perf.resolve("wrk2.txt")).load(Load.PEAK));
        wrk2.peak().get().requestsPerSecond();                   // OptionalDouble[2000.28], from "Requests/sec:"
        // end::hgrm[]
        assertThat(wrk2.peak().orElseThrow().requestsPerSecond()).hasValue(2000.28);
        assertThat(wrk2.peak().orElseThrow().p99()).isPresent();
    }

    @Test
    void should_run_the_jtl_snippet() throws IOException {
        // tag::jtl[]
        LatencyReport stepped = LatencyRecordings.read(Recording.of(perf.resolve("stepped.jtl")));
        stepped.peak().get().selection();     // "allThreads >= 80 (load levels from the 90th percentile)"
        stepped.peak().get().errorRate();     // OptionalDouble[0.025]
        // end::jtl[]
        assertThat(stepped.peak().orElseThrow().selection()).isEqualTo("allThreads >= 80 (load levels from the 90th"
                + " percentile)");
        assertThat(stepped.peak().orElseThrow().errorRate().orElseThrow()).isBetween(0.02, 0.03);
    }

    @Test
    void should_run_the_k6_snippet() throws IOException {
        // tag::k6[]
        LatencyReport k6 = LatencyRecordings.read(Recording.of(perf.resolve("k6.json"))
                .windows(Windows.byTag("warm", "rush")));        // k6 scenarios; byLoad() follows the vus metric
        // end::k6[]
        assertThat(k6.peakSlowdown().orElseThrow()).isBetween(2.2, 2.5);
    }

    @Test
    void should_run_the_jmh_snippet() throws IOException {
        // tag::jmh[]
        LatencyReport jmh = LatencyRecordings.read(Recording.of(perf.resolve("jmh.json"))
                .windows(Windows.byLabel("CartBench.total", "CartBench.add")));   // -bm sample keeps latencies
        // end::jmh[]
        assertThat(jmh.peak().orElseThrow().samples()).isEqualTo(1000);
    }

    @Test
    void should_run_the_samples_snippet() throws IOException {
        // tag::samples[]
        LatencyReport samples = LatencyRecordings.read(Recording.of(perf.resolve("latency.csv"))
                .format(RecordingFormat.SAMPLES).field("latency_us").unit(TimeUnit.MICROSECONDS).load(Load.NORMAL));
        samples.normal().get().p95();         // Optional[PT0.002297S]
        samples.normal().get().p99();         // Optional.empty: 500 samples; a p99 needs 1,000
        // end::samples[]
        assertThat(samples.normal().orElseThrow().p99()).isEmpty();
        assertThat(samples.unknowns()).contains("p99 latency under normal load: the normal window holds 500 samples;"
                + " p99 needs at least 1000 (10 beyond it)");
    }

    @Test
    void should_run_the_usl_snippet() throws IOException {
        // tag::usl[]
        UslFit known = UniversalScalabilityLaw.fit(List.of(new LoadPoint(1, 1), new LoadPoint(2, 1.8868),
                new LoadPoint(4, 3.0769), new LoadPoint(6, 3.5294), new LoadPoint(8, 3.5398),
                new LoadPoint(10, 3.3557)), UslMethod.LAMBDA_FITTED);
        known.describe();   // "σ = 0.02, κ = 0.02, λ = 1/s (λ fitted), N* = 7, max 3.571/s, R² = 1.0000, ..."

        LoadTest test = LoadTests.read(perf.resolve("stepped.jtl"));      // one point per allThreads step
        ScalabilityReport scaling = LoadTests.assess(test, Optional.of(ExpectedPeak.of(60, "sale capacity plan")));
        scaling.headroom();         // OptionalDouble[0.74]: N* ≈ 44 threads for an expected 60
        scaling.handlesSpikes();    // Optional[false]: throughput falls within the measured range
        System.out.print(scaling.summary());
        // end::usl[]
        assertThat(known.describe()).startsWith("σ = 0.02, κ = 0.02, λ = 1/s (λ fitted), N* = 7, max 3.571/s, R² = 1.0000");
        assertThat(scaling.headroom().orElseThrow()).isBetween(0.65, 0.8);
        assertThat(scaling.handlesSpikes()).contains(false);
    }

    @Test
    void should_run_the_scan_snippet() throws IOException {
        Path project = perf;
        // tag::scan[]
        RecordingScan recordings = LatencyRecordings.find(project);       // JTL and k6 files read by themselves
        ScalabilityScan loadTests = LoadTests.find(project, Optional.of(ExpectedPeak.of(60, "capacity plan")));
        recordings.found();         // every recording, and why the ones that do not say their unit were not read
        // end::scan[]
        assertThat(recordings.found()).extracting(RecordingScan.Found::note).contains("not read: an HdrHistogram"
                + " interval log does not say its unit or load; name it with --latency FILE:normal|peak:UNIT");
        assertThat(loadTests.used()).isPresent();
    }
}
