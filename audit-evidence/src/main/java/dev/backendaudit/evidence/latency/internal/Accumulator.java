package dev.backendaudit.evidence.latency.internal;

import dev.backendaudit.evidence.latency.LatencyWindow;
import dev.backendaudit.evidence.latency.Load;
import dev.backendaudit.evidence.latency.RecordingFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.DoubleHistogram;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.Histogram;

/**
 * One window's running statistics: an HdrHistogram of its latencies and a few counters. Its size
 * depends on the range and precision of the values, never on how many samples pass through.
 */
public final class Accumulator {

    /** Significant digits of the histograms samples are recorded into (HdrHistogram's usual choice). */
    public static final int SAMPLE_DIGITS = 3;

    private static final double[] PERCENTILES = {50, 95, 99, 99.9, 100};

    private Histogram values;
    private DoubleHistogram doubles;
    private long count;
    private long outcomes;
    private long failures;
    private long first = Long.MAX_VALUE;
    private long last = Long.MIN_VALUE;
    private double intervalSeconds;
    private long intervals;
    private double maxLoad = Double.NaN;
    private OptionalDouble rate = OptionalDouble.empty();

    /** Records {@code n} samples of {@code value}. */
    void sample(Observation at, long value, long n) {
        if (values == null) {
            values = new Histogram(SAMPLE_DIGITS);
        }
        values.recordValueWithCount(value, n);
        count += n;
        if (at.outcomeKnown) {
            outcome(at, n);
        }
        seen(at);
    }

    /** Adds an interval histogram (integer or double). */
    void interval(Observation at, EncodableHistogram histogram, String file) {
        if (histogram instanceof DoubleHistogram) {
            if (values != null) {
                throw mixed(file, at);
            }
            DoubleHistogram d = (DoubleHistogram) histogram;
            if (doubles == null) {
                doubles = new DoubleHistogram(d.getNumberOfSignificantValueDigits());
            }
            doubles.add(d);
            count += d.getTotalCount();
        } else {
            if (doubles != null) {
                throw mixed(file, at);
            }
            AbstractHistogram h = (AbstractHistogram) histogram;
            if (values == null) {
                values = new Histogram(h.getNumberOfSignificantValueDigits());
            }
            values.add(h);
            count += h.getTotalCount();
        }
        intervals++;
        intervalSeconds += (at.endTime - at.time) / 1000.0;
        seen(at);
    }

    /** Counts one outcome without a latency. */
    void outcome(Observation at) {
        outcome(at, 1);
        seen(at);
    }

    /** A throughput the source states itself (wrk2's Requests/sec, JMH's ops/s). */
    void rate(double perSecond) {
        rate = OptionalDouble.of(perSecond);
    }

    private void outcome(Observation at, long n) {
        outcomes += n;
        if (at.failed) {
            failures += n;
        }
    }

    private void seen(Observation at) {
        if (at.time != Observation.NO_TIME) {
            first = Math.min(first, at.time);
            last = Math.max(last, at.endTime != Observation.NO_TIME ? at.endTime : at.time);
        }
        if (!Double.isNaN(at.load)) {
            maxLoad = Double.isNaN(maxLoad) ? at.load : Math.max(maxLoad, at.load);
        }
    }

    /** Whether nothing reached this window. */
    public boolean isEmpty() {
        return count == 0 && outcomes == 0 && intervals == 0;
    }

    /**
     * The window these statistics describe.
     *
     * @param file the recording
     * @param format its format
     * @param load the window's load
     * @param selection how it was chosen
     * @param nanosPerValue nanoseconds per recorded unit
     * @param recordsTime whether the observations' times are instants
     * @param concurrencyRecorded whether the load levels are thread or user counts (rather than rates)
     */
    public LatencyWindow window(String file, RecordingFormat format, Load load, String selection, double nanosPerValue,
                         boolean recordsTime, boolean concurrencyRecorded) {
        List<String> unknowns = new ArrayList<>();
        List<Optional<Duration>> found = new ArrayList<>();
        for (double p : PERCENTILES) {
            long needed = LatencyWindow.requiredSamples(p);
            if (count >= needed) {
                double value = doubles != null ? doubles.getValueAtPercentile(p)
                        : p >= 100 ? values.getMaxValue() : values.getValueAtPercentile(p);
                found.add(Optional.of(Duration.ofNanos(Math.round(value * nanosPerValue))));
            } else {
                found.add(Optional.empty());
                unknowns.add(name(p) + " latency under " + load.word() + " load: the " + load.word() + " window holds "
                        + count + (count == 1 ? " sample" : " samples") + "; " + name(p) + " needs at least " + needed
                        + " (" + LatencyWindow.MIN_TAIL_SAMPLES + " beyond it)");
            }
        }
        int digits = doubles != null ? doubles.getNumberOfSignificantValueDigits()
                : values != null ? values.getNumberOfSignificantValueDigits() : SAMPLE_DIGITS;
        Optional<Instant> from = recordsTime && first != Long.MAX_VALUE ? Optional.of(Instant.ofEpochMilli(first))
                : Optional.empty();
        Optional<Instant> until = recordsTime && last != Long.MIN_VALUE ? Optional.of(Instant.ofEpochMilli(last))
                : Optional.empty();
        // a rate or a share from fewer samples than a median needs is noise, not a measurement
        long enough = LatencyWindow.requiredSamples(50);
        OptionalDouble perSecond = rate;
        if (perSecond.isEmpty() && count >= enough && intervals > 0 && intervalSeconds > 0) {
            perSecond = OptionalDouble.of(count / intervalSeconds);
        } else if (perSecond.isEmpty() && count >= enough && recordsTime && last - first >= 1000) {
            perSecond = OptionalDouble.of(count / ((last - first) / 1000.0));
        } else if (perSecond.isEmpty() && count > 0) {
            unknowns.add("throughput under " + load.word() + " load: " + (recordsTime || intervals > 0
                    ? "the " + load.word() + " window holds " + count + " samples over " + (last - first) / 1000.0
                    + " s; a throughput needs at least " + enough + " samples over at least 1 s"
                    : "the recording has no times"));
        }
        OptionalDouble errors = outcomes >= enough ? OptionalDouble.of((double) failures / outcomes)
                : OptionalDouble.empty();
        if (outcomes > 0 && outcomes < enough) {
            unknowns.add("error rate under " + load.word() + " load: the " + load.word() + " window holds " + outcomes
                    + " outcomes; an error rate needs at least " + enough);
        }
        OptionalDouble concurrency = concurrencyRecorded && !Double.isNaN(maxLoad) ? OptionalDouble.of(maxLoad)
                : OptionalDouble.empty();
        String precision = "HdrHistogram, " + digits + " significant digits";
        return new LatencyWindow(file, format, load, selection, count, intervals, found.get(0), found.get(1),
                found.get(2), found.get(3), found.get(4), OptionalInt.of(digits), precision, from, until, perSecond,
                errors, concurrency, unknowns);
    }

    /** How a percentile is named in messages: {@code "p95"}, {@code "p99.9"}, {@code "maximum"}. */
    static String name(double percentile) {
        if (percentile >= 100) {
            return "maximum";
        }
        return "p" + (percentile == Math.rint(percentile) ? String.valueOf((long) percentile)
                : String.format(Locale.ROOT, "%s", percentile));
    }

    private static RuntimeException mixed(String file, Observation at) {
        return new dev.backendaudit.evidence.latency.RecordingFormatException(file + ":" + at.position()
                + ": a log must hold either integer or double histograms in one window, but this one mixes both");
    }
}
