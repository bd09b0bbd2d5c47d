package dev.backendaudit.evidence.latency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.model.Measurement;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.DoubleHistogram;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;
import org.HdrHistogram.HistogramLogWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HdrHistogram interval logs, written with HdrHistogram's own writer and checked against its own reader. */
class HlogRecordingTest {

    static final long START = Instant.parse("2026-11-20T09:00:00Z").toEpochMilli();

    @TempDir
    Path dir;
    Path log;

    /** 120 one-second intervals of microsecond latencies: 60 quiet ("normal"), then 60 busy and slower ("peak"). */
    static void writeLog(Path file) throws IOException {
        Random random = new Random(7);
        try (PrintStream out = new PrintStream(Files.newOutputStream(file), false, StandardCharsets.UTF_8)) {
            HistogramLogWriter writer = new HistogramLogWriter(out);
            writer.outputComment("checkout-service request latency, microseconds");
            writer.outputLogFormatVersion();
            writer.outputStartTime(START);
            writer.outputLegend();
            for (int i = 0; i < 120; i++) {
                boolean peak = i >= 60;
                Histogram interval = new Histogram(3);
                int requests = peak ? 900 : 300;
                for (int r = 0; r < requests; r++) {
                    interval.recordValue((long) ((peak ? 40_000 : 12_000) * Math.exp(random.nextGaussian() * 0.5)));
                }
                interval.setStartTimeStamp(START + i * 1000L);
                interval.setEndTimeStamp(START + (i + 1) * 1000L);
                interval.setTag(peak ? "peak" : "normal");
                writer.outputIntervalHistogram(interval);
            }
        }
    }

    @BeforeEach
    void write() throws IOException {
        log = dir.resolve("checkout.hlog");
        writeLog(log);
    }

    /** HdrHistogram's own loop: every interval of one tag added up. */
    static Histogram oracle(Path file, String tag) throws IOException {
        Histogram total = new Histogram(3);
        try (HistogramLogReader reader = new HistogramLogReader(file.toFile())) {
            for (EncodableHistogram h = reader.nextIntervalHistogram(); h != null; h = reader.nextIntervalHistogram()) {
                if (tag == null || tag.equals(h.getTag())) {
                    total.add((Histogram) h);
                }
            }
        }
        return total;
    }

    @Test
    void should_give_the_percentiles_of_hdrhistograms_own_reader_for_each_tag() throws IOException {
        // WHEN
        LatencyReport report = LatencyRecordings.read(Recording.of(log).unit(TimeUnit.MICROSECONDS)
                .windows(Windows.byTag("normal", "peak")));
        // THEN
        for (Load load : Load.values()) {
            Histogram expected = oracle(log, load.word());
            LatencyWindow window = report.window(load).orElseThrow();
            assertThat(window.samples()).isEqualTo(expected.getTotalCount());
            assertThat(window.intervals()).isEqualTo(60);
            assertThat(window.p50()).contains(Duration.ofNanos(expected.getValueAtPercentile(50) * 1000));
            assertThat(window.p95()).contains(Duration.ofNanos(expected.getValueAtPercentile(95) * 1000));
            assertThat(window.p99()).contains(Duration.ofNanos(expected.getValueAtPercentile(99) * 1000));
            assertThat(window.p999()).contains(Duration.ofNanos(expected.getValueAtPercentile(99.9) * 1000));
            assertThat(window.max()).contains(Duration.ofNanos(expected.getMaxValue() * 1000));
            assertThat(window.requestsPerSecond().orElseThrow()).isEqualTo(load == Load.PEAK ? 900 : 300);
        }
        assertThat(report.peakSlowdown().orElseThrow()).isBetween(3.0, 3.7);
        assertThat(report.evidence()).extracting(e -> e.topic().id()).containsExactly(
                "performance.latency-p50-normal", "performance.latency-p95-normal", "performance.latency-p99-normal",
                "performance.latency-p50-peak", "performance.latency-p95-peak", "performance.latency-p99-peak",
                "performance.peak-slowdown", "performance.throughput");
        Measurement p95 = (Measurement) report.evidence().get(4);
        assertThat(p95.provenance().source()).isEqualTo("hdr-histogram-log");
        assertThat(p95.provenance().location().orElseThrow()).isEqualTo(log + ", peak window tag 'peak', "
                + expected(log, "peak") + " samples in 60 intervals over 1 min");
        assertThat(p95.provenance().observedAt()).contains(Instant.ofEpochMilli(START + 120_000));
    }

    private static long expected(Path log, String tag) throws IOException {
        return oracle(log, tag).getTotalCount();
    }

    @Test
    void should_choose_the_busiest_intervals_as_peak_by_load() throws IOException {
        // WHEN windows by load level: 300 values/s in the quiet half, 900 in the busy one
        LatencyReport report = LatencyRecordings.read(Recording.of(log).unit(TimeUnit.MICROSECONDS));
        // THEN
        assertThat(report.peak().orElseThrow().samples()).isEqualTo(oracle(log, "peak").getTotalCount());
        assertThat(report.normal().orElseThrow().samples()).isEqualTo(oracle(log, "normal").getTotalCount());
        assertThat(report.peak().orElseThrow().selection())
                .isEqualTo("values/s >= 900 (load levels from the 90th percentile)");
    }

    @Test
    void should_choose_windows_by_time() throws IOException {
        Windows byTime = Windows.byTime(
                new Windows.TimeRange(Instant.ofEpochMilli(START), Instant.ofEpochMilli(START + 30_000)),
                new Windows.TimeRange(Instant.ofEpochMilli(START + 90_000), Instant.ofEpochMilli(START + 120_000)));
        LatencyReport report = LatencyRecordings.read(Recording.of(log).unit(TimeUnit.MICROSECONDS).windows(byTime));
        assertThat(report.normal().orElseThrow().intervals()).isEqualTo(30);
        assertThat(report.peak().orElseThrow().intervals()).isEqualTo(30);
        assertThat(report.normal().orElseThrow().from()).contains(Instant.ofEpochMilli(START));
    }

    @Test
    void should_say_which_tags_there_are_when_a_tag_matches_nothing() throws IOException {
        LatencyReport report = LatencyRecordings.read(Recording.of(log).unit(TimeUnit.MICROSECONDS)
                .windows(Windows.byTag("normal", "peek")));
        assertThat(report.peak()).isEmpty();
        assertThat(report.unknowns()).contains("peak window: no observation has the tag 'peek'; did you mean 'peak'?"
                + " Known: [normal, peak]");
        assertThat(report.evidence()).extracting(e -> e.topic()).doesNotContain(Metrics.LATENCY_P95_PEAK);
    }

    @Test
    void should_read_double_histograms() throws IOException {
        Path doubles = dir.resolve("doubles.hlog");
        try (PrintStream out = new PrintStream(Files.newOutputStream(doubles), false, StandardCharsets.UTF_8)) {
            HistogramLogWriter writer = new HistogramLogWriter(out);
            writer.outputStartTime(START);
            DoubleHistogram interval = new DoubleHistogram(3);
            for (int i = 1; i <= 1000; i++) {
                interval.recordValue(i * 0.5);
            }
            interval.setStartTimeStamp(START);
            interval.setEndTimeStamp(START + 1000);
            writer.outputIntervalHistogram(interval);
        }
        LatencyWindow window = LatencyRecordings.read(Recording.of(doubles).unit(TimeUnit.MILLISECONDS)
                .load(Load.NORMAL)).normal().orElseThrow();
        assertThat(window.samples()).isEqualTo(1000);
        assertThat(window.p50().orElseThrow().toNanos() / 1e6).isCloseTo(250, org.assertj.core.data.Offset.offset(0.25));
    }

    @Test
    void should_refuse_a_log_without_a_unit() {
        assertThatThrownBy(() -> LatencyRecordings.read(Recording.of(log))).hasMessage(log + ": an HdrHistogram log"
                + " does not record the unit of its values; give it: Recording.unit(TimeUnit.MICROSECONDS), or"
                + " --latency FILE:us on the command line");
    }

    @Test
    void should_name_the_line_of_a_truncated_log() throws IOException {
        // GIVEN the log cut in the middle of its 101st interval line
        List<String> lines = Files.readAllLines(log);
        int cut = lines.size() - 20;
        String half = lines.get(cut).substring(0, lines.get(cut).length() / 2);
        Files.writeString(log, String.join("\n", lines.subList(0, cut)) + "\n" + half);
        // WHEN / THEN
        assertThatThrownBy(() -> LatencyRecordings.read(Recording.of(log).unit(TimeUnit.MICROSECONDS)
                .load(Load.PEAK)))
                .isInstanceOf(RecordingFormatException.class)
                .hasMessageStartingWith(log + ":" + (cut + 1) + ": interval 101 cannot be read by HdrHistogram's"
                        + " HistogramLogReader: ")
                .hasMessageEndingWith("; nothing of this log was used");
    }

    @Test
    void should_name_the_line_of_a_corrupt_histogram() throws IOException {
        List<String> lines = Files.readAllLines(log);
        int bad = 10;
        lines.set(bad, lines.get(bad).replaceFirst(",HIST[A-Za-z0-9+/]{12}", ",HISTAAAAAAAAAAAA"));
        Files.write(log, lines);
        assertThatThrownBy(() -> LatencyRecordings.read(Recording.of(log).unit(TimeUnit.MICROSECONDS)
                .load(Load.PEAK)))
                .hasMessageStartingWith(log + ":" + (bad + 1) + ": interval " + (bad + 1 - 4)
                        + " cannot be read by HdrHistogram's HistogramLogReader: the compressed histogram cannot be"
                        + " decoded");
    }

    @Test
    void should_refuse_interval_times_that_go_back() throws IOException {
        List<String> lines = Files.readAllLines(log);
        // interval 50 (tag normal, line 54) holds interval 10's line, which starts 40 s earlier
        lines.set(53, lines.get(13));
        Files.write(log, lines);
        assertThatThrownBy(() -> LatencyRecordings.read(Recording.of(log).unit(TimeUnit.MICROSECONDS)
                .load(Load.PEAK)))
                .hasMessage(log + ":interval 50: interval start times must not decrease (tag 'normal'), but this"
                        + " interval starts at " + Instant.ofEpochMilli(START + 9000) + ", before the previous one at "
                        + Instant.ofEpochMilli(START + 48_000));
    }
}
