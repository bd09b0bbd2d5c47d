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
import org.immutables.value.Value;

/**
 * What {@link ProjectEvidence#collect(ProjectOptions)} measures and how. Immutable; each
 * {@code with} method returns a copy.
 *
 * <pre>{@code
 * ProjectOptions options = ProjectOptions.of(Path.of("."))
 *         .history(h -> h.weeks(26))                            // the 26 weeks up to the newest commit
 *         .deployments(Path.of("ops/deployments.csv"))
 *         .service("checkout")                                  // the records of other services are not counted
 *         .components(Components.byPrefix(Map.of("com.acme.orders", "orders", "com.acme.billing", "billing")))
 *         .coverage(c -> c.complexityBound(15));
 * }</pre>
 *
 * @param root        the project directory
 * @param history     how git history is read, and the window asked for; {@link ProjectEvidence} settles it to the
 *                    window the history measured (see {@link #at()}), whose end is the audit's time
 * @param subject     the audited subject's name, if given; otherwise {@link ProjectEvidence} names it (see
 *                    {@link ProjectReport#subject()})
 * @param deployments deployment records, if any (see {@code DeliveryRecords})
 * @param incidents   incident records, if any
 * @param service     the service whose delivery records count, if named; otherwise the subject's (see
 *                    {@code ServiceRecords.forSubject})
 * @param bands       the DORA bands delivery measures are rated against
 * @param components  how compiled classes are grouped into components
 * @param coverage    how JaCoCo reports are judged
 * @param fileBound   source files with more lines of code are oversized
 * @param classBound  top-level classes with more lines of code are oversized
 * @param recordings  the latency recordings and load test read: those named, else those the project holds
 * @param sources     sources run after the standard ones
 * @param progress    told how many commits were read
 */
@Value.Builder
public record ProjectOptions(Path root, HistoryOptions history, Optional<String> subject, Optional<Path> deployments,
                             Optional<Path> incidents, Optional<String> service, DoraBands bands, Components components,
                             CoverageOptions coverage, int fileBound, int classBound, ProjectRecordings recordings,
                             List<EvidenceSource> sources, ProgressListener progress)
        implements WithProjectOptions {

    /**
     * Checks the options.
     *
     * @throws IllegalArgumentException if incidents or a service are given without deployments, the subject or the
     *                                  service is blank, or a size bound is less than 1
     */
    public ProjectOptions {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(deployments, "deployments");
        Objects.requireNonNull(incidents, "incidents");
        Objects.requireNonNull(service, "service");
        if (incidents.isPresent() && deployments.isEmpty()) {
            throw new IllegalArgumentException("incident records need deployment records beside them (the DORA"
                    + " measures rest on deployments), but only incidents " + incidents.get() + " were given");
        }
        if (service.isPresent() && deployments.isEmpty()) {
            throw new IllegalArgumentException("service needs deployment records beside it (it picks whose records"
                    + " count), but service '" + service.get() + "' was given without any");
        }
        subject.ifPresent(s -> notBlank("subject", s));
        service.ifPresent(s -> notBlank("service", s));
        Objects.requireNonNull(bands, "bands");
        Objects.requireNonNull(components, "components");
        Objects.requireNonNull(coverage, "coverage");
        if (fileBound < 1 || classBound < 1) {
            throw new IllegalArgumentException("size bounds must be >= 1, but were " + fileBound + " (file) and "
                    + classBound + " (class)");
        }
        Objects.requireNonNull(recordings, "recordings");
        sources = List.copyOf(sources);
        Objects.requireNonNull(progress, "progress");
    }

    private static void notBlank(String field, String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank, but was '" + value + "'");
        }
    }

    /**
     * Defaults for {@code root}: {@code HistoryOptions.of(root)} (the 52 complete weeks up to the newest commit;
     * for a directory in no git repository, up to now), the subject
     * named by {@link ProjectEvidence}, no delivery records, DORA 2021 bands, {@code Components.defaults()},
     * {@code CoverageOptions.defaults()}, the size bounds of {@link SourceSize}, the recordings and load tests
     * the project holds ({@link ProjectRecordings#found()}), no further sources, no progress.
     *
     * @param root the project directory
     * @return the options
     */
    public static ProjectOptions of(Path root) {
        HistoryOptions history = HistoryOptions.of(root);
        return new ProjectOptions(root, history, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                DoraBands.REPORT_2021, Components.defaults(), CoverageOptions.defaults(),
                SourceSize.DEFAULT_FILE_BOUND, SourceSize.DEFAULT_CLASS_BOUND, ProjectRecordings.found(), List.of(),
                ProgressListener.NONE);
    }

    /**
     * The time the audit describes: the end of the window, exclusive. {@link ProjectEvidence#collect} settles the
     * window before any source but the git history runs, so every such source sees here the end the history
     * measured (by default just after the newest commit or tag), or, for a directory in no git repository, the end
     * asked for, else the time the audit ran.
     *
     * @return the end of the window
     * @throws IllegalStateException if the window is not settled: no end was asked for, and the history, which ends
     *                               it with its newest commit, has not been read
     */
    public Instant at() {
        return history.until().orElseThrow(() -> unsettled("end"));
    }

    /**
     * The start of the window, inclusive, once settled as {@link #at()} says: the start the history measured, or,
     * for a directory in no git repository, the start asked for, else {@code weeks} complete weeks before the week
     * of its end.
     *
     * @return the start of the window
     * @throws IllegalStateException if the window is not settled
     */
    public Instant since() {
        if (history.until().isEmpty()) {
            throw unsettled("start");
        }
        return history.start(history.until().get());
    }

    private IllegalStateException unsettled(String end) {
        return new IllegalStateException("the window's " + end + " is not settled yet: without an end asked for"
                + " (history(h -> h.until(t))), the window of " + root + " ends with its newest commit, which only"
                + " ProjectEvidence.collect reads; use these options in an EvidenceSource it runs");
    }

    /**
     * History read as {@code change} makes it from the current options.
     *
     * @param change e.g. {@code h -> h.window(since, until).tagPattern(pattern)}
     * @return a copy
     */
    public ProjectOptions history(UnaryOperator<HistoryOptions> change) {
        HistoryOptions changed = change.apply(history);
        return new ProjectOptionsBuilder().from(this).history(changed)
                .coverage(changed.until().map(coverage::at).orElse(coverage)).build();
    }

    /**
     * This name for the audited subject, instead of the repository's (see {@link ProjectReport#subject()}).
     *
     * @param name e.g. {@code "github.com/shop/checkout"}
     * @return a copy
     * @throws IllegalArgumentException if the name is blank
     */
    public ProjectOptions subject(String name) {
        return withSubject(Optional.of(name));
    }

    /**
     * These deployment records.
     *
     * @param file a {@code .csv} or {@code .json} file
     * @return a copy
     */
    public ProjectOptions deployments(Path file) {
        return withDeployments(Optional.of(file));
    }

    /**
     * These incident records (deployment records must be given too).
     *
     * @param file a {@code .csv} or {@code .json} file
     * @return a copy
     */
    public ProjectOptions incidents(Path file) {
        return withIncidents(Optional.of(file));
    }

    /**
     * Counts the delivery records of this service only (deployment records must be given too), instead of
     * those of the subject's service.
     *
     * @param name the service, exactly as the records name it
     * @return a copy
     * @throws IllegalArgumentException if no deployment records are given, or the name is blank
     */
    public ProjectOptions service(String name) {
        return withService(Optional.of(name));
    }

    /**
     * This grouping of classes into components.
     *
     * @param grouping the grouping
     * @return a copy
     */
    public ProjectOptions components(Components grouping) {
        return withComponents(grouping);
    }

    /**
     * Coverage judged as {@code change} makes it from the current options.
     *
     * @param change e.g. {@code c -> c.complexityBound(15)}
     * @return a copy
     */
    public ProjectOptions coverage(UnaryOperator<CoverageOptions> change) {
        return withCoverage(change.apply(coverage));
    }

    /**
     * These size bounds.
     *
     * @param file  lines of code above which a file is oversized
     * @param type  lines of code above which a top-level class is oversized
     * @return a copy
     */
    public ProjectOptions sizeBounds(int file, int type) {
        return new ProjectOptionsBuilder().from(this).fileBound(file).classBound(type).build();
    }

    /**
     * These latency recordings and load test, instead of (or besides) those the project holds.
     *
     * @param selection e.g. {@code ProjectRecordings.found().loadTest(Path.of("perf/stepped.jtl"))}
     * @return a copy
     */
    public ProjectOptions recordings(ProjectRecordings selection) {
        return withRecordings(selection);
    }

    /**
     * Runs {@code source} too, after the standard sources.
     *
     * @param source the source
     * @return a copy
     */
    public ProjectOptions source(EvidenceSource source) {
        Objects.requireNonNull(source, "source");
        List<EvidenceSource> more = new ArrayList<>(sources);
        more.add(source);
        return withSources(more);
    }

    /**
     * Tells {@code listener} how many commits were read.
     *
     * @param listener the listener
     * @return a copy
     */
    public ProjectOptions progress(ProgressListener listener) {
        return withProgress(listener);
    }
}
