package dev.backendaudit.evidence.git;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * What to analyse and how: the repository, the time window, which commits are people's work and
 * which are fixes, which files are left out, what counts as a release, and the filters of the
 * hotspot and coupling analyses. Immutable; each {@code with}-style method returns a copy.
 *
 * <pre>{@code
 * HistoryOptions options = HistoryOptions.of(Path.of("."))          // the 52 weeks up to the newest commit
 *         .window(Instant.parse("2025-11-01T00:00:00Z"), Instant.parse("2026-11-01T00:00:00Z"))
 *         .refixWindow(Duration.ofDays(14))
 *         .tagPattern(Pattern.compile("release-\\d+"));
 * }</pre>
 *
 * <p><b>The window.</b> Without {@link #window} the window ends with the newest commit (the week of
 * HEAD's commit time, up to that commit) and spans {@link #weeks} complete weeks before that week, so
 * a stale clone is measured up to its data, not up to today. A window that reaches past the data is
 * clipped to it (never before the first commit, never after the newest) and the report says so; the
 * report's {@code since}/{@code until} are the window measured.
 *
 * @param repository         the repository directory (a work tree, a directory inside one, or a bare repository)
 * @param since              start of the window asked for, inclusive; empty: {@code weeks} before its end
 * @param until              end of the window asked for, exclusive; empty: just after the newest commit
 * @param weeks              without {@code since}, how many complete weeks the window spans before its last week
 * @param trendQuarters      how many complete quarters (13 weeks) up to the window's end the throughput trend spans
 * @param rules              which commits are automation, chores, fixes, cosmetic fixes and reverts
 * @param generatedFiles     globs of lock and generated files left out of hotspots, refixes and coupling
 *                           (a glob without '/' matches the file name, one with '/' the whole path)
 * @param hubShare           a file changed by at least this share of the window's commits is a hub, left out
 *                           of hotspots, refixes and coupling, in (0, 1]
 * @param refixWindow        a fix followed by another fix of one of its files within this time was "fixed again"
 * @param tagPattern         tags whose whole name matches are releases
 * @param hotspots           how many of the most changed files are hotspots
 * @param minRevisions       coupling: a file needs at least this many revisions to be considered
 * @param minSharedRevisions coupling: a pair needs at least this many shared revisions
 * @param minCouplingDegree  coupling: shared revisions over the pair's mean revisions, at least this
 * @param maxChangesetSize   coupling: commits touching more files than this are ignored (mass edits)
 * @param minimums           the smallest samples each measure is reported from
 * @param backend            what reads the history
 * @param threads            how many threads compute diffs (JGit backend)
 * @param cache              a file that keeps what was read, by commit id, so that a re-audit diffs only new commits (JGit backend)
 */
@Value.Builder
public record HistoryOptions(Path repository, Optional<Instant> since, Optional<Instant> until, int weeks,
                             int trendQuarters, ChangeRules rules, List<String> generatedFiles, double hubShare,
                             Duration refixWindow, Pattern tagPattern, int hotspots, int minRevisions,
                             int minSharedRevisions, double minCouplingDegree, int maxChangesetSize,
                             MinimumSamples minimums, HistoryBackend backend, int threads, Optional<Path> cache)
        implements WithHistoryOptions {

    /** The longest window, in days: 100 years, which holds any real history and keeps weekly counts small. */
    public static final long MAX_WINDOW_DAYS = 36_525;

    /** The default release tag pattern: semantic versions with an optional {@code v} and suffix, e.g. {@code v1.2.3}. */
    public static final Pattern DEFAULT_TAG_PATTERN = Pattern.compile("v?\\d+\\.\\d+(\\.\\d+)?([-+.][0-9A-Za-z.-]+)?");

    /** The default window: 52 complete weeks before the newest commit's week. */
    public static final int DEFAULT_WEEKS = 52;

    /** The default span of the throughput trend: 8 quarters (two years), so that release cycles average out. */
    public static final int DEFAULT_TREND_QUARTERS = 8;

    /** The default hub share: a file changed by 5 % or more of the window's commits is a hub. */
    public static final double DEFAULT_HUB_SHARE = 0.05;

    /**
     * Lock and generated files: npm, yarn, pnpm, Bundler, Cargo, Poetry, Composer, CocoaPods, Nix and Gradle
     * lock files ({@code *.lock}, {@code package-lock.json}, ...), {@code go.sum}, minified assets, protobuf
     * output, and anything under a {@code generated}, {@code generated-sources} or {@code __generated__} directory.
     */
    public static final List<String> DEFAULT_GENERATED_FILES = List.of("*.lock", "package-lock.json",
            "npm-shrinkwrap.json", "pnpm-lock.yaml", "gradle.lockfile", "go.sum", "*.min.js", "*.min.css", "*.pb.go",
            "*_pb2.py", "*.generated.*", "**/generated/**", "**/generated-sources/**", "**/__generated__/**");

    /** @throws IllegalArgumentException naming the option, the rule and the value */
    public HistoryOptions {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
        if (since.isPresent() && until.isPresent()) {
            if (!since.get().isBefore(until.get())) {
                throw new IllegalArgumentException("window start (since) must be before its end (until) " + until.get()
                        + ", but was " + since.get());
            }
            if (Duration.between(since.get(), until.get()).toDays() > MAX_WINDOW_DAYS) {
                throw new IllegalArgumentException("window must span at most " + MAX_WINDOW_DAYS + " days (100 years),"
                        + " but spans " + since.get() + " .. " + until.get());
            }
        }
        if (weeks < 1 || weeks > MAX_WINDOW_DAYS / 7) {
            throw new IllegalArgumentException("weeks must be in [1, " + MAX_WINDOW_DAYS / 7 + "], but was " + weeks);
        }
        if (trendQuarters < dev.backendaudit.model.Trend.MINIMUM_POINTS || trendQuarters > 400) {
            throw new IllegalArgumentException("trend quarters must be in [" + dev.backendaudit.model.Trend.MINIMUM_POINTS
                    + ", 400] (fewer can never show a significant trend), but was " + trendQuarters);
        }
        Objects.requireNonNull(rules, "rules");
        generatedFiles = List.copyOf(generatedFiles);
        if (!(hubShare > 0 && hubShare <= 1)) {
            throw new IllegalArgumentException("hub share must be in (0, 1], but was " + hubShare);
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
        Objects.requireNonNull(minimums, "minimums");
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
     * Defaults for {@code repository}: the 52 complete weeks before the newest commit's week (and that week
     * up to the newest commit), a throughput trend over 8 quarters, {@link ChangeRules#DEFAULTS}, the default
     * generated files, a 5 % hub share, a 28-day refix window, the default tag pattern, 10 hotspots, coupling
     * filters of 5 revisions, 5 shared revisions, 30 % degree and 30-file changesets (the defaults of Adam
     * Tornhill's code-maat), {@link MinimumSamples#DEFAULTS}, JGit on every core.
     *
     * @param repository the repository directory
     * @return the options
     */
    public static HistoryOptions of(Path repository) {
        return new HistoryOptions(repository, Optional.empty(), Optional.empty(), DEFAULT_WEEKS, DEFAULT_TREND_QUARTERS,
                ChangeRules.DEFAULTS, DEFAULT_GENERATED_FILES, DEFAULT_HUB_SHARE, Duration.ofDays(28),
                DEFAULT_TAG_PATTERN, 10, 5, 5, 0.3, 30, MinimumSamples.DEFAULTS, HistoryBackend.JGIT,
                Runtime.getRuntime().availableProcessors(), Optional.empty());
    }

    /** This window: commits from {@code from} (inclusive) to {@code to} (exclusive), clipped to the data. */
    public HistoryOptions window(Instant from, Instant to) {
        return new HistoryOptionsBuilder().from(this).since(Optional.of(from)).until(Optional.of(to)).build();
    }

    /** A window ending at {@code to} (exclusive), {@link #weeks} long unless {@link #window} gives its start. */
    public HistoryOptions until(Instant to) {
        return withUntil(Optional.of(to));
    }

    /** A window starting at {@code from} (inclusive) and ending with the newest commit. */
    public HistoryOptions since(Instant from) {
        return withSince(Optional.of(from));
    }

    /**
     * The start of the window asked for, when the window ends at {@code end}: {@link #since} if given, else the
     * {@link #weeks} complete weeks before the week that holds {@code end} (weeks start on Monday, 00:00 UTC).
     *
     * @param end the window's end: {@link #until} if given, else the one the data sets (just after the newest commit)
     * @return the start asked for, before any clipping to the data
     */
    public Instant start(Instant end) {
        return since.orElseGet(() -> end.atZone(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toInstant().minus(Duration.ofDays(7L * weeks)));
    }

    /** Without a start, a window of this many complete weeks before its last week. */
    public HistoryOptions weeks(int count) {
        return withWeeks(count);
    }

    /** A throughput trend over this many complete quarters (13 weeks) up to the window's end. */
    public HistoryOptions trendQuarters(int count) {
        return withTrendQuarters(count);
    }

    /** These rules for automation, chores, fixes, cosmetic fixes and reverts. */
    public HistoryOptions rules(ChangeRules changeRules) {
        return withRules(changeRules);
    }

    /** These fix patterns instead of the defaults (the other rules unchanged). */
    public HistoryOptions fixPatterns(List<Pattern> patterns) {
        return withRules(rules.withFixes(patterns));
    }

    /** These globs of generated and lock files instead of the defaults. */
    public HistoryOptions generatedFiles(List<String> globs) {
        return withGeneratedFiles(globs);
    }

    /** This hub share. */
    public HistoryOptions hubShare(double share) {
        return withHubShare(share);
    }

    /** This refix window. */
    public HistoryOptions refixWindow(Duration window) {
        return withRefixWindow(window);
    }

    /** This release tag pattern, matched against a tag's whole short name. */
    public HistoryOptions tagPattern(Pattern pattern) {
        return withTagPattern(pattern);
    }

    /** This many hotspots. */
    public HistoryOptions hotspots(int count) {
        return withHotspots(count);
    }

    /** These change-coupling filters. */
    public HistoryOptions coupling(int minimumRevisions, int minimumShared, double minimumDegree, int maxChangeset) {
        return new HistoryOptionsBuilder().from(this).minRevisions(minimumRevisions).minSharedRevisions(minimumShared)
                .minCouplingDegree(minimumDegree).maxChangesetSize(maxChangeset).build();
    }

    /** These minimum samples. */
    public HistoryOptions minimumSamples(MinimumSamples samples) {
        return withMinimums(samples);
    }

    /** This backend. */
    public HistoryOptions backend(HistoryBackend reader) {
        return withBackend(reader);
    }

    /** This many diff threads. */
    public HistoryOptions threads(int count) {
        return withThreads(count);
    }

    /**
     * Keeps what is read in {@code file}, by commit id, and reuses it: a re-audit diffs only the
     * commits it has not seen (JGit backend; the command-line backend ignores it).
     */
    public HistoryOptions cache(Path file) {
        return withCache(Optional.of(file));
    }
}
