package dev.backendaudit.evidence.project;

import dev.backendaudit.evidence.architecture.Components;
import dev.backendaudit.evidence.delivery.DoraBands;
import dev.backendaudit.evidence.git.HistoryOptions;
import dev.backendaudit.evidence.git.ProgressListener;
import dev.backendaudit.evidence.quality.CoverageOptions;
import dev.backendaudit.evidence.quality.SourceSize;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What {@link ProjectEvidence#collect(ProjectOptions)} measures and how. Immutable; each
 * {@code with} method returns a copy.
 *
 * <pre>{@code
 * ProjectOptions options = ProjectOptions.of(Path.of("."))
 *         .history(h -> h.window(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-07-01T00:00:00Z")))
 *         .deployments(Path.of("ops/deployments.csv"))
 *         .components(Components.byPrefix(Map.of("com.acme.orders", "orders", "com.acme.billing", "billing")))
 *         .coverage(c -> c.complexityBound(15));
 * }</pre>
 *
 * @param root        the project directory
 * @param history     how git history is read; its window is the audit's window and its end the audit's time
 * @param deployments deployment records, if any (see {@code DeliveryRecords})
 * @param incidents   incident records, if any
 * @param bands       the DORA bands delivery measures are rated against
 * @param components  how compiled classes are grouped into components
 * @param coverage    how JaCoCo reports are judged
 * @param fileBound   source files with more lines of code are oversized
 * @param classBound  top-level classes with more lines of code are oversized
 * @param sources     sources run after the standard ones
 * @param progress    told how many commits were read
 */
public record ProjectOptions(Path root, HistoryOptions history, Optional<Path> deployments, Optional<Path> incidents,
                             DoraBands bands, Components components, CoverageOptions coverage, int fileBound,
                             int classBound, List<EvidenceSource> sources, ProgressListener progress) {

    /**
     * Checks the options.
     *
     * @throws IllegalArgumentException if incidents are given without deployments, or a size bound is less than 1
     */
    public ProjectOptions {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(deployments, "deployments");
        Objects.requireNonNull(incidents, "incidents");
        if (incidents.isPresent() && deployments.isEmpty()) {
            throw new IllegalArgumentException("incident records need deployment records beside them (the DORA"
                    + " measures rest on deployments), but only incidents " + incidents.get() + " were given");
        }
        Objects.requireNonNull(bands, "bands");
        Objects.requireNonNull(components, "components");
        Objects.requireNonNull(coverage, "coverage");
        if (fileBound < 1 || classBound < 1) {
            throw new IllegalArgumentException("size bounds must be >= 1, but were " + fileBound + " (file) and "
                    + classBound + " (class)");
        }
        sources = List.copyOf(sources);
        Objects.requireNonNull(progress, "progress");
    }

    /**
     * Defaults for {@code root}: {@code HistoryOptions.of(root)} (the 52 weeks up to now), no delivery
     * records, DORA 2021 bands, {@code Components.defaults()}, {@code CoverageOptions.defaults()},
     * the size bounds of {@link SourceSize}, no further sources, no progress.
     *
     * @param root the project directory
     * @return the options
     */
    public static ProjectOptions of(Path root) {
        HistoryOptions history = HistoryOptions.of(root);
        return new ProjectOptions(root, history, Optional.empty(), Optional.empty(), DoraBands.REPORT_2021,
                Components.defaults(), CoverageOptions.defaults().at(history.until()), SourceSize.DEFAULT_FILE_BOUND,
                SourceSize.DEFAULT_CLASS_BOUND, List.of(), ProgressListener.NONE);
    }

    /**
     * The time the audit describes: the end of the history window.
     *
     * @return the time
     */
    public Instant at() {
        return history.until();
    }

    /**
     * History read as {@code change} makes it from the current options.
     *
     * @param change e.g. {@code h -> h.window(since, until).tagPattern(pattern)}
     * @return a copy
     */
    public ProjectOptions history(UnaryOperator<HistoryOptions> change) {
        HistoryOptions changed = change.apply(history);
        return new ProjectOptions(root, changed, deployments, incidents, bands, components,
                coverage.at(changed.until()), fileBound, classBound, sources, progress);
    }

    /**
     * These deployment records.
     *
     * @param file a {@code .csv} or {@code .json} file
     * @return a copy
     */
    public ProjectOptions deployments(Path file) {
        return new ProjectOptions(root, history, Optional.of(file), incidents, bands, components, coverage, fileBound,
                classBound, sources, progress);
    }

    /**
     * These incident records (deployment records must be given too).
     *
     * @param file a {@code .csv} or {@code .json} file
     * @return a copy
     */
    public ProjectOptions incidents(Path file) {
        return new ProjectOptions(root, history, deployments, Optional.of(file), bands, components, coverage,
                fileBound, classBound, sources, progress);
    }

    /**
     * This grouping of classes into components.
     *
     * @param grouping the grouping
     * @return a copy
     */
    public ProjectOptions components(Components grouping) {
        return new ProjectOptions(root, history, deployments, incidents, bands, grouping, coverage, fileBound,
                classBound, sources, progress);
    }

    /**
     * Coverage judged as {@code change} makes it from the current options.
     *
     * @param change e.g. {@code c -> c.complexityBound(15)}
     * @return a copy
     */
    public ProjectOptions coverage(UnaryOperator<CoverageOptions> change) {
        return new ProjectOptions(root, history, deployments, incidents, bands, components, change.apply(coverage),
                fileBound, classBound, sources, progress);
    }

    /**
     * These size bounds.
     *
     * @param file  lines of code above which a file is oversized
     * @param type  lines of code above which a top-level class is oversized
     * @return a copy
     */
    public ProjectOptions sizeBounds(int file, int type) {
        return new ProjectOptions(root, history, deployments, incidents, bands, components, coverage, file, type,
                sources, progress);
    }

    /**
     * Runs {@code source} too, after the standard sources.
     *
     * @param source the source
     * @return a copy
     */
    public ProjectOptions source(EvidenceSource source) {
        List<EvidenceSource> more = new ArrayList<>(sources);
        more.add(Objects.requireNonNull(source, "source"));
        return new ProjectOptions(root, history, deployments, incidents, bands, components, coverage, fileBound,
                classBound, more, progress);
    }

    /**
     * Tells {@code listener} how many commits were read.
     *
     * @param listener the listener
     * @return a copy
     */
    public ProjectOptions progress(ProgressListener listener) {
        return new ProjectOptions(root, history, deployments, incidents, bands, components, coverage, fileBound,
                classBound, sources, listener);
    }
}
