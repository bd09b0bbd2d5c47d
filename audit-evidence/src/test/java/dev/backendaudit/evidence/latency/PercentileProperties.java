package dev.backendaudit.evidence.latency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;

/**
 * The law every reader keeps: a percentile it gives agrees with an exact sort of the same samples
 * within the histogram's stated precision, and a window too small for a percentile gives none.
 */
class PercentileProperties {

    private static final double[] PERCENTILES = {50, 95, 99, 99.9, 100};

    /** The nearest-rank percentile of sorted samples, HdrHistogram's definition (rank ceil(p·n/100), at least 1). */
    static long exact(long[] sorted, double percentile) {
        double p = Math.nextAfter(percentile, Double.NEGATIVE_INFINITY);
        long rank = Math.max(1, (long) Math.ceil(p * sorted.length / 100));
        return sorted[(int) Math.min(sorted.length, rank) - 1];
    }

    static void assertAgrees(LatencyWindow window, long[] micros) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        assertThat(window.samples()).isEqualTo(sorted.length);
        int digits = window.significantDigits().orElseThrow();
        for (double p : PERCENTILES) {
            Optional<Duration> reported = window.percentile(p);
            if (sorted.length < LatencyWindow.requiredSamples(p)) {
                assertThat(reported).as("p%s of %s samples", p, sorted.length).isEmpty();
                continue;
            }
            double exact = exact(sorted, p);
            double value = reported.orElseThrow().toNanos() / 1000.0;
            assertThat(value).as("p%s of %s samples", p, sorted.length).isGreaterThanOrEqualTo(exact);
            assertThat(value - exact).as("p%s of %s samples: %s against exact %s", p, sorted.length, value, exact)
                    .isLessThanOrEqualTo(exact * Math.pow(10, -digits));
        }
    }

    @Property(tries = 60)
    void should_agree_with_an_exact_sort_when_read_from_a_sample_file(
            @ForAll @Size(min = 1, max = 3000) List<@LongRange(min = 0, max = 30_000_000) Long> samples)
            throws IOException {
        Path file = Files.createTempFile("samples", ".txt");
        try {
            Files.writeString(file, samples.stream().map(String::valueOf).collect(Collectors.joining("\n")));
            LatencyReport report = LatencyRecordings.read(Recording.of(file).format(RecordingFormat.SAMPLES)
                    .unit(TimeUnit.MICROSECONDS).load(Load.NORMAL));
            assertAgrees(report.normal().orElseThrow(), samples.stream().mapToLong(Long::longValue).toArray());
        } finally {
            Files.delete(file);
        }
    }

    @Property(tries = 8)
    void should_agree_with_an_exact_sort_for_every_percentile_of_a_large_window(
            @ForAll @Size(min = 10_000, max = 12_000) List<@LongRange(min = 0, max = 3_000_000) Long> samples)
            throws IOException {
        should_agree_with_an_exact_sort_when_read_from_a_sample_file(samples);
    }

    @Property(tries = 40)
    void should_agree_with_an_exact_sort_when_read_from_an_interval_log(
            @ForAll @Size(min = 1, max = 3000) List<@LongRange(min = 0, max = 30_000_000) Long> samples)
            throws IOException {
        Path file = Files.createTempFile("samples", ".hlog");
        try (PrintStream out = new PrintStream(Files.newOutputStream(file), false, "UTF-8")) {
            HistogramLogWriter writer = new HistogramLogWriter(out);
            writer.outputStartTime(1_700_000_000_000L);
            writer.outputLegend();
            int perInterval = Math.max(1, samples.size() / 7);
            for (int from = 0, i = 0; from < samples.size(); from += perInterval, i++) {
                Histogram interval = new Histogram(3);
                samples.subList(from, Math.min(samples.size(), from + perInterval)).forEach(interval::recordValue);
                interval.setStartTimeStamp(1_700_000_000_000L + i * 1000L);
                interval.setEndTimeStamp(1_700_000_000_000L + (i + 1) * 1000L);
                writer.outputIntervalHistogram(interval);
            }
        }
        try {
            LatencyReport report = LatencyRecordings.read(Recording.of(file).unit(TimeUnit.MICROSECONDS)
                    .load(Load.PEAK));
            assertAgrees(report.peak().orElseThrow(), samples.stream().mapToLong(Long::longValue).toArray());
        } finally {
            Files.delete(file);
        }
    }
}
