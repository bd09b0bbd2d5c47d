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
            return new Bands(0, 0, 0, 0, 0, 0, Optional.of("the recording holds no load level (" + unit + "), so its windows"
                    + " cannot be chosen by load: choose them by tag, label or time, or declare the whole file's load"));
        }
        long normalLow = loads.getValueAtPercentile(bands.normalFrom() * 100);
        long normalHigh = loads.getValueAtPercentile(bands.normalTo() * 100);
        long peakLow = loads.getValueAtPercentile(bands.peakFrom() * 100);
        if (peakLow < bands.minPeakRatio() * normalLow) {
            return new Bands(normalLow, normalHigh, peakLow, low(normalLow), low(normalHigh), low(peakLow), Optional.of(
                    "the load hardly varies (the peak band starts at " + show(low(peakLow) / SCALE) + " " + unit
                    + ", the normal band at " + show(low(normalLow) / SCALE)
                    + "; a peak must reach " + show(bands.minPeakRatio()) + "x the normal band's lowest load), so no"
                    + " window is a peak: declare the whole file's load or choose the windows by tag, label or time"));
        }
        return new Bands(normalLow, normalHigh, peakLow, low(normalLow), low(normalHigh), low(peakLow), Optional.empty());
    }

    private long low(long value) {
        return loads.lowestEquivalentValue(value);
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
     * @param displayLow  the normal band's lowest level as shown (its bucket's start)
     * @param displayHigh the normal band's highest level as shown
     * @param displayPeak the peak band's lowest level as shown
     * @param problem    why the load cannot be banded, when it cannot
     */
    public record Bands(long normalLow, long normalHigh, long peakLow, long displayLow, long displayHigh,
                        long displayPeak, Optional<String> problem) {

        /** The normal band in words (each bound as the start of its histogram bucket, to 3 digits). */
        public String normal(String unit) {
            return unit + " " + show(displayLow / SCALE) + " to " + show(displayHigh / SCALE);
        }

        /** The peak band in words. */
        public String peak(String unit) {
            return unit + " >= " + show(displayPeak / SCALE);
        }
    }
}
