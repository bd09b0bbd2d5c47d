package dev.backendaudit.evidence.git.internal;

import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.evidence.git.CoupledFiles;
import dev.backendaudit.evidence.git.GitMetrics;
import dev.backendaudit.evidence.git.HistoryOptions;
import dev.backendaudit.evidence.git.Hotspot;
import dev.backendaudit.evidence.git.ProgressListener;
import dev.backendaudit.evidence.git.RefixedFile;
import dev.backendaudit.evidence.git.ThroughputTrend;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.Provenance;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.TimeSeries;
import dev.backendaudit.model.Unit;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Folds a stream of commits (newest first) into the history measures. Memory grows with the
 * number of files, authors and coupled pairs, never with the number of commits.
 */
public final class HistoryAnalysis implements Predicate<CommitRecord> {

    /** Commits older than the window in a row after which the walk stops (clock skew can interleave a few). */
    static final int SLOP = 100;
    private static final long WEEK = 7L * 86_400;

    private final HistoryOptions options;
    private final ProgressListener progress;
    private final long progressEvery;
    private final long since;
    private final long until;
    private final long refixSeconds;
    private final long firstWeek;
    private final long[] weekCounts;
    private final Map<String, FileStats> files = new HashMap<>();
    private final List<FileStats> filesById = new ArrayList<>();
    private final LongIntMap pairs = new LongIntMap();

    private long read;
    private long commits;
    private long merges;
    private long fixes;
    private long judgedFixes;
    private long refixedFixes;
    private long outOfOrder;
    private long fileChanges;
    private long previousTime = Long.MAX_VALUE;
    private int olderInARow;
    private String newest;
    private String oldest;

    /** An analysis of the commits in the options' window. */
    public HistoryAnalysis(HistoryOptions options, ProgressListener progress, long progressEvery) {
        this.options = options;
        this.progress = progress;
        this.progressEvery = progressEvery;
        this.since = options.since().getEpochSecond();
        this.until = options.until().getEpochSecond();
        this.refixSeconds = options.refixWindow().getSeconds();
        Instant monday = options.since().atZone(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)).toInstant();
        if (monday.isBefore(options.since())) {
            monday = monday.plus(7, ChronoUnit.DAYS);
        }
        this.firstWeek = monday.getEpochSecond();
        this.weekCounts = new long[(int) Math.max(0, (until - firstWeek) / WEEK)];
    }

    @Override
    public boolean test(CommitRecord commit) {
        read++;
        if (read % progressEvery == 0) {
            progress.commitsRead(read);
        }
        long time = commit.commitTime();
        boolean skewed = time > previousTime;
        previousTime = time;
        if (time >= until) {
            return true;
        }
        if (time < since) {
            return ++olderInARow < SLOP;
        }
        olderInARow = 0;
        if (skewed) {
            outOfOrder++;
        }
        if (commit.isMerge()) {
            merges++;
            return true;
        }
        commits++;
        if (newest == null) {
            newest = commit.id();
        }
        oldest = commit.id();
        long week = Math.floorDiv(time - firstWeek, WEEK);
        if (week >= 0 && week < weekCounts.length) {
            weekCounts[(int) week]++;
        }
        boolean fix = isFix(commit.message());
        if (fix) {
            fixes++;
        }
        boolean judged = fix && time + refixSeconds <= until;
        boolean refixed = false;
        int[] ids = new int[commit.changes().size()];
        int n = 0;
        for (FileChange change : commit.changes()) {
            FileStats stats = files.computeIfAbsent(change.path(), this::newFile);
            if (n > 0 && contains(ids, n, stats.id)) {
                continue;
            }
            ids[n++] = stats.id;
            fileChanges++;
            stats.revisions++;
            stats.added += change.added();
            stats.deleted += change.deleted();
            stats.authors.merge(commit.authorEmail(), 1, Integer::sum);
            if (fix) {
                stats.fixes++;
                if (stats.nextFixTime != Long.MIN_VALUE && stats.nextFixTime - time <= refixSeconds) {
                    refixed = true;
                    if (judged) {
                        stats.refixes++;
                    }
                }
                stats.nextFixTime = stats.nextFixTime == Long.MIN_VALUE ? time : Math.min(stats.nextFixTime, time);
            }
        }
        if (judged) {
            judgedFixes++;
            if (refixed) {
                refixedFixes++;
            }
        }
        if (n <= options.maxChangesetSize()) {
            Arrays.sort(ids, 0, n);
            for (int i = 0; i < n; i++) {
                filesById.get(ids[i]).couplingRevisions++;
                for (int j = i + 1; j < n; j++) {
                    pairs.increment(((long) ids[i] << 32) | ids[j]);
                }
            }
        }
        return true;
    }

    private static boolean contains(int[] ids, int n, int id) {
        for (int i = 0; i < n; i++) {
            if (ids[i] == id) {
                return true;
            }
        }
        return false;
    }

    private FileStats newFile(String path) {
        FileStats stats = new FileStats(path, filesById.size());
        filesById.add(stats);
        return stats;
    }

    /** Whether the subject (first line) of {@code message} matches a fix pattern. */
    private boolean isFix(String message) {
        int newline = message.indexOf('\n');
        String subject = newline < 0 ? message : message.substring(0, newline);
        for (Pattern pattern : options.fixPatterns()) {
            if (pattern.matcher(subject).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a commit at {@code commitTime} (epoch seconds) lies in the window, so that its diff is needed. */
    public boolean inWindow(long commitTime) {
        return commitTime >= since && commitTime < until;
    }

    /** Commits read so far, in and out of the window. */
    public long read() {
        return read;
    }

    /** Everything measured, with the evidence it supports and what stays unknown. */
    public Result result(Provenance provenance) {
        List<Evidence> evidence = new ArrayList<>();
        List<String> unknowns = new ArrayList<>();
        String window = "the window " + options.since() + " .. " + options.until();
        Optional<ThroughputTrend> trend = Optional.empty();
        if (commits == 0) {
            unknowns.add("no commits in " + window + " (" + merges + " merges): throughput, bug-fix share, refix share,"
                    + " hotspots and coupling are unknown");
        } else {
            evidence.add(Measurement.of(Metrics.BUG_FIX_SHARE, Quantity.ratio((double) fixes / commits), provenance));
            if (weekCounts.length == 0) {
                unknowns.add(window + " holds no complete week (Monday to Monday, UTC): commit throughput is unknown");
            } else if (Arrays.stream(weekCounts).sum() == 0) {
                unknowns.add("no commit in " + window + " falls in one of its " + weekCounts.length + " complete weeks"
                        + " (Monday to Monday, UTC): commit throughput is unknown");
            } else {
                TimeSeries series = TimeSeries.of(Metrics.COMMIT_THROUGHPUT, Unit.PER_WEEK, provenance);
                List<TimeSeries.Point> points = new ArrayList<>();
                for (int week = 0; week < weekCounts.length; week++) {
                    points.add(new TimeSeries.Point(Instant.ofEpochSecond(firstWeek + week * WEEK), weekCounts[week]));
                }
                evidence.add(new TimeSeries(series.metric(), series.unit(), points, provenance));
                if (weekCounts.length < 3) {
                    unknowns.add(window + " holds " + weekCounts.length + " complete weeks: a throughput trend needs 3");
                } else {
                    trend = Optional.of(trend(weekCounts));
                }
            }
            if (judgedFixes == 0) {
                unknowns.add("no fix in " + window + " is older than the refix window (" + options.refixWindow().toDays()
                        + " days) before the window's end (" + fixes + " fixes in all): refix share is unknown");
            } else {
                evidence.add(Measurement.of(Metrics.REFIX_SHARE,
                        Quantity.ratio((double) refixedFixes / judgedFixes), provenance));
            }
        }
        List<Hotspot> hotspots = hotspots();
        if (!hotspots.isEmpty() && fileChanges > 0) {
            long onHotspots = hotspots.stream().mapToLong(Hotspot::revisions).sum();
            evidence.add(Measurement.of(GitMetrics.HOTSPOT_CHANGE_SHARE, Quantity.ratio((double) onHotspots / fileChanges),
                    provenance));
            long single = hotspots.stream().filter(Hotspot::singleAuthor).count();
            evidence.add(Measurement.of(GitMetrics.KNOWLEDGE_CONCENTRATION,
                    Quantity.ratio((double) single / hotspots.size()), provenance));
        } else if (commits > 0) {
            unknowns.add("no file changed in " + window + ": hotspots and knowledge concentration are unknown");
        }
        List<CoupledFiles> couplings = couplings();
        if (commits > 0) {
            evidence.add(Measurement.of(GitMetrics.COUPLED_FILE_PAIRS, Quantity.count(couplings.size()), provenance));
        }
        List<RefixedFile> refixedFiles = files.values().stream().filter(f -> f.refixes > 0)
                .sorted(Comparator.comparingInt((FileStats f) -> -f.refixes).thenComparingInt(f -> -f.fixes)
                        .thenComparing(f -> f.path))
                .limit(options.hotspots())
                .map(f -> new RefixedFile(f.path, f.fixes, f.refixes)).toList();
        Optional<String> range = newest == null ? Optional.empty()
                : Optional.of(oldest.substring(0, 12) + ".." + newest.substring(0, 12));
        return new Result(range, commits, merges, fixes, judgedFixes, refixedFixes, trend, hotspots, couplings,
                refixedFiles, outOfOrder, unknowns, evidence);
    }

    private List<Hotspot> hotspots() {
        return files.values().stream()
                .sorted(Comparator.comparingInt((FileStats f) -> -f.revisions)
                        .thenComparingLong(f -> -(f.added + f.deleted)).thenComparing(f -> f.path))
                .limit(options.hotspots())
                .map(FileStats::hotspot).toList();
    }

    private List<CoupledFiles> couplings() {
        List<CoupledFiles> found = new ArrayList<>();
        pairs.forEach((key, shared) -> {
            FileStats a = filesById.get((int) (key >>> 32));
            FileStats b = filesById.get((int) key);
            if (shared < options.minSharedRevisions() || a.couplingRevisions < options.minRevisions()
                    || b.couplingRevisions < options.minRevisions()) {
                return;
            }
            double degree = shared / ((a.couplingRevisions + b.couplingRevisions) / 2.0);
            if (degree >= options.minCouplingDegree()) {
                boolean ordered = a.path.compareTo(b.path) < 0;
                found.add(new CoupledFiles(ordered ? a.path : b.path, ordered ? b.path : a.path, shared,
                        Math.min(1, degree)));
            }
        });
        found.sort(Comparator.comparingDouble((CoupledFiles c) -> -c.degree())
                .thenComparingInt(c -> -c.sharedRevisions()).thenComparing(CoupledFiles::first)
                .thenComparing(CoupledFiles::second));
        return found;
    }

    /** Least-squares line through weekly counts, as {@code TrendCriterion} fits it. */
    static ThroughputTrend trend(long[] counts) {
        int n = counts.length;
        double meanX = 7.0 * (n - 1) / 2;
        double meanY = Arrays.stream(counts).sum() / (double) n;
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = 7.0 * i - meanX;
            double dy = counts[i] - meanY;
            sxx += dx * dx;
            sxy += dx * dy;
            syy += dy * dy;
        }
        double slope = sxx == 0 ? 0 : sxy / sxx;
        double r2 = (sxx == 0 || syy == 0) ? 0 : (sxy * sxy) / (sxx * syy);
        double change = meanY == 0 ? 0 : slope * 7.0 * (n - 1) / meanY;
        return new ThroughputTrend(n, meanY, change, r2);
    }

    /** What the analysis found; the entry point adds releases and wraps it into a report. */
    public record Result(Optional<String> range, long commits, long merges, long fixes, long judgedFixes,
                         long refixedFixes, Optional<ThroughputTrend> trend, List<Hotspot> hotspots,
                         List<CoupledFiles> couplings, List<RefixedFile> refixedFiles, long outOfOrder,
                         List<String> unknowns, List<Evidence> evidence) {
    }

    private static final class FileStats {
        final String path;
        final int id;
        final Map<String, Integer> authors = new HashMap<>(4);
        int revisions;
        int couplingRevisions;
        long added;
        long deleted;
        int fixes;
        int refixes;
        long nextFixTime = Long.MIN_VALUE;

        FileStats(String path, int id) {
            this.path = path;
            this.id = id;
        }

        Hotspot hotspot() {
            Map.Entry<String, Integer> main = authors.entrySet().stream()
                    .min(Comparator.comparingInt((Map.Entry<String, Integer> e) -> -e.getValue())
                            .thenComparing(Map.Entry::getKey))
                    .orElseThrow();
            return new Hotspot(path, revisions, added, deleted, authors.size(), main.getKey(),
                    (double) main.getValue() / revisions);
        }
    }
}
