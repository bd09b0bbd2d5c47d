package dev.backendaudit.evidence.git;

import dev.backendaudit.evidence.git.internal.GitCliSource;
import dev.backendaudit.evidence.git.internal.HistoryAnalysis;
import dev.backendaudit.evidence.git.internal.HistoryCache;
import dev.backendaudit.evidence.git.internal.HistoryMeasures;
import dev.backendaudit.evidence.git.internal.HistorySource;
import dev.backendaudit.evidence.git.internal.JGitSource;
import dev.backendaudit.evidence.git.internal.ReleaseAnalysis;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.Provenance;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Measures a repository's history: commit throughput and its trend, bug-fix share, files fixed
 * again and again, churn hotspots, change coupling, knowledge concentration, release cadence and
 * lead time from tags. The history is streamed: memory grows with files and authors, not commits.
 *
 * <pre>{@code
 * HistoryReport report = GitHistory.analyze(HistoryOptions.of(Path.of(".")));   // 52 weeks up to the newest commit
 * Audit audit = Audit.builder("checkout-service")
 *         .checklist(StandardChecklist.checklist())
 *         .evidence(report.evidence())
 *         .build();
 * }</pre>
 *
 * <p>Evidence carries the provenance {@code git-history} with the repository (and path), the commit
 * range and the window measured, observed at the window's end; the backend that read it is in the
 * report, not in the evidence, since both backends give the same evidence.
 */
public final class GitHistory {

    /** The collector's name in provenance. */
    public static final String SOURCE = "git-history";
    /** The data's end is the newest commit time among this many commits from HEAD (and the tags). */
    static final int NEWEST_AMONG = 1000;
    /** How often progress is reported, in commits. */
    public static final int PROGRESS_EVERY = 1000;

    private GitHistory() {
    }

    /**
     * Analyses the history without reporting progress.
     *
     * @param options what to analyse
     * @return the report
     * @throws GitHistoryException as {@link #analyze(HistoryOptions, ProgressListener)}
     */
    public static HistoryReport analyze(HistoryOptions options) {
        return analyze(options, ProgressListener.NONE);
    }

    /**
     * Analyses the history, telling {@code progress} how many commits were read.
     *
     * @param options  what to analyse
     * @param progress told every {@value #PROGRESS_EVERY} commits
     * @return the report
     * @throws GitHistoryException if the directory is not in a repository, the repository has no commits or is a
     *                             shallow clone, the window's start (without its end) is after the newest commit
     *                             or tag, the {@code git} command is missing (command-line backend), or reading
     *                             fails
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
            List<String> notes = new ArrayList<>();
            // the data ends with the newest commit (or tag: a release is often tagged after its last commit)
            long newestTime = source.newestCommitTime(head, NEWEST_AMONG);
            for (dev.backendaudit.evidence.git.internal.TagRef tag : source.tags()) {
                newestTime = Math.max(newestTime, tag.releaseTime());
            }
            Instant newest = Instant.ofEpochSecond(newestTime);
            Instant end = options.until().orElse(newest.plusSeconds(1));
            if (options.until().isEmpty() && options.since().isPresent() && !options.since().get().isBefore(end)) {
                // the default end is the data's: a start after it would print a window that ends before it starts
                throw new GitHistoryException("window start (since) must be before its end, by default just after"
                        + " the newest commit or tag (" + newest + "), but was " + options.since().get()
                        + ": give an earlier start, or an end (until) after it");
            }
            Instant asked = options.start(end);
            Instant until = until(end, asked, newest, notes);
            HistoryAnalysis analysis = new HistoryAnalysis(options, asked, until, progress, PROGRESS_EVERY);
            HistoryCache cache = null;
            if (options.cache().isPresent() && source instanceof JGitSource) {
                cache = HistoryCache.load(options.cache().get());
                ((JGitSource) source).useCache(cache);
            }
            source.walk(head, analysis::wantsDiff, analysis);
            progress.commitsRead(analysis.read());
            long dataStart = analysis.dataStart();
            Instant since = dataStart > asked.getEpochSecond() && dataStart < until.getEpochSecond()
                    ? Instant.ofEpochSecond(dataStart) : asked;
            if (!since.equals(asked)) {
                notes.add((options.since().isPresent() ? "the window asked for starts " + asked
                        : "the default window (" + options.weeks() + " weeks) would start " + asked)
                        + ", before the first commit (" + since + "): it starts at that commit");
            }
            Optional<String> range = analysis.range();
            String location = options.repository() + source.path().map(p -> ":" + p).orElse("")
                    + range.map(r -> " " + r).orElse("") + ", window " + since + " .. " + until;
            Provenance provenance = Provenance.of(SOURCE, location, until);
            HistoryMeasures.Result result = analysis.result(provenance,
                    analysis.endCommit().map(source::files).orElse(java.util.Set.of()));
            List<Evidence> evidence = new ArrayList<>(result.evidence());
            List<String> unknowns = new ArrayList<>(result.unknowns());
            ReleaseSummary releases = ReleaseAnalysis.analyze(source, options, since, until, provenance, evidence,
                    unknowns, source.path().isEmpty() ? cache : null);
            if (cache != null) {
                cache.save();
            }
            return new HistoryReport(options.repository().toString(), source.path(), source.backend(), head,
                    result.range(), since, until, notes, result.commits(), result.merges(), result.automation(),
                    result.chores(), result.fixes(), result.cosmeticFixes(), result.reverts(), result.judgedFixes(),
                    result.refixedFixes(), result.weeklyCommits(), result.trend(), result.hotspots(),
                    result.removedFiles(), result.couplings(), result.refixedFiles(), result.leftOut(), releases,
                    result.outOfOrder(), unknowns, evidence);
        }
    }

    /** The window's end: as asked, but never after the newest commit (unless the whole window lies after it). */
    private static Instant until(Instant asked, Instant start, Instant newest, List<String> notes) {
        Instant dataEnd = newest.plusSeconds(1);
        if (asked.isAfter(dataEnd) && start.isBefore(dataEnd)) {
            notes.add("the window asked for ends " + asked + ", after the newest commit or tag (" + newest
                    + "): it ends just after it");
            return dataEnd;
        }
        return asked;
    }

    private static HistorySource open(HistoryOptions options) {
        return options.backend() == HistoryBackend.GIT_CLI
                ? GitCliSource.open(options.repository())
                : JGitSource.open(options.repository(), options.threads());
    }
}
