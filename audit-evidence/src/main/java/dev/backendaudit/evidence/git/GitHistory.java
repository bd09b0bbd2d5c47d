package dev.backendaudit.evidence.git;

import dev.backendaudit.evidence.git.internal.GitCliSource;
import dev.backendaudit.evidence.git.internal.HistoryCache;
import dev.backendaudit.evidence.git.internal.HistoryAnalysis;
import dev.backendaudit.evidence.git.internal.HistorySource;
import dev.backendaudit.evidence.git.internal.JGitSource;
import dev.backendaudit.evidence.git.internal.ReleaseAnalysis;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.Provenance;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures a repository's history: commit throughput and its trend, bug-fix share, files fixed
 * again and again, churn hotspots, change coupling, knowledge concentration, release cadence and
 * lead time from tags. The history is streamed: memory grows with files and authors, not commits.
 *
 * <pre>{@code
 * HistoryReport report = GitHistory.analyze(HistoryOptions.of(Path.of("."))
 *         .window(Instant.parse("2025-11-01T00:00:00Z"), Instant.parse("2026-11-01T00:00:00Z")));
 * Audit audit = Audit.builder("checkout-service")
 *         .checklist(StandardChecklist.checklist())
 *         .evidence(report.evidence())
 *         .build();
 * }</pre>
 *
 * <p>Evidence carries the provenance {@code git-history} with the repository, the commit range and
 * the window, observed at the window's end; the backend that read it is in the report, not in the
 * evidence, since both backends give the same evidence.
 */
public final class GitHistory {

    /** The collector's name in provenance. */
    public static final String SOURCE = "git-history";
    /** How often progress is reported, in commits. */
    public static final int PROGRESS_EVERY = 1000;

    private GitHistory() {
    }

    /** Analyses the history without reporting progress. */
    public static HistoryReport analyze(HistoryOptions options) {
        return analyze(options, ProgressListener.NONE);
    }

    /**
     * Analyses the history, telling {@code progress} how many commits were read.
     *
     * @throws GitHistoryException if the directory is not a repository, the repository has no commits or is a
     *                             shallow clone, the {@code git} command is missing (command-line backend), or
     *                             reading fails
     */
    public static HistoryReport analyze(HistoryOptions options, ProgressListener progress) {
        try (HistorySource source = open(options)) {
            String head = source.head().orElseThrow(() -> new GitHistoryException("repository "
                    + options.repository() + " has no commits: there is no history to measure"));
            if (source.isShallow()) {
                throw new GitHistoryException("repository " + options.repository() + " is a shallow clone: its"
                        + " history is cut, so throughput, fix and release measures would be wrong; fetch the whole"
                        + " history first (git fetch --unshallow)");
            }
            HistoryAnalysis analysis = new HistoryAnalysis(options, progress, PROGRESS_EVERY);
            HistoryCache cache = null;
            if (options.cache().isPresent() && source instanceof JGitSource) {
                cache = HistoryCache.load(options.cache().get());
                ((JGitSource) source).useCache(cache);
            }
            source.walk(head, analysis::inWindow, analysis);
            if (cache != null) {
                cache.save();
            }
            progress.commitsRead(analysis.read());
            HistoryAnalysis.Result result = analysis.result(provenance(options, null));
            Provenance provenance = provenance(options, result.range().orElse(null));
            List<Evidence> evidence = new ArrayList<>();
            List<String> unknowns = new ArrayList<>(result.unknowns());
            // rebuild with the commit range in the provenance, now that it is known
            evidence.addAll(analysis.result(provenance).evidence());
            ReleaseSummary releases = ReleaseAnalysis.analyze(source, options.tagPattern(), options.since(),
                    options.until(), provenance, evidence, unknowns);
            return new HistoryReport(options.repository().toString(), source.backend(), head, result.range(),
                    options.since(), options.until(), result.commits(), result.merges(), result.fixes(),
                    result.judgedFixes(), result.refixedFixes(), result.trend(), result.hotspots(), result.couplings(),
                    result.refixedFiles(), releases, result.outOfOrder(), unknowns, evidence);
        }
    }

    private static HistorySource open(HistoryOptions options) {
        return options.backend() == HistoryBackend.GIT_CLI
                ? GitCliSource.open(options.repository())
                : JGitSource.open(options.repository(), options.threads());
    }

    private static Provenance provenance(HistoryOptions options, String range) {
        String location = options.repository() + (range == null ? "" : " " + range) + ", window "
                + options.since() + " .. " + options.until();
        return Provenance.of(SOURCE, location, options.until());
    }
}
