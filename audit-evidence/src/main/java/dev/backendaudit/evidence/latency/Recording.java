package dev.backendaudit.evidence.latency;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.immutables.value.Value;

/**
 * A recording to read, and how: its file, its format (recognised from the file unless given), the
 * unit of its values (for the formats that do not record it), the field that holds the latency,
 * and how its normal and peak windows are chosen. Immutable; each method returns a copy (the
 * generated withers, {@code withUnit(...)} and the like, do the same).
 *
 * <pre>{@code
 * Recording.of(Path.of("perf/run.jtl"))                               // format, unit and windows from the file
 * Recording.of(Path.of("perf/prod.hlog")).unit(TimeUnit.MICROSECONDS).windows(Windows.byTag("normal", "peak"))
 * Recording.of(Path.of("perf/wrk2.txt")).load(Load.PEAK)              // one distribution, recorded at peak
 * Recording.of(Path.of("perf/samples.csv")).field("latency_us").unit(TimeUnit.MICROSECONDS).load(Load.NORMAL)
 * }</pre>
 *
 * <p>Units by format: a JTL records milliseconds, k6 records milliseconds for its time metrics, a
 * JMH result names its {@code scoreUnit}, wrk2 prints milliseconds; an HdrHistogram log, a bare
 * {@code .hgrm} file and a plain sample file do not say, so their unit must be given.
 *
 * @param file    the recording
 * @param format  its format; empty to recognise it with {@link RecordingFormat#detect(Path)}
 * @param unit    the unit of its values; empty to take the format's own
 * @param field   which field holds the latency: a CSV column (plain samples; a JTL's default is
 *                {@code elapsed}) or a k6 metric (default {@code http_req_duration}); empty for the default
 * @param windows how the normal and peak windows are chosen
 */
@Value.Builder
public record Recording(Path file, Optional<RecordingFormat> format, Optional<TimeUnit> unit, Optional<String> field,
                        Windows windows) implements WithRecording {

    /** @throws NullPointerException if a component is null */
    public Recording {
        Objects.requireNonNull(file, "recording file must not be null");
        Objects.requireNonNull(format, "recording format must not be null");
        Objects.requireNonNull(unit, "recording unit must not be null");
        Objects.requireNonNull(field, "recording field must not be null");
        Objects.requireNonNull(windows, "recording windows must not be null");
        field.ifPresent(f -> {
            if (f.isBlank()) {
                throw new IllegalArgumentException("recording field must not be blank, but was '" + f + "'");
            }
        });
    }

    /**
     * The recording in {@code file}, its format recognised when read, windows by load level.
     *
     * @param file the recording
     * @return the recording
     */
    public static Recording of(Path file) {
        return new Recording(file, Optional.empty(), Optional.empty(), Optional.empty(), Windows.byLoad());
    }

    /**
     * This recording read as {@code format}.
     *
     * @param format the format
     * @return a copy
     */
    public Recording format(RecordingFormat format) {
        return withFormat(format);
    }

    /**
     * This recording with its values in {@code unit}.
     *
     * @param unit the unit of the recorded values
     * @return a copy
     */
    public Recording unit(TimeUnit unit) {
        return withUnit(unit);
    }

    /**
     * This recording with its latency in {@code field}.
     *
     * @param field a CSV column or a k6 metric
     * @return a copy
     */
    public Recording field(String field) {
        return withField(field);
    }

    /**
     * This recording with windows chosen by {@code windows}.
     *
     * @param windows the selection
     * @return a copy
     */
    public Recording windows(Windows windows) {
        return withWindows(windows);
    }

    /**
     * This recording as one window under {@code load}: {@code windows(Windows.whole(load))}.
     *
     * @param load the load it was recorded under
     * @return a copy
     */
    public Recording load(Load load) {
        return windows(Windows.whole(load));
    }
}
