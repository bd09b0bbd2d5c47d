package dev.backendaudit.evidence.project;

import dev.backendaudit.evidence.project.internal.BuildSources;
import dev.backendaudit.evidence.project.internal.RecordingSource;
import dev.backendaudit.evidence.project.internal.RepositorySources;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures everything a project directory holds in one call: git history, repository layout,
 * delivery records (when given), latency recordings and load tests, compiled classes of every
 * module, JaCoCo coverage reports, Surefire and Failsafe test reports, and the size of the main sources.
 *
 * <pre>{@code
 * ProjectReport project = ProjectEvidence.collect(ProjectOptions.of(Path.of(".")));
 * Audit audit = Audit.builder(project.subject())          // github.com/shop/checkout, say
 *         .at(project.at())
 *         .checklist(StandardChecklist.checklist())
 *         .evidence(project.evidence())
 *         .build();
 * System.out.print(project.summary());           // what each source measured, and what stayed unknown
 * }</pre>
 *
 * <p>Each source that finds nothing to measure (no repository, no build output, no reports) says
 * so in its unknowns, and its criteria stay UNKNOWN; a source that finds something it cannot read
 * (a malformed report, a jar that is not a jar, a shallow clone) fails naming the file, since a
 * half-read project would give a wrong verdict. Sources run one after the other, in the order of
 * {@link #STANDARD}, then those of {@link ProjectOptions#sources()}; each sees the options with the
 * subject named ({@link ProjectReport#subject()}), so that delivery records are picked for it.
 *
 * <p><b>The window.</b> The git history runs first and settles the window every later source
 * measures: the window it measured, bounded by the data ({@code GitHistory}: by default the weeks
 * up to just after the newest commit or tag, a window past the data clipped to it, with a note in
 * its summary), so layout, delivery records, classes and reports describe the same time as the
 * history. A directory inside a git work tree is audited as that path's history (a module of a
 * monorepo). A directory in no git repository is audited from what it holds, and its window is the
 * one asked for, ending now unless {@code until} is given. The report's {@link ProjectReport#since()}
 * and {@link ProjectReport#at()} are the window measured.
 */
public final class ProjectEvidence {

    /** The standard sources, in the order they run. One line each: a new kind of evidence is one more. */
    public static final List<EvidenceSource> STANDARD = List.of(
            new RepositorySources.Git(),
            new RepositorySources.Layout(),
            new RepositorySources.Delivery(),
            new RecordingSource(),
            new BuildSources.Classes(),
            new BuildSources.Coverage(),
            new BuildSources.Tests(),
            new BuildSources.Size());

    private ProjectEvidence() {
    }

    /**
     * Finds and measures what {@code options.root()} holds.
     *
     * @param options the project and how to measure it
     * @return each source's report and all the evidence
     * @throws IllegalArgumentException if the root is not a directory, or an option is invalid
     * @throws RuntimeException         from the source that could not read a file it found: a
     *                                  {@code GitHistoryException}, {@code RecordFormatException},
     *                                  {@code RecordingFormatException}, {@code ClassImportException},
     *                                  {@code ReportReadException} or {@code UncheckedIOException}, naming the file;
     *                                  a {@code GitHistoryException} too if the subject is not given and the
     *                                  repository has neither a commit nor a remote to name it by, or if the
     *                                  window's start (without its end) is after the newest commit or tag
     */
    public static ProjectReport collect(ProjectOptions options) {
        ProjectFiles files = ProjectFiles.discover(options.root());
        String subject = options.subject().orElseGet(() -> RepositorySources.subject(options.root()));
        ProjectOptions named = options.subject(subject);
        List<EvidenceSource> sources = new ArrayList<>(STANDARD);
        sources.addAll(named.sources());
        List<SourceReport> reports = new ArrayList<>();
        for (EvidenceSource source : sources) {
            SourceReport report = source.collect(files, named);
            reports.add(report);
            if (source instanceof RepositorySources.Git) {
                // the window measured, bounded by the data and not by the clock: every later source measures it
                named = RepositorySources.measuredWindow(report, named);
            }
        }
        return new ProjectReport(files, named.since(), named.at(), subject, reports);
    }
}
