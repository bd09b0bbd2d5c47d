package dev.backendaudit.evidence.latency.internal;

import dev.backendaudit.evidence.latency.Windows;
import java.util.Optional;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.Histogram;

/**
 * The first pass of a selection by load level: the distribution of the observations' load levels,
 * kept in an HdrHistogram (constant memory), and the bands of normal and peak load it gives.
 */
public final class LoadProfile implements Sink {

    /** Load levels are kept in thousandths, so that rates below one per second keep three digits. */
    private static final double SCALE = 1000;

    private final Histogram loads = new Histogram(3);
    private long unrecorded;

    @Override
    public void sample(Observation at, long value, long count) {
        record(at, count);
    }

    @Override
    public void interval(Observation at, EncodableHistogram histogram) {
        record(at, 1);
    }

    @Override
    public void outcome(Observation at) {
        // outcomes carry no latency: they follow the samples' bands but do not shape them
    }

    private void record(Observation at, long weight) {
        if (Double.isNaN(at.load)) {
            unrecorded += weight;
        } else {
            loads.recordValueWithCount(Math.max(0, Math.round(at.load * SCALE)), weight);
        }
    }

    /**
     * The bands, or why there are none.
     *
     * @param bands   the ranks that make the bands
     * @param unit    what a load level counts, for messages: {@code "threads"}, {@code "values/s"}
     * @return the bands, or the reason there are none
     */
    public Bands bands(Windows.ByLoad bands, String unit) {
        if (loads.getTotalCount() == 0) {
            return new Bands(0, 0, 0, Optional.of("the recording holds no load level (" + unit + "), so its windows"
                    + " cannot be chosen by load: choose them by tag, label or time, or declare the whole file's load"));
        }
        long normalLow = loads.getValueAtPercentile(bands.normalFrom() * 100);
        long normalHigh = loads.getValueAtPercentile(bands.normalTo() * 100);
        long peakLow = loads.getValueAtPercentile(bands.peakFrom() * 100);
        long median = loads.getValueAtPercentile(50);
        if (peakLow < bands.minPeakRatio() * median) {
            return new Bands(normalLow, normalHigh, peakLow, Optional.of("the load hardly varies (the busiest tenth is at "
                    + show(peakLow / SCALE) + " " + unit + ", the median at " + show(median / SCALE) + "; a peak must reach "
                    + show(bands.minPeakRatio()) + "x the median), so no window is a peak: declare the whole file's load"
                    + " or choose the windows by tag, label or time"));
        }
        return new Bands(normalLow, normalHigh, peakLow, Optional.empty());
    }

    /** Observations whose load was not recorded, for messages. */
    public long unrecorded() {
        return unrecorded;
    }

    /** Whether {@code load} lies in the peak band, or in the normal band, of these loads. */
    int band(double load, Bands bands) {
        long value = loads.highestEquivalentValue(Math.max(0, Math.round(load * SCALE)));
        if (value >= bands.peakLow) {
            return 1;
        }
        if (value >= bands.normalLow && value <= bands.normalHigh) {
            return 0;
        }
        return -1;
    }

    /** A load level as a person reads it. */
    static String show(double scaledOrPlain) {
        return new java.math.BigDecimal(scaledOrPlain).round(new java.math.MathContext(3)).stripTrailingZeros()
                .toPlainString();
    }

    /**
     * The bands in thousandths of a load level, or why there are none.
     *
     * @param normalLow  the normal band's lowest level
     * @param normalHigh the normal band's highest level
     * @param peakLow    the peak band's lowest level
     * @param problem    why the load cannot be banded, when it cannot
     */
    public record Bands(long normalLow, long normalHigh, long peakLow, Optional<String> problem) {

        /** The normal band in words. */
        public String normal(String unit) {
            return unit + " " + show(normalLow / SCALE) + " to " + show(normalHigh / SCALE);
        }

        /** The peak band in words. */
        public String peak(String unit) {
            return unit + " >= " + show(peakLow / SCALE);
        }
    }
}
