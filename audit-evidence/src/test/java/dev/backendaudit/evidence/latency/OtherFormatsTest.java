package dev.backendaudit.evidence.latency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** k6 JSON output, JMH results, HdrHistogram percentile distributions (and wrk2 output), plain samples. */
class OtherFormatsTest {

    @TempDir
    Path dir;

    /** k6's --out json lines, in the shape of k6's own output (internal/output/json): Metric, then Points. */
    static List<String> k6Run(int steps) {
        List<String> lines = new ArrayList<>();
        lines.add("{\"type\":\"Metric\",\"data\":{\"name\":\"vus\",\"type\":\"gauge\",\"contains\":\"default\","
                + "\"thresholds\":[],\"submetrics\":null},\"metric\":\"vus\"}");
        lines.add("{\"type\":\"Metric\",\"data\":{\"name\":\"http_req_duration\",\"type\":\"trend\",\"contains\":\"time\","
                + "\"thresholds\":[],\"submetrics\":null},\"metric\":\"http_req_duration\"}");
        Instant start = Instant.parse("2026-11-20T10:00:00Z");
        for (int step = 1; step <= steps; step++) {
            int vus = step * 5;
            Instant at = start.plusSeconds(step * 20L);
            lines.add(point("vus", at, vus, "{}"));
            for (int r = 0; r < vus * 20; r++) {
                Instant t = at.plusMillis(r * 19_000L / (vus * 20));
                String tags = "{\"name\":\"http://shop/cart\",\"method\":\"GET\",\"scenario\":\""
                        + (step <= steps / 2 ? "warm" : "rush") + "\",\"status\":\"200\"}";
                lines.add(point("http_reqs", t, 1, tags));
                lines.add(point("http_req_duration", t, 10 + vus * 0.5 + (r % 10) * 0.25, tags));
                lines.add(point("http_req_failed", t, step == steps && r % 25 == 0 ? 1 : 0, tags));
            }
        }
        return lines;
    }

    private static String point(String metric, Instant time, double value, String tags) {
        return "{\"type\":\"Point\",\"data\":{\"time\":\"" + time + "\",\"value\":" + value + ",\"tags\":" + tags
                + "},\"metric\":\"" + metric + "\"}";
    }

    @Test
    void should_read_k6_output_by_vus_and_by_scenario() throws IOException {
        Path run = dir.resolve("k6.json");
        Files.write(run, k6Run(8));
        assertThat(RecordingFormat.detect(run)).contains(RecordingFormat.K6_JSON);
        LatencyReport byLoad = LatencyRecordings.read(Recording.of(run));
        LatencyWindow peak = byLoad.peak().orElseThrow();
        assertThat(peak.concurrency()).hasValue(40);
        assertThat(peak.samples()).isEqualTo(800);
        assertThat(peak.errorRate()).hasValue(32 / 800.0);
        assertThat(peak.max().orElseThrow().toNanos() / 1e6).isCloseTo(10 + 20 + 9 * 0.25,
                org.assertj.core.data.Percentage.withPercentage(0.1));
        LatencyReport byScenario = LatencyRecordings.read(Recording.of(run).windows(Windows.byTag("warm", "rush")));
        assertThat(byScenario.normal().orElseThrow().samples()).isEqualTo((5 + 10 + 15 + 20) * 20);
    }

    @Test
    void should_refuse_a_k6_latency_metric_that_is_not_a_time() throws IOException {
        Path run = dir.resolve("k6.json");
        Files.write(run, k6Run(2));
        assertThatThrownBy(() -> LatencyRecordings.read(Recording.of(run).field("vus")))
                .hasMessage(run + ":1: the k6 metric 'vus' must hold times (\"contains\":\"time\", milliseconds) to be"
                        + " read as latency, but holds 'default'");
    }

    @Test
    void should_name_the_line_of_a_cut_k6_file() throws IOException {
        Path run = dir.resolve("k6.json");
        List<String> lines = k6Run(2);
        lines.set(20, lines.get(20).substring(0, 30));
        Files.write(run, lines);
        assertThatThrownBy(() -> LatencyRecordings.read(Recording.of(run).load(Load.PEAK)))
                .isInstanceOf(RecordingFormatException.class)
                .hasMessageStartingWith(run + ":21: k6 JSON output must hold one JSON object per line, but this line is"
                        + " not JSON");
    }

    @Test
    void should_read_jmh_sample_mode_and_say_what_other_modes_lack() throws IOException {
        Path results = dir.resolve("jmh.json");
        Files.writeString(results, "[{\"jmhVersion\":\"1.37\",\"benchmark\":\"shop.CartBench.add\",\"mode\":\"sample\","
                + "\"threads\":4,\"forks\":1,\"primaryMetric\":{\"score\":12.0,\"scoreUnit\":\"us/op\","
                + "\"rawDataHistogram\":[[[[10.0,500],[12.0,400]],[[30.0,100]]]]}},"
                + "{\"jmhVersion\":\"1.37\",\"benchmark\":\"shop.CartBench.total\",\"mode\":\"avgt\",\"threads\":1,"
                + "\"forks\":1,\"primaryMetric\":{\"score\":3.0,\"scoreUnit\":\"us/op\",\"rawData\":[[3.0,3.1]]}}]");
        assertThat(RecordingFormat.detect(results)).contains(RecordingFormat.JMH_JSON);
        LatencyReport report = LatencyRecordings.read(Recording.of(results)
                .windows(Windows.byLabel("CartBench.total", "CartBench.add")));
        LatencyWindow peak = report.peak().orElseThrow();
        assertThat(peak.samples()).isEqualTo(1000);
        assertThat(peak.p50().orElseThrow().toNanos()).isBetween(10_000L, 10_010L);
        assertThat(peak.p95().orElseThrow().toNanos()).isBetween(30_000L, 30_030L);
        assertThat(report.normal()).isEmpty();
        assertThat(report.unknowns()).contains("CartBench.total: mode avgt keeps only iteration averages, which are not"
                + " request latencies; run it with -bm sample for latency percentiles");
        assertThatThrownBy(() -> LatencyRecordings.read(Recording.of(results).load(Load.PEAK)))
                .hasMessage(results + ": holds more than one benchmark (shop.CartBench.add, shop.CartBench.total); choose"
                        + " the normal and peak ones with Windows.byLabel(normal, peak)");
    }

    @Test
    void should_read_hdrhistograms_own_percentile_output() throws IOException {
        // GIVEN a distribution printed by HdrHistogram's outputPercentileDistribution, in milliseconds of microseconds
        Histogram histogram = new Histogram(3);
        for (int i = 1; i <= 5000; i++) {
            histogram.recordValue(1000 + (i * 37L) % 20_000);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        histogram.outputPercentileDistribution(new PrintStream(bytes, true, StandardCharsets.UTF_8), 1000.0);
        Path hgrm = dir.resolve("latency.hgrm");
        Files.write(hgrm, bytes.toByteArray());
        // WHEN
        LatencyWindow window = LatencyRecordings.read(Recording.of(hgrm).unit(TimeUnit.MILLISECONDS).load(Load.PEAK))
                .peak().orElseThrow();
        // THEN each percentile is the printed row at or above it, to the table's three decimals
        assertThat(window.samples()).isEqualTo(5000);
        assertThat(window.p50().orElseThrow().toNanos() / 1e6).isCloseTo(histogram.getValueAtPercentile(50) / 1000.0,
                org.assertj.core.data.Offset.offset(0.0005));
        assertThat(window.p95().orElseThrow().toNanos() / 1e6).isCloseTo(histogram.getValueAtPercentile(95) / 1000.0,
                org.assertj.core.data.Offset.offset(0.0005));
        assertThat(window.p99().orElseThrow().toNanos() / 1e6)
                .isGreaterThanOrEqualTo(histogram.getValueAtPercentile(99) / 1000.0 - 0.0005);
        assertThat(window.significantDigits()).isEmpty();
        // a table cut before its footer is refused
        String text = bytes.toString(StandardCharsets.UTF_8);
        Files.writeString(hgrm, text.substring(0, text.indexOf("#[Mean")));
        assertThatThrownBy(() -> LatencyRecordings.read(Recording.of(hgrm).unit(TimeUnit.MILLISECONDS).load(Load.PEAK)))
                .hasMessageEndingWith(": the distribution ends without its footer '#[Max = ..., Total count = ...]':"
                        + " the file is truncated");
    }

    @Test
    void should_read_wrk2_output_in_milliseconds_with_its_rate_and_errors() throws IOException {
        Histogram histogram = new Histogram(3);
        for (int i = 1; i <= 3000; i++) {
            histogram.recordValue(500 + i);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        histogram.outputPercentileDistribution(new PrintStream(bytes, true, StandardCharsets.UTF_8), 1000.0);
        Path out = dir.resolve("wrk2.txt");
        Files.writeString(out, "Running 30s test @ http://127.0.0.1:8080/\n  Latency Distribution (HdrHistogram -"
                + " Recorded Latency)\n 50.000%    2.00ms\n\n  Detailed Percentile spectrum:\n" + bytes
                + "----------------------------------------------------------\n  4000 requests in 30.00s, 1.2MB read\n"
                + "  Non-2xx or 3xx responses: 40\nRequests/sec:    133.30\n");
        assertThat(RecordingFormat.detect(out)).contains(RecordingFormat.HGRM);
        LatencyWindow window = LatencyRecordings.read(Recording.of(out).load(Load.PEAK)).peak().orElseThrow();
        assertThat(window.p50().orElseThrow().toNanos() / 1e6).isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.002));
        assertThat(window.requestsPerSecond()).hasValue(133.30);
        assertThat(window.errorRate()).hasValue(0.01);
    }

    @Test
    void should_read_plain_and_csv_samples_and_name_bad_values() throws IOException {
        Path plain = dir.resolve("samples.txt");
        StringBuilder text = new StringBuilder("# latency in ms\n");
        for (int i = 1; i <= 100; i++) {
            text.append(String.format(Locale.ROOT, "%.1f%n", i * 1.5));
        }
        Files.writeString(plain, text);
        LatencyWindow window = LatencyRecordings.read(Recording.of(plain).format(RecordingFormat.SAMPLES)
                .unit(TimeUnit.MILLISECONDS).load(Load.NORMAL)).normal().orElseThrow();
        assertThat(window.samples()).isEqualTo(100);
        assertThat(window.p50().orElseThrow().toNanos() / 1e6).isCloseTo(75, org.assertj.core.data.Offset.offset(0.1));
        assertThat(window.p95()).isEmpty();
        Path csv = dir.resolve("samples.csv");
        Files.writeString(csv, "request,latency_us\na,120\nb,NaN\n");
        assertThatThrownBy(() -> LatencyRecordings.read(Recording.of(csv).format(RecordingFormat.SAMPLES)
                .field("latency_us").unit(TimeUnit.MICROSECONDS).load(Load.NORMAL)))
                .hasMessage(csv + ":3: a latency must be a finite number >= 0, but was 'NaN'");
        Files.writeString(plain, "12\n-4\n");
        assertThatThrownBy(() -> LatencyRecordings.read(Recording.of(plain).format(RecordingFormat.SAMPLES)
                .unit(TimeUnit.MILLISECONDS).load(Load.NORMAL)))
                .hasMessage(plain + ":2: a latency must be a finite number >= 0, but was '-4'");
        assertThatThrownBy(() -> LatencyRecordings.read(Recording.of(plain).format(RecordingFormat.SAMPLES)
                .load(Load.NORMAL)))
                .hasMessage(plain + ": a plain sample file does not record the unit of its values; give it:"
                        + " Recording.unit(TimeUnit.MICROSECONDS), or --latency FILE:us on the command line");
        assertThatThrownBy(() -> LatencyRecordings.read(Recording.of(plain).format(RecordingFormat.SAMPLES)
                .unit(TimeUnit.MILLISECONDS)))
                .hasMessage(plain + ": a latency samples has no load levels, so its windows cannot be chosen by load"
                        + " level (normal: 25th percentile to 75th percentile of load levels, peak: from 90th"
                        + " percentile); declare the load it was recorded under: Recording.load(Load.PEAK) or"
                        + " Recording.load(Load.NORMAL)");
    }

    @Test
    void should_find_the_recordings_of_a_project_and_use_the_self_describing_newest() throws IOException {
        Path perf = Files.createDirectories(dir.resolve("perf"));
        JtlRecordingTest.writeSteppedTest(perf.resolve("stepped.jtl"));
        HlogRecordingTest.writeLog(perf.resolve("prod.hlog"));
        Files.writeString(perf.resolve("broken.jtl"), "timeStamp,elapsed\n1,2\n");
        Files.createDirectories(dir.resolve("target"));
        JtlRecordingTest.writeSteppedTest(dir.resolve("target/ignored.jtl"));
        RecordingScan scan = LatencyRecordings.find(dir);
        assertThat(scan.found()).extracting(RecordingScan.Found::file, RecordingScan.Found::note).containsExactly(
                org.assertj.core.groups.Tuple.tuple("perf/broken.jtl", "not read: " + perf.resolve("broken.jtl")
                        + ":1: a JMeter CSV result file needs the columns timeStamp, elapsed, label, success in its"
                        + " header, but 'label' is missing; known: [elapsed, timeStamp]"),
                org.assertj.core.groups.Tuple.tuple("perf/prod.hlog", "not read: an HdrHistogram interval log does not"
                        + " say its unit or load; name it with --latency FILE:normal|peak:UNIT"),
                org.assertj.core.groups.Tuple.tuple("perf/stepped.jtl", "read and used (the newest)"));
        assertThat(scan.evidence()).isNotEmpty();
        assertThat(scan.summary()).contains("perf/stepped.jtl (JMeter result file (CSV)): read and used (the newest)");
    }
}
