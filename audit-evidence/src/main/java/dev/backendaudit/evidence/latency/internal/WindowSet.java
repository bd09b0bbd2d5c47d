package dev.backendaudit.evidence.latency.internal;

import dev.backendaudit.evidence.latency.Load;
import dev.backendaudit.evidence.latency.RecordingFormatException;
import dev.backendaudit.evidence.latency.Windows;
import java.util.LinkedHashSet;
import java.util.Set;
import org.HdrHistogram.EncodableHistogram;

/**
 * The second pass: sends each observation to the normal window, the peak window or neither, as the
 * selection says, and remembers (up to a bound) which tags and labels it saw, for messages.
 */
public final class WindowSet implements Sink {

    private static final int MAX_NAMES = 50;

    private final String file;
    private final Windows windows;
    private final LoadProfile profile;
    private final LoadProfile.Bands bands;
    private final boolean recordsTime;
    private final Accumulator normal = new Accumulator();
    private final Accumulator peak = new Accumulator();
    private final Set<String> tags = new LinkedHashSet<>();
    private final Set<String> labels = new LinkedHashSet<>();

    /**
     * @param profile the first pass, for a selection by load; null otherwise
     * @param bands   its bands, for a selection by load; null otherwise
     */
    public WindowSet(String file, Windows windows, LoadProfile profile, LoadProfile.Bands bands, boolean recordsTime) {
        this.file = file;
        this.windows = windows;
        this.profile = profile;
        this.bands = bands;
        this.recordsTime = recordsTime;
    }

    @Override
    public void sample(Observation at, long value, long count) {
        Accumulator target = target(at);
        if (target != null) {
            target.sample(at, value, count);
        }
    }

    @Override
    public void interval(Observation at, EncodableHistogram histogram) {
        Accumulator target = target(at);
        if (target != null) {
            target.interval(at, histogram, file);
        }
    }

    @Override
    public void outcome(Observation at) {
        Accumulator target = target(at);
        if (target != null) {
            target.outcome(at);
        }
    }

    @Override
    public void rate(Observation at, double perSecond) {
        Accumulator target = target(at);
        if (target != null) {
            target.rate(perSecond);
        }
    }

    /** The window of {@code load}. */
    public Accumulator window(Load load) {
        return load == Load.NORMAL ? normal : peak;
    }

    /** The tags seen (at most 50), in order of appearance. */
    public Set<String> tags() {
        return tags;
    }

    /** The labels seen (at most 50), in order of appearance. */
    public Set<String> labels() {
        return labels;
    }

    private Accumulator target(Observation at) {
        remember(tags, at.tag);
        remember(labels, at.label);
        if (windows instanceof Windows.Whole) {
            return window(((Windows.Whole) windows).load());
        }
        if (windows instanceof Windows.ByTag) {
            Windows.ByTag byTag = (Windows.ByTag) windows;
            return pick(at.tag, byTag.normal(), byTag.peak());
        }
        if (windows instanceof Windows.ByLabel) {
            Windows.ByLabel byLabel = (Windows.ByLabel) windows;
            return pick(at.label, byLabel.normal(), byLabel.peak());
        }
        if (windows instanceof Windows.ByTime) {
            if (!recordsTime || at.time == Observation.NO_TIME) {
                throw new RecordingFormatException(file + ":" + at.position() + ": windows by time need a time for every"
                        + " observation, but this one has none; choose the windows by tag, label or load");
            }
            Windows.ByTime byTime = (Windows.ByTime) windows;
            return byTime.peak().contains(at.time) ? peak : byTime.normal().contains(at.time) ? normal : null;
        }
        if (Double.isNaN(at.load)) {
            return null;
        }
        int band = profile.band(at.load, bands);
        return band > 0 ? peak : band == 0 ? normal : null;
    }

    private Accumulator pick(String value, String normalName, String peakName) {
        if (value == null) {
            return null;
        }
        return value.equals(peakName) ? peak : value.equals(normalName) ? normal : null;
    }

    private static void remember(Set<String> names, String name) {
        if (name != null && names.size() < MAX_NAMES) {
            names.add(name);
        }
    }
}
