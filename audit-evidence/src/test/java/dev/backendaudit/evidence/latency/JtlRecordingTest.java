package dev.backendaudit.evidence.latency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.model.Measurement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JMeter result files written by JMeter's own CSV writer: a stepped load test of eight steps. */
class JtlRecordingTest {

    static final long START = Instant.parse("2026-11-20T10:00:00Z").toEpochMilli();

    @TempDir
    Path dir;
    Path jtl;

    /** Steps of 10, 20, .. 80 threads, 30 s each; latency grows with threads; 1 in 50 requests fails at 80. */
    static void writeSteppedTest(Path file) throws IOException {
        Random random = new Random(11);
        try (JmeterResults results = new JmeterResults(file)) {
            for (int step = 1; step <= 8; step++) {
                int threads = step * 10;
                long stepStart = START + (step - 1) * 30_000L;
                int requests = threads * 30;
                for (int r = 0; r < requests; r++) {
                    long end = stepStart + r * 30_000L / requests;
                    long elapsed = Math.round(threads * 2 * Math.exp(random.nextGaussian() * 0.3));
                    boolean ok = threads < 80 || r % 50 != 0;
                    results.sample(end, elapsed, r % 3 == 0 ? "checkout" : "browse", threads < 50 ? "Warm" : "Rush",
                            threads, ok);
                }
            }
        }
    }

    @BeforeEach
    void write() throws IOException {
        jtl = dir.resolve("stepped.jtl");
        writeSteppedTest(jtl);
    }

    @Test
    void should_read_the_header_jmeter_writes() throws IOException {
        assertThat(Files.readAllLines(jtl).get(0)).isEqualTo("timeStamp,elapsed,label,responseCode,responseMessage,"
                + "threadName,dataType,success,failureMessage,bytes,sentBytes,grpThreads,allThreads,URL,Latency,"
                + "IdleTime,Connect");
        assertThat(RecordingFormat.detect(jtl)).contains(RecordingFormat.JTL);
    }

    @Test
    void should_choose_the_highest_thread_counts_as_peak() throws IOException {
        // WHEN windows by load level
        LatencyReport report = LatencyRecordings.read(Recording.of(jtl));
        // THEN the peak is the 80-thread step; the normal band the middle of the thread counts
        LatencyWindow peak = report.peak().orElseThrow();
        assertThat(peak.samples()).isEqualTo(2400);
        assertThat(peak.concurrency()).hasValue(80);
        assertThat(peak.selection()).isEqualTo("allThreads >= 80 (load levels from the 90th percentile)");
        assertThat(peak.errorRate().orElseThrow()).isEqualTo(48 / 2400.0);
        assertThat(peak.requestsPerSecond().orElseThrow()).isBetween(79.0, 82.0);
        LatencyWindow normal = report.normal().orElseThrow();
        assertThat(normal.selection()).isEqualTo("allThreads 40 to 70 (load levels from the 25th to the 75th percentile)");
        assertThat(normal.samples()).isEqualTo((40 + 50 + 60 + 70) * 30);
        assertThat(normal.errorRate()).hasValue(0);
        assertThat(report.peakSlowdown().orElseThrow()).isBetween(1.3, 1.8);
        assertThat(report.evidence()).filteredOn(e -> e.topic().equals(Metrics.ERROR_RATE))
                .extracting(e -> ((Measurement) e).baseValue()).containsExactly(0.0);
    }

    @Test
    void should_choose_windows_by_label_and_by_thread_group() throws IOException {
        LatencyReport byLabel = LatencyRecordings.read(Recording.of(jtl).windows(Windows.byLabel("browse", "checkout")));
        assertThat(byLabel.normal().orElseThrow().samples() + byLabel.peak().orElseThrow().samples()).isEqualTo(10_800);
        LatencyReport byGroup = LatencyRecordings.read(Recording.of(jtl).windows(Windows.byTag("Warm", "Rush")));
        assertThat(byGroup.normal().orElseThrow().samples()).isEqualTo((10 + 20 + 30 + 40) * 30);
        assertThat(byGroup.peak().orElseThrow().concurrency()).hasValue(80);
    }

    @Test
    void should_read_jmeters_own_sample_log_format_with_quoted_labels() throws IOException {
        Path quoted = dir.resolve("quoted.jtl");
        try (JmeterResults results = new JmeterResults(quoted)) {
            for (int i = 0; i < 40; i++) {
                results.sample(START + i * 100, 10 + i, "checkout, step \"2\"", "Shop", 5, true);
            }
        }
        LatencyWindow window = LatencyRecordings.read(Recording.of(quoted)
                .windows(Windows.byLabel("browse", "checkout, step \"2\""))).peak().orElseThrow();
        assertThat(window.samples()).isEqualTo(40);
        assertThat(window.max().orElseThrow().toMillis()).isEqualTo(49);
    }

    @Test
    void should_name_a_missing_column_and_the_nearest_one() throws IOException {
        List<String> lines = Files.readAllLines(jtl);
        lines.set(0, lines.get(0).replace("elapsed", "Elapsed"));
        Files.write(jtl, lines);
        assertThatThrownBy(() -> LatencyRecordings.read(Recording.of(jtl))).isInstanceOf(RecordingFormatException.class)
                .hasMessage(jtl + ":1: a JMeter CSV result file needs the columns timeStamp, elapsed, label, success in"
                        + " its header, but 'elapsed' is missing; did you mean 'Elapsed'? Known: [Connect, Elapsed,"
                        + " IdleTime, Latency, URL, allThreads, bytes, dataType, failureMessage, grpThreads, label,"
                        + " responseCode, responseMessage, sentBytes, success, threadName, timeStamp]");
    }

    @Test
    void should_name_the_line_of_a_negative_latency() throws IOException {
        List<String> lines = Files.readAllLines(jtl);
        lines.set(7, lines.get(7).replaceFirst("^(\\d+),(\\d+),", "$1,-3,"));
        Files.write(jtl, lines);
        assertThatThrownBy(() -> LatencyRecordings.read(Recording.of(jtl).load(Load.PEAK)))
                .hasMessage(jtl + ":8: elapsed must be a whole number of milliseconds >= 0, but was '-3'");
    }

    @Test
    void should_refuse_time_stamps_that_are_not_milliseconds() throws IOException {
        List<String> lines = Files.readAllLines(jtl);
        lines.set(1, lines.get(1).replaceFirst("^\\d+,", "2026/11/20 10:00:00.123,"));
        Files.write(jtl, lines);
        assertThatThrownBy(() -> LatencyRecordings.read(Recording.of(jtl).load(Load.PEAK)))
                .hasMessage(jtl + ":2: timeStamp must be a whole number of milliseconds since the epoch (JMeter's"
                        + " timestamp_format=ms) >= 0, but was '2026/11/20 10:00:00.123'");
    }

    @Test
    void should_refuse_a_truncated_last_row() throws IOException {
        String text = Files.readString(jtl);
        Files.writeString(jtl, text.substring(0, text.length() - 40));
        long lines = text.lines().count();
        assertThatThrownBy(() -> LatencyRecordings.read(Recording.of(jtl).load(Load.PEAK)))
                .hasMessageStartingWith(jtl + ":" + lines + ": a row must have 17 fields, as the header has, but has ");
    }

    @Test
    void should_refuse_a_success_that_is_not_a_boolean() throws IOException {
        List<String> lines = Files.readAllLines(jtl);
        lines.set(3, lines.get(3).replace(",true,", ",yes,"));
        Files.write(jtl, lines);
        assertThatThrownBy(() -> LatencyRecordings.read(Recording.of(jtl).load(Load.PEAK)))
                .hasMessage(jtl + ":4: success must be true or false, but was 'yes'");
    }
}
