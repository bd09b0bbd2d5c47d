package dev.backendaudit.evidence.latency;

import dev.backendaudit.model.Quantity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What one window of a recording holds: its latency percentiles, throughput, error rate and load,
 * with the file, how the window was chosen and how many samples it rests on as provenance.
 *
 * <pre>{@code
 * LatencyWindow peak = report.peak().orElseThrow();
 * peak.p95();          // Optional[PT0.412S]; empty when the window is too small for a p95
 * peak.samples();      // 48210
 * peak.selection();    // "allThreads >= 64 (the busiest tenth of load levels)"
 * }</pre>
 *
 * <p>A percentile is given only when the window holds enough samples that at least
 * {@value #MIN_TAIL_SAMPLES} of them lie beyond it ({@link #requiredSamples(double)}: 20 for the
 * median and the maximum, 200 for p95, 1,000 for p99, 10,000 for p99.9); a smaller window leaves it
 * empty and says so in {@link #unknowns()}, never a number from three samples.
 *
 * @param file              the recording
 * @param format            its format
 * @param load              the load this window stands for
 * @param selection         how the window was chosen, in words
 * @param samples           latency samples in the window
 * @param intervals         histogram intervals in the window (HdrHistogram logs), otherwise 0
 * @param p50               median latency
 * @param p95               95th percentile
 * @param p99               99th percentile
 * @param p999              99.9th percentile
 * @param max               largest latency
 * @param significantDigits the precision of the percentiles, in significant decimal digits, when
 *                          they come from a histogram; empty when they are read from a printed table
 * @param precision         the precision in words, e.g. {@code "HdrHistogram, 3 significant digits"}
 * @param from              the first observation's time, when the format records time
 * @param until             the last observation's time
 * @param requestsPerSecond samples per second over the window, when the format records time or rate
 * @param errorRate         the share of failed samples, when the format records success
 * @param concurrency       the most threads or virtual users active in the window, when recorded
 * @param unknowns          what this window could not tell, and why
 */
public record LatencyWindow(String file, RecordingFormat format, Load load, String selection, long samples,
                            long intervals, Optional<Duration> p50, Optional<Duration> p95, Optional<Duration> p99,
                            Optional<Duration> p999, Optional<Duration> max, OptionalInt significantDigits,
                            String precision, Optional<Instant> from, Optional<Instant> until,
                            OptionalDouble requestsPerSecond, OptionalDouble errorRate, OptionalDouble concurrency,
                            List<String> unknowns) {

    /** How many samples must lie beyond a percentile for it to be given. */
    public static final int MIN_TAIL_SAMPLES = 10;

    /** @throws NullPointerException if a component is null; IllegalArgumentException if a count is negative */
    public LatencyWindow {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(load, "load");
        Objects.requireNonNull(selection, "selection");
        if (samples < 0 || intervals < 0) {
            throw new IllegalArgumentException("sample and interval counts must be >= 0, but were " + samples + " and "
                    + intervals);
        }
        unknowns = List.copyOf(unknowns);
    }

    /**
     * How many samples a window needs before {@code percentile} is given: enough that
     * {@value #MIN_TAIL_SAMPLES} lie beyond it; the maximum (100) needs as many as the median.
     *
     * @param percentile a percentile in (0, 100]
     * @return the smallest sample count
     */
    public static long requiredSamples(double percentile) {
        double tailPercent = percentile >= 100 ? 50 : 100 - percentile;
        return (long) Math.ceil(MIN_TAIL_SAMPLES * 100 / tailPercent - 1e-6);
    }

    /**
     * The percentile, by number: 50, 95, 99, 99.9 or 100 (the maximum).
     *
     * @param percentile one of the percentiles a window holds
     * @return its latency, if the window holds enough samples
     * @throws IllegalArgumentException for another percentile
     */
    public Optional<Duration> percentile(double percentile) {
        if (percentile == 50) {
            return p50;
        }
        if (percentile == 95) {
            return p95;
        }
        if (percentile == 99) {
            return p99;
        }
        if (percentile == 99.9) {
            return p999;
        }
        if (percentile == 100) {
            return max;
        }
        throw new IllegalArgumentException("percentile must be one of 50, 95, 99, 99.9, 100, but was " + percentile);
    }

    /**
     * The window in one line: {@code "peak: p50 12 ms, p95 48 ms, p99 97 ms, p99.9 -, max 210 ms;
     * 48210 samples, 803/s, errors 0.4%; allThreads >= 64 ..."}.
     *
     * @return the line
     */
    public String describe() {
        StringBuilder text = new StringBuilder(load.word()).append(": ");
        text.append("p50 ").append(show(p50)).append(", p95 ").append(show(p95)).append(", p99 ").append(show(p99))
                .append(", p99.9 ").append(show(p999)).append(", max ").append(show(max)).append("; ")
                .append(samples).append(" samples");
        requestsPerSecond.ifPresent(r -> text.append(", ").append(Quantity.of(r, dev.backendaudit.model.Unit.PER_SECOND)));
        errorRate.ifPresent(r -> text.append(", errors ").append(Quantity.ratio(r)));
        concurrency.ifPresent(c -> text.append(", up to ").append(Math.round(c)).append(" threads"));
        return text.append("; ").append(selection).toString();
    }

    private static String show(Optional<Duration> value) {
        return value.map(d -> Quantity.of(d).toString()).orElse("-");
    }
}
