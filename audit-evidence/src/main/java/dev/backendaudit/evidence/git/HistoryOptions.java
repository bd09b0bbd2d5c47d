package dev.backendaudit.evidence.git;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What to analyse and how: the repository, the time window, what counts as a fix and as a
 * release, and the filters of the hotspot and coupling analyses. Immutable; each {@code with}
 * method returns a copy.
 *
 * <pre>{@code
 * HistoryOptions options = HistoryOptions.of(Path.of("."))
 *         .window(Instant.parse("2025-11-01T00:00:00Z"), Instant.parse("2026-11-01T00:00:00Z"))
 *         .refixWindow(Duration.ofDays(14))
 *         .tagPattern(Pattern.compile("release-\\d+"));
 * }</pre>
 *
 * @param repository         the repository directory (a work tree or a bare repository)
 * @param since              start of the window, inclusive
 * @param until              end of the window, exclusive
 * @param fixPatterns        a commit whose subject (the message's first line) matches one of these is a bug fix
 * @param refixWindow        a fix followed by another fix of one of its files within this time was "fixed again"
 * @param tagPattern         tags whose whole name matches are releases
 * @param hotspots           how many of the most changed files are hotspots
 * @param minRevisions       coupling: a file needs at least this many revisions to be considered
 * @param minSharedRevisions coupling: a pair needs at least this many shared revisions
 * @param minCouplingDegree  coupling: shared revisions over the pair's mean revisions, at least this
 * @param maxChangesetSize   coupling: commits touching more files than this are ignored (mass edits)
 * @param backend            what reads the history
 * @param threads            how many threads compute diffs (JGit backend)
 * @param cache              a file that keeps what was read, by commit id, so that a re-audit diffs only new commits (JGit backend)
 */
public record HistoryOptions(Path repository, Instant since, Instant until, List<Pattern> fixPatterns,
                             Duration refixWindow, Pattern tagPattern, int hotspots, int minRevisions,
                             int minSharedRevisions, double minCouplingDegree, int maxChangesetSize,
                             HistoryBackend backend, int threads, Optional<Path> cache) {

    /**
     * The default fix patterns, matched case-insensitively against the subject line (a body that
     * mentions a fix in passing does not make a commit a fix): a
     * conventional-commit {@code fix:}/{@code hotfix:} type, the words fix/fixes/fixed, bug,
     * bugfix, hotfix and revert, and issue keys of bug trackers such as {@code BUG-123}.
     */
    public static final List<Pattern> DEFAULT_FIX_PATTERNS = List.of(
            Pattern.compile("^(fix|bugfix|hotfix)(\\([^)]*\\))?!?:", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(fix(e[sd])?|fixing|bugs?|bugfix|hotfix|revert(s|ed)?)\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(bug|defect|incident|hotfix)-\\d+\\b", Pattern.CASE_INSENSITIVE));

    /** The longest window, in days: 100 years, which holds any real history and keeps weekly counts small. */
    public static final long MAX_WINDOW_DAYS = 36_525;

    /** The default release tag pattern: semantic versions with an optional {@code v} and suffix, e.g. {@code v1.2.3}. */
    public static final Pattern DEFAULT_TAG_PATTERN = Pattern.compile("v?\\d+\\.\\d+(\\.\\d+)?([-+.][0-9A-Za-z.-]+)?");

    /** @throws IllegalArgumentException naming the option, the rule and the value */
    public HistoryOptions {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
        if (!since.isBefore(until)) {
            throw new IllegalArgumentException("window start (since) must be before its end (until) " + until
                    + ", but was " + since);
        }
        if (Duration.between(since, until).toDays() > MAX_WINDOW_DAYS) {
            throw new IllegalArgumentException("window must span at most " + MAX_WINDOW_DAYS + " days (100 years), but"
                    + " spans " + since + " .. " + until);
        }
        fixPatterns = List.copyOf(fixPatterns);
        if (fixPatterns.isEmpty()) {
            throw new IllegalArgumentException("fix patterns must hold at least one pattern, but were empty");
        }
        Objects.requireNonNull(refixWindow, "refixWindow");
        if (refixWindow.isNegative() || refixWindow.isZero()) {
            throw new IllegalArgumentException("refix window must be positive, but was " + refixWindow);
        }
        Objects.requireNonNull(tagPattern, "tagPattern");
        positive("hotspots", hotspots);
        positive("minimum revisions", minRevisions);
        positive("minimum shared revisions", minSharedRevisions);
        if (!(minCouplingDegree > 0 && minCouplingDegree <= 1)) {
            throw new IllegalArgumentException("minimum coupling degree must be in (0, 1], but was " + minCouplingDegree);
        }
        if (maxChangesetSize < 2) {
            throw new IllegalArgumentException("maximum changeset size must be >= 2, but was " + maxChangesetSize);
        }
        Objects.requireNonNull(backend, "backend");
        positive("threads", threads);
        Objects.requireNonNull(cache, "cache");
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be >= 1, but was " + value);
        }
    }

    /**
     * Defaults for {@code repository}: the 52 weeks up to now, the default fix and tag patterns, a
     * 28-day refix window, 10 hotspots, coupling filters of 5 revisions, 5 shared revisions, 30 %
     * degree and 30-file changesets (the defaults of Adam Tornhill's code-maat), JGit on every core.
     */
    public static HistoryOptions of(Path repository) {
        Instant now = Clock.systemUTC().instant().truncatedTo(ChronoUnit.SECONDS);
        return new HistoryOptions(repository, now.minus(Duration.ofDays(364)), now, DEFAULT_FIX_PATTERNS,
                Duration.ofDays(28), DEFAULT_TAG_PATTERN, 10, 5, 5, 0.3, 30, HistoryBackend.JGIT,
                Runtime.getRuntime().availableProcessors(), Optional.empty());
    }

    /** This window: commits from {@code from} (inclusive) to {@code to} (exclusive). */
    public HistoryOptions window(Instant from, Instant to) {
        return new HistoryOptions(repository, from, to, fixPatterns, refixWindow, tagPattern, hotspots, minRevisions,
                minSharedRevisions, minCouplingDegree, maxChangesetSize, backend, threads, cache);
    }

    /** These fix patterns instead of the defaults. */
    public HistoryOptions fixPatterns(List<Pattern> patterns) {
        return new HistoryOptions(repository, since, until, patterns, refixWindow, tagPattern, hotspots, minRevisions,
                minSharedRevisions, minCouplingDegree, maxChangesetSize, backend, threads, cache);
    }

    /** This refix window. */
    public HistoryOptions refixWindow(Duration window) {
        return new HistoryOptions(repository, since, until, fixPatterns, window, tagPattern, hotspots, minRevisions,
                minSharedRevisions, minCouplingDegree, maxChangesetSize, backend, threads, cache);
    }

    /** This release tag pattern, matched against a tag's whole short name. */
    public HistoryOptions tagPattern(Pattern pattern) {
        return new HistoryOptions(repository, since, until, fixPatterns, refixWindow, pattern, hotspots, minRevisions,
                minSharedRevisions, minCouplingDegree, maxChangesetSize, backend, threads, cache);
    }

    /** This many hotspots. */
    public HistoryOptions hotspots(int count) {
        return new HistoryOptions(repository, since, until, fixPatterns, refixWindow, tagPattern, count, minRevisions,
                minSharedRevisions, minCouplingDegree, maxChangesetSize, backend, threads, cache);
    }

    /** These change-coupling filters. */
    public HistoryOptions coupling(int minimumRevisions, int minimumShared, double minimumDegree, int maxChangeset) {
        return new HistoryOptions(repository, since, until, fixPatterns, refixWindow, tagPattern, hotspots,
                minimumRevisions, minimumShared, minimumDegree, maxChangeset, backend, threads, cache);
    }

    /** This backend. */
    public HistoryOptions backend(HistoryBackend reader) {
        return new HistoryOptions(repository, since, until, fixPatterns, refixWindow, tagPattern, hotspots, minRevisions,
                minSharedRevisions, minCouplingDegree, maxChangesetSize, reader, threads, cache);
    }

    /** This many diff threads. */
    public HistoryOptions threads(int count) {
        return new HistoryOptions(repository, since, until, fixPatterns, refixWindow, tagPattern, hotspots, minRevisions,
                minSharedRevisions, minCouplingDegree, maxChangesetSize, backend, count, cache);
    }

    /**
     * Keeps what is read in {@code file}, by commit id, and reuses it: a re-audit diffs only the
     * commits it has not seen (JGit backend; the command-line backend ignores it).
     */
    public HistoryOptions cache(Path file) {
        return new HistoryOptions(repository, since, until, fixPatterns, refixWindow, tagPattern, hotspots, minRevisions,
                minSharedRevisions, minCouplingDegree, maxChangesetSize, backend, threads, Optional.of(file));
    }
}
