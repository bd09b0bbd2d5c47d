package dev.backendaudit.evidence.git.internal;

import dev.backendaudit.evidence.git.ChangeRules;
import dev.backendaudit.evidence.git.HistoryOptions;
import dev.backendaudit.evidence.git.ProgressListener;
import dev.backendaudit.model.Provenance;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Folds a stream of commits (newest first) into the history measures. Commits by automation and
 * chores are counted and set apart; of people's commits, those in the window feed every measure and
 * those before it (back to the start of the throughput trend) only the weekly counts. Files are
 * followed across renames: walking newest first, a rename tells that the older commits of the old
 * path belong to the file under its new name. Memory grows with files, authors, coupled pairs and
 * the window's fixes, never with the commits outside the window.
 */
public final class HistoryAnalysis implements Predicate<CommitRecord> {

    /** Commits older than the window in a row after which the walk stops (clock skew can interleave a few). */
    static final int SLOP = 100;
    static final long WEEK = 7L * 86_400;
    /** The start of week 0: Monday 1970-01-05T00:00:00Z. */
    static final long MONDAY_ZERO = 4 * 86_400;
    static final int QUARTER_WEEKS = 13;

    final HistoryOptions options;
    final ChangeRules rules;
    final FileKinds kinds;
    private final ProgressListener progress;
    private final long progressEvery;
    final long since;
    final long until;
    final long lastWeek;
    final long trendFirstWeek;
    final long loWeek;
    final long[] weekCounts;
    private final long stopBefore;
    final Map<String, FileStats> byPath = new HashMap<>();
    final List<FileStats> filesById = new ArrayList<>();
    final LongIntMap pairs = new LongIntMap();
    /** The window's fixes, newest first: their time, then the ids of the files they changed. */
    final List<long[]> fixRecords = new ArrayList<>();

    long read;
    long commits;
    long merges;
    long automation;
    long chores;
    long fixes;
    long cosmeticFixes;
    long reverts;
    long outOfOrder;
    long fileChanges;
    private long previousTime = Long.MAX_VALUE;
    private int olderInARow;
    private boolean stopped;
    long oldestTime = Long.MAX_VALUE;
    String newest;
    String oldest;
    /** The newest commit before the window's end, of any kind: its tree is the files that exist at the end. */
    String endCommit;

    /**
     * An analysis of the commits in {@code [since, until)}, with weekly counts back to the start of the
     * throughput trend ({@code options.trendQuarters()} complete quarters up to the window's last complete week).
     */
    public HistoryAnalysis(HistoryOptions options, Instant since, Instant until, ProgressListener progress,
                           long progressEvery) {
        this.options = options;
        this.rules = options.rules();
        this.kinds = new FileKinds(options.generatedFiles());
        this.progress = progress;
        this.progressEvery = progressEvery;
        this.since = since.getEpochSecond();
        this.until = until.getEpochSecond();
        this.lastWeek = Math.floorDiv(this.until - MONDAY_ZERO, WEEK) - 1;
        this.trendFirstWeek = lastWeek - (long) QUARTER_WEEKS * options.trendQuarters() + 1;
        this.loWeek = Math.min(ceilWeek(this.since), trendFirstWeek);
        this.weekCounts = new long[(int) Math.max(0, lastWeek - loWeek + 1)];
        this.stopBefore = Math.min(this.since, weekStart(trendFirstWeek));
    }

    static long weekStart(long week) {
        return MONDAY_ZERO + week * WEEK;
    }

    static long ceilWeek(long time) {
        return Math.floorDiv(time - MONDAY_ZERO + WEEK - 1, WEEK);
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
        oldestTime = Math.min(oldestTime, time);
        if (time >= until) {
            return true;
        }
        if (endCommit == null) {
            endCommit = commit.id();
        }
        if (time < stopBefore) {
            if (++olderInARow < SLOP) {
                return true;
            }
            stopped = true;
            return false;
        }
        olderInARow = 0;
        boolean inWindow = time >= since;
        if (commit.isMerge()) {
            merges += inWindow ? 1 : 0;
            return true;
        }
        String subject = subject(commit.message());
        if (rules.automation(commit.authorEmail())) {
            automation += inWindow ? 1 : 0;
            return true;
        }
        if (rules.chore(subject)) {
            chores += inWindow ? 1 : 0;
            return true;
        }
        long week = Math.floorDiv(time - MONDAY_ZERO, WEEK) - loWeek;
        if (week >= 0 && week < weekCounts.length) {
            weekCounts[(int) week]++;
        }
        if (!inWindow) {
            return true;
        }
        if (skewed) {
            outOfOrder++;
        }
        commits++;
        if (newest == null) {
            newest = commit.id();
        }
        oldest = commit.id();
        boolean fix = false;
        if (rules.revert(subject)) {
            reverts++;
        } else if (rules.anyFix(subject)) {
            if (rules.cosmetic(subject)) {
                cosmeticFixes++;
            } else {
                fix = true;
                fixes++;
            }
        }
        fold(commit, time, fix);
        return true;
    }

    private void fold(CommitRecord commit, long time, boolean fix) {
        int[] ids = new int[commit.changes().size()];
        int n = 0;
        for (FileChange change : commit.changes()) {
            FileStats stats = byPath.computeIfAbsent(change.path(), this::newFile);
            if (change.oldPath() != null) {
                // older commits of the old path are this file's history
                byPath.put(change.oldPath(), stats);
            }
            if (n > 0 && contains(ids, n, stats.id)) {
                continue;
            }
            ids[n++] = stats.id;
            fileChanges++;
            stats.revisions++;
            stats.added += change.added();
            stats.deleted += change.deleted();
            stats.authors.merge(commit.authorEmail(), 1, Integer::sum);
        }
        int kept = 0;
        for (int i = 0; i < n; i++) {
            if (!filesById.get(ids[i]).generated) {
                ids[kept++] = ids[i];
            }
        }
        if (fix) {
            long[] record = new long[kept + 1];
            record[0] = time;
            for (int i = 0; i < kept; i++) {
                record[i + 1] = ids[i];
            }
            fixRecords.add(record);
        }
        if (kept <= options.maxChangesetSize()) {
            Arrays.sort(ids, 0, kept);
            for (int i = 0; i < kept; i++) {
                filesById.get(ids[i]).couplingRevisions++;
                for (int j = i + 1; j < kept; j++) {
                    pairs.increment(((long) ids[i] << 32) | ids[j]);
                }
            }
        }
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
        FileStats stats = new FileStats(path, filesById.size(), kinds);
        filesById.add(stats);
        return stats;
    }

    static String subject(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /**
     * Whether a commit's diff is needed: it lies in the window and is people's work (the changes of automation and
     * chores are set apart, so they are never read).
     */
    public boolean wantsDiff(long commitTime, String authorEmail, String message) {
        return commitTime >= since && commitTime < until && !rules.automation(authorEmail)
                && !rules.chore(subject(message));
    }

    /** Commits read so far, in and out of the window. */
    public long read() {
        return read;
    }

    /**
     * Where the data starts: the oldest commit time when the walk reached the first commit, else
     * {@code Long.MIN_VALUE} (the history goes on before what the walk needed).
     */
    public long dataStart() {
        return stopped ? Long.MIN_VALUE : oldestTime;
    }

    /** People's commits in the window, oldest..newest (short ids); empty with none. */
    public java.util.Optional<String> range() {
        return newest == null ? java.util.Optional.empty()
                : java.util.Optional.of(oldest.substring(0, 12) + ".." + newest.substring(0, 12));
    }

    /** The newest commit before the window's end (of any kind), whose tree holds the files that exist then. */
    public java.util.Optional<String> endCommit() {
        return java.util.Optional.ofNullable(endCommit);
    }

    /**
     * Everything measured, with the evidence it supports and what stays unknown.
     *
     * @param provenance where the evidence comes from
     * @param present    the files that exist at the window's end: the others are never hotspots or coupled
     */
    public HistoryMeasures.Result result(Provenance provenance, java.util.Set<String> present) {
        for (FileStats stats : filesById) {
            stats.removed = !present.contains(stats.path);
        }
        return new HistoryMeasures(this).result(provenance);
    }
}
