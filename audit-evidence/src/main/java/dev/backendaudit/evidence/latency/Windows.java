package dev.backendaudit.evidence.latency;

import java.time.Instant;
import java.util.Objects;

/**
 * How the normal-load and peak-load windows of a recording are chosen: the whole file under one
 * declared load, by tag, by label, by time range, or by load level.
 *
 * <pre>{@code
 * Windows.whole(Load.PEAK)                          // the file was recorded at peak
 * Windows.byTag("normal", "peak")                   // hlog tags, k6 scenarios, JMeter thread groups
 * Windows.byLabel("browse", "checkout")             // JMeter labels, k6 request names, JMH benchmarks
 * Windows.byTime(new Windows.TimeRange(monday9, monday10), new Windows.TimeRange(friday18, friday19))
 * Windows.byLoad()                                  // the quieter half and the busiest tenth
 * }</pre>
 *
 * <p>What "tag" and "label" mean in each format:
 * <table>
 *   <caption>tags and labels by format</caption>
 *   <tr><th>format</th><th>tag</th><th>label</th><th>load level</th></tr>
 *   <tr><td>hlog</td><td>the interval's {@code Tag=}</td><td>-</td><td>recorded values per second of the interval</td></tr>
 *   <tr><td>JTL</td><td>the thread group (thread name without its {@code " 1-1"} suffix)</td><td>{@code label}</td><td>{@code allThreads}</td></tr>
 *   <tr><td>k6</td><td>the {@code scenario} tag</td><td>the {@code name} tag</td><td>the last {@code vus} point</td></tr>
 *   <tr><td>JMH</td><td>-</td><td>the benchmark (full or {@code Class.method})</td><td>{@code threads}</td></tr>
 * </table>
 * A {@code .hgrm} distribution and a plain sample file have neither tags nor load levels: their
 * load must be declared with {@link #whole(Load)}.
 */
public sealed interface Windows permits Windows.Whole, Windows.ByTag, Windows.ByLabel, Windows.ByTime,
        Windows.ByLoad {

    /**
     * The whole file is one window, recorded under {@code load}.
     *
     * @param load the load the recording was made under
     * @return the selection
     */
    static Windows whole(Load load) {
        return new Whole(load);
    }

    /**
     * The windows are the observations tagged {@code normal} and {@code peak}.
     *
     * @param normal the tag of the normal-load observations
     * @param peak   the tag of the peak-load observations
     * @return the selection
     * @throws IllegalArgumentException if a tag is blank or both are equal
     */
    static Windows byTag(String normal, String peak) {
        return new ByTag(normal, peak);
    }

    /**
     * The windows are the observations labelled {@code normal} and {@code peak}.
     *
     * @param normal the label of the normal-load observations
     * @param peak   the label of the peak-load observations
     * @return the selection
     * @throws IllegalArgumentException if a label is blank or both are equal
     */
    static Windows byLabel(String normal, String peak) {
        return new ByLabel(normal, peak);
    }

    /**
     * The windows are the observations made within two time ranges.
     *
     * @param normal when the load was normal
     * @param peak   when the load was at its peak
     * @return the selection
     */
    static Windows byTime(TimeRange normal, TimeRange peak) {
        return new ByTime(normal, peak);
    }

    /**
     * The windows are chosen by load level with the default bands: normal is the middle half of the
     * observations' load levels (from the 25th to the 75th percentile), peak the busiest tenth (the
     * 90th percentile and above), provided the peak band's lowest load is at least 1.5 times the normal
     * band's lowest load (otherwise the load hardly varies, and no window is a peak).
     *
     * @return the selection
     */
    static Windows byLoad() {
        return ByLoad.DEFAULTS;
    }

    /**
     * How the windows are chosen, in words, for provenance.
     *
     * @return e.g. {@code "by tag ('normal', 'peak')"}
     */
    String describe();

    /**
     * The whole file under one load.
     *
     * @param load the load
     */
    record Whole(Load load) implements Windows {
        /** @throws NullPointerException if {@code load} is null */
        public Whole {
            Objects.requireNonNull(load, "load must not be null");
        }

        @Override
        public String describe() {
            return "the whole file, declared " + load.word() + " load";
        }
    }

    /**
     * By tag.
     *
     * @param normal the normal-load tag
     * @param peak   the peak-load tag
     */
    record ByTag(String normal, String peak) implements Windows {
        /** @throws IllegalArgumentException if a tag is blank or both are equal */
        public ByTag {
            checkPair("tag", normal, peak);
        }

        @Override
        public String describe() {
            return "by tag ('" + normal + "', '" + peak + "')";
        }
    }

    /**
     * By label.
     *
     * @param normal the normal-load label
     * @param peak   the peak-load label
     */
    record ByLabel(String normal, String peak) implements Windows {
        /** @throws IllegalArgumentException if a label is blank or both are equal */
        public ByLabel {
            checkPair("label", normal, peak);
        }

        @Override
        public String describe() {
            return "by label ('" + normal + "', '" + peak + "')";
        }
    }

    /**
     * By time range.
     *
     * @param normal the normal-load range
     * @param peak   the peak-load range
     */
    record ByTime(TimeRange normal, TimeRange peak) implements Windows {
        /** @throws NullPointerException if a range is null */
        public ByTime {
            Objects.requireNonNull(normal, "normal time range must not be null");
            Objects.requireNonNull(peak, "peak time range must not be null");
        }

        @Override
        public String describe() {
            return "by time (normal " + normal + ", peak " + peak + ")";
        }
    }

    /**
     * By load level: each observation's load is ranked among all observations' loads.
     *
     * @param normalFrom   the lowest rank (0 to 1) of the normal band
     * @param normalTo     the highest rank of the normal band
     * @param peakFrom     the lowest rank of the peak band
     * @param minPeakRatio the peak band's lowest load must be at least this multiple of the normal
     *                     band's lowest load; a flatter recording has no peak
     */
    record ByLoad(double normalFrom, double normalTo, double peakFrom, double minPeakRatio) implements Windows {

        /** The default bands: normal 25th to 75th percentile, peak from the 90th, at least 1.5x the normal band's start. */
        public static final ByLoad DEFAULTS = new ByLoad(0.25, 0.75, 0.90, 1.5);

        /** @throws IllegalArgumentException unless {@code 0 <= normalFrom <= normalTo < peakFrom <= 1} and the ratio is at least 1 */
        public ByLoad {
            if (!(normalFrom >= 0 && normalFrom <= normalTo && normalTo < peakFrom && peakFrom <= 1)) {
                throw new IllegalArgumentException("load bands must satisfy 0 <= normalFrom <= normalTo < peakFrom <= 1,"
                        + " but were " + normalFrom + ", " + normalTo + ", " + peakFrom);
            }
            if (!(minPeakRatio >= 1) || Double.isInfinite(minPeakRatio)) {
                throw new IllegalArgumentException("minimum peak ratio must be a finite number >= 1, but was "
                        + minPeakRatio);
            }
        }

        @Override
        public String describe() {
            return "by load level (normal: " + percent(normalFrom) + " to " + percent(normalTo)
                    + " of load levels, peak: from " + percent(peakFrom) + ")";
        }

        private static String percent(double rank) {
            return Math.round(rank * 100) + "th percentile";
        }
    }

    /**
     * A time range, from inclusive to until exclusive.
     *
     * @param from  the first instant in the range
     * @param until the first instant after it
     */
    record TimeRange(Instant from, Instant until) {
        /** @throws IllegalArgumentException unless {@code from} is before {@code until} */
        public TimeRange {
            Objects.requireNonNull(from, "time range start must not be null");
            Objects.requireNonNull(until, "time range end must not be null");
            if (!from.isBefore(until)) {
                throw new IllegalArgumentException("time range start must be before its end " + until + ", but was "
                        + from);
            }
        }

        /**
         * Whether {@code epochMillis} lies in the range.
         *
         * @param epochMillis an instant in milliseconds since the epoch
         * @return true when {@code from <= t < until}
         */
        public boolean contains(long epochMillis) {
            return epochMillis >= from.toEpochMilli() && epochMillis < until.toEpochMilli();
        }

        @Override
        public String toString() {
            return from + " .. " + until;
        }
    }

    private static void checkPair(String what, String normal, String peak) {
        if (normal == null || normal.isBlank() || peak == null || peak.isBlank()) {
            throw new IllegalArgumentException("the normal and peak " + what + "s must not be blank, but were '"
                    + normal + "' and '" + peak + "'");
        }
        if (normal.equals(peak)) {
            throw new IllegalArgumentException("the normal and peak " + what + "s must differ, but both were '"
                    + normal + "'");
        }
    }
}
