package dev.backendaudit.evidence.latency;

import dev.backendaudit.evidence.latency.internal.Accumulator;
import dev.backendaudit.evidence.latency.internal.HgrmReader;
import dev.backendaudit.evidence.latency.internal.HlogReader;
import dev.backendaudit.evidence.latency.internal.JmhReader;
import dev.backendaudit.evidence.latency.internal.JtlReader;
import dev.backendaudit.evidence.latency.internal.K6Reader;
import dev.backendaudit.evidence.latency.internal.LoadProfile;
import dev.backendaudit.evidence.latency.internal.ProjectFiles;
import dev.backendaudit.evidence.latency.internal.RecordingReader;
import dev.backendaudit.evidence.latency.internal.SampleReader;
import dev.backendaudit.evidence.latency.internal.WindowSet;
import dev.backendaudit.internal.NearestMatch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Reads latency recordings a team already has into a {@link LatencyReport}: HdrHistogram interval
 * logs (with HdrHistogram's own reader), HdrHistogram percentile distributions and wrk2 output,
 * JMeter result files, k6 JSON output, JMH results and plain sample files. Every reader streams:
 * memory holds one HdrHistogram per window and a few counters, whatever the recording's length.
 *
 * <pre>{@code
 * LatencyReport stepped = LatencyRecordings.read(Recording.of(Path.of("perf/stepped.jtl")));
 * LatencyReport prod = LatencyRecordings.read(Recording.of(Path.of("perf/prod.hlog"))
 *         .unit(TimeUnit.MICROSECONDS).windows(Windows.byTag("normal", "peak")));
 * RecordingScan found = LatencyRecordings.find(Path.of("."));   // what a project directory holds
 * }</pre>
 *
 * <p>A selection by load level reads the file twice (first the distribution of load levels, then
 * the windows); every other selection reads it once.
 */
public final class LatencyRecordings {

    private LatencyRecordings() {
    }

    /**
     * Reads one recording.
     *
     * @param recording the file and how to read it
     * @return the windows found and the evidence they give
     * @throws IOException               if the file cannot be read
     * @throws RecordingFormatException  naming the file, position and rule, if the file is not what its format says
     * @throws IllegalArgumentException  if the format cannot be told, its unit is unknown, or the windows
     *                                   cannot be chosen the way asked for this format
     */
    public static LatencyReport read(Recording recording) throws IOException {
        Path file = recording.file();
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "the recording must be a readable file");
        }
        RecordingFormat format = recording.format().isPresent() ? recording.format().get()
                : RecordingFormat.detect(file).orElseThrow(() -> new IllegalArgumentException("the format of " + file
                        + " cannot be told from its name or content: name it .hlog, .hgrm or .jtl, or give"
                        + " Recording.format(...)"));
        Windows windows = recording.windows();
        allowed(format, windows, file);
        if (format == RecordingFormat.HGRM) {
            TimeUnit unit = HgrmReader.isWrk2(file) ? fixedUnit(recording, TimeUnit.MILLISECONDS, "wrk2 prints")
                    : needUnit(recording, "an HdrHistogram percentile distribution");
            Load load = ((Windows.Whole) windows).load();
            LatencyWindow window = HgrmReader.read(file, unit, load, windows.describe());
            return LatencyReport.of(file + " (" + format.title() + ")", load == Load.NORMAL ? Optional.of(window)
                    : Optional.empty(), load == Load.PEAK ? Optional.of(window) : Optional.empty(),
                    List.of(missing(load == Load.NORMAL ? Load.PEAK : Load.NORMAL, "the file holds one distribution")));
        }
        RecordingReader reader = reader(recording, format, windows);
        return windows(file, format, windows, reader);
    }

    private static LatencyReport windows(Path file, RecordingFormat format, Windows windows, RecordingReader reader)
            throws IOException {
        String sources = file + " (" + format.title() + ")";
        String loadUnit = loadUnit(format);
        List<String> unknowns = new ArrayList<>();
        LoadProfile profile = null;
        LoadProfile.Bands bands = null;
        if (windows instanceof Windows.ByLoad) {
            profile = new LoadProfile();
            reader.read(profile);
            bands = profile.bands((Windows.ByLoad) windows, loadUnit);
            if (bands.problem().isPresent()) {
                unknowns.addAll(reader.notes());
                unknowns.add(missing(Load.NORMAL, bands.problem().get()));
                unknowns.add(missing(Load.PEAK, bands.problem().get()));
                return LatencyReport.of(sources, Optional.empty(), Optional.empty(), unknowns);
            }
        }
        WindowSet set = new WindowSet(file.toString(), windows, profile, bands, reader.recordsTime());
        reader.read(set);
        unknowns.addAll(reader.notes());
        List<Optional<LatencyWindow>> found = new ArrayList<>();
        for (Load load : Load.values()) {
            Accumulator window = set.window(load);
            if (window.isEmpty()) {
                found.add(Optional.empty());
                if (!(windows instanceof Windows.Whole)) {
                    unknowns.add(missing(load, nothing(load, windows, set)));
                }
            } else {
                found.add(Optional.of(window.window(file.toString(), format, load, selection(load, windows, bands,
                        loadUnit), reader.nanosPerValue(), reader.recordsTime(), format != RecordingFormat.HLOG)));
            }
        }
        if (windows instanceof Windows.Whole) {
            Load other = ((Windows.Whole) windows).load() == Load.NORMAL ? Load.PEAK : Load.NORMAL;
            unknowns.add(missing(other, "the whole file was declared " + ((Windows.Whole) windows).load().word()
                    + " load"));
        }
        return LatencyReport.of(sources, found.get(0), found.get(1), unknowns);
    }

    private static RecordingReader reader(Recording recording, RecordingFormat format, Windows windows)
            throws IOException {
        Path file = recording.file();
        boolean names = windows instanceof Windows.ByTag || windows instanceof Windows.ByLabel;
        switch (format) {
            case HLOG:
                return new HlogReader(file, needUnit(recording, "an HdrHistogram log"));
            case JTL:
                fixedUnit(recording, TimeUnit.MILLISECONDS, "a JMeter result file records");
                return new JtlReader(file, recording.field().orElse("elapsed"), names);
            case K6_JSON:
                fixedUnit(recording, TimeUnit.MILLISECONDS, "k6 records time metrics in");
                return new K6Reader(file, recording.field().orElse(K6Reader.DEFAULT_METRIC), names);
            case JMH_JSON:
                if (recording.unit().isPresent()) {
                    throw new IllegalArgumentException(file + ": a JMH result names its own unit (scoreUnit); do not"
                            + " give one");
                }
                return new JmhReader(file, windows instanceof Windows.ByLabel ? List.of(((Windows.ByLabel) windows)
                        .normal(), ((Windows.ByLabel) windows).peak()) : List.of());
            case SAMPLES:
                return new SampleReader(file, recording.field(), needUnit(recording, "a plain sample file"));
            default:
                throw new AssertionError(format);
        }
    }

    private static void allowed(RecordingFormat format, Windows windows, Path file) {
        boolean ok;
        switch (format) {
            case HGRM:
            case SAMPLES:
                ok = windows instanceof Windows.Whole;
                break;
            case HLOG:
                ok = !(windows instanceof Windows.ByLabel);
                break;
            case JMH_JSON:
                ok = !(windows instanceof Windows.ByTag) && !(windows instanceof Windows.ByTime);
                break;
            default:
                ok = true;
        }
        if (!ok) {
            String what = windows instanceof Windows.ByLoad ? "load levels" : windows instanceof Windows.ByTag ? "tags"
                    : windows instanceof Windows.ByLabel ? "labels" : "times";
            throw new IllegalArgumentException(file + ": " + ProjectFiles.article(format.title()) + " has no " + what
                    + ", so its windows cannot be chosen " + windows.describe() + "; "
                    + (format == RecordingFormat.HGRM || format == RecordingFormat.SAMPLES
                    ? "declare the load it was recorded under: Recording.load(Load.PEAK) or Recording.load(Load.NORMAL)"
                    : "choose them another way (see Windows)"));
        }
    }

    private static String nothing(Load load, Windows windows, WindowSet set) {
        if (windows instanceof Windows.ByTag) {
            String tag = load == Load.NORMAL ? ((Windows.ByTag) windows).normal() : ((Windows.ByTag) windows).peak();
            return "no observation has the tag '" + tag + "'" + NearestMatch.suggestion(tag, set.tags());
        }
        if (windows instanceof Windows.ByLabel) {
            String label = load == Load.NORMAL ? ((Windows.ByLabel) windows).normal()
                    : ((Windows.ByLabel) windows).peak();
            return "no observation has the label '" + label + "'" + NearestMatch.suggestion(label, set.labels());
        }
        if (windows instanceof Windows.ByTime) {
            Windows.TimeRange range = load == Load.NORMAL ? ((Windows.ByTime) windows).normal()
                    : ((Windows.ByTime) windows).peak();
            return "no observation lies in " + range;
        }
        return "no observation lies in the " + load.word() + " band of load levels";
    }

    private static String selection(Load load, Windows windows, LoadProfile.Bands bands, String loadUnit) {
        if (windows instanceof Windows.ByTag) {
            return "tag '" + (load == Load.NORMAL ? ((Windows.ByTag) windows).normal() : ((Windows.ByTag) windows).peak())
                    + "'";
        }
        if (windows instanceof Windows.ByLabel) {
            return "label '" + (load == Load.NORMAL ? ((Windows.ByLabel) windows).normal()
                    : ((Windows.ByLabel) windows).peak()) + "'";
        }
        if (windows instanceof Windows.ByTime) {
            return "time " + (load == Load.NORMAL ? ((Windows.ByTime) windows).normal() : ((Windows.ByTime) windows).peak());
        }
        if (windows instanceof Windows.ByLoad) {
            Windows.ByLoad byLoad = (Windows.ByLoad) windows;
            return load == Load.PEAK ? bands.peak(loadUnit) + " (load levels from the " + rank(byLoad.peakFrom())
                    + " percentile)" : bands.normal(loadUnit) + " (load levels from the " + rank(byLoad.normalFrom())
                    + " to the " + rank(byLoad.normalTo()) + " percentile)";
        }
        return "the whole file, declared " + load.word() + " load";
    }

    private static String rank(double rank) {
        return Math.round(rank * 100) + "th";
    }

    static String missing(Load load, String why) {
        return load.word() + " window: " + why;
    }

    private static String loadUnit(RecordingFormat format) {
        switch (format) {
            case HLOG: return "values/s";
            case JTL: return "allThreads";
            case K6_JSON: return "VUs";
            default: return "threads";
        }
    }

    private static TimeUnit needUnit(Recording recording, String what) {
        return recording.unit().orElseThrow(() -> new IllegalArgumentException(recording.file() + ": " + what
                + " does not record the unit of its values; give it: Recording.unit(TimeUnit.MICROSECONDS), or"
                + " --latency FILE:us on the command line"));
    }

    private static TimeUnit fixedUnit(Recording recording, TimeUnit unit, String what) {
        if (recording.unit().isPresent() && recording.unit().get() != unit) {
            throw new IllegalArgumentException(recording.file() + ": " + what + " " + unit.name().toLowerCase(
                    java.util.Locale.ROOT) + ", so its unit cannot be " + recording.unit().get().name().toLowerCase(
                    java.util.Locale.ROOT));
        }
        return unit;
    }

    /**
     * Finds the recordings a project directory holds and reads the ones that describe themselves
     * (JMeter result files and k6 JSON output, windows by load level); the others are listed with what
     * is needed to read them. See {@link RecordingScan}.
     *
     * @param directory the project directory
     * @return what was found, read and left unread
     * @throws IOException if the directory cannot be walked
     */
    public static RecordingScan find(Path directory) throws IOException {
        return RecordingScan.of(directory);
    }
}
