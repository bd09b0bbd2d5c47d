package dev.backendaudit.evidence.git.internal;

import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.evidence.git.CoupledFiles;
import dev.backendaudit.evidence.git.CouplingKind;
import dev.backendaudit.evidence.git.GitMetrics;
import dev.backendaudit.evidence.git.Hotspot;
import dev.backendaudit.evidence.git.LeftOutFile;
import dev.backendaudit.evidence.git.MinimumSamples;
import dev.backendaudit.evidence.git.RefixedFile;
import dev.backendaudit.evidence.git.ThroughputTrend;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.Provenance;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.TimeSeries;
import dev.backendaudit.model.Trend;
import dev.backendaudit.model.Unit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Turns a finished {@link HistoryAnalysis} into measures, evidence and the reasons for what stays unknown. */
public final class HistoryMeasures {

    private final HistoryAnalysis a;
    private final MinimumSamples minimums;

    HistoryMeasures(HistoryAnalysis analysis) {
        this.a = analysis;
        this.minimums = analysis.options.minimums();
    }

    /**
     * What the analysis found; the entry point adds releases and wraps it into a report.
     *
     * @param range         oldest..newest of the window's people's commits (short ids)
     * @param since         the window's start, clipped to the first commit
     * @param weeklyCommits people's commits in each complete week of the window
     */
    public record Result(Optional<String> range, Instant since, long commits, long merges, long automation,
                         long chores, long fixes, long cosmeticFixes, long reverts, long judgedFixes,
                         long refixedFixes, List<Long> weeklyCommits, Optional<ThroughputTrend> trend,
                         List<Hotspot> hotspots, long removedFiles, List<CoupledFiles> couplings,
                         List<RefixedFile> refixedFiles, List<LeftOutFile> leftOut, long outOfOrder,
                         List<String> unknowns, List<Evidence> evidence) {
    }

    Result result(Provenance provenance) {
        List<Evidence> evidence = new ArrayList<>();
        List<String> unknowns = new ArrayList<>();
        long dataStart = a.dataStart() < a.until ? a.dataStart() : Long.MIN_VALUE;
        Instant since = Instant.ofEpochSecond(Math.max(a.since, dataStart));
        String window = "the window " + since + " .. " + Instant.ofEpochSecond(a.until);
        List<Long> weekly = weekly(Math.max(a.since, dataStart));
        Optional<ThroughputTrend> trend = throughput(a.dataStart(), provenance, evidence, unknowns);
        boolean enough = a.commits >= minimums.commits();
        String few = window + " holds " + a.commits + " commits by people (" + a.automation + " by automation and "
                + a.chores + " chores set apart), fewer than the " + minimums.commits() + " needed for ";
        if (!enough) {
            unknowns.add(few + "the bug-fix share, hotspots, knowledge concentration and coupling: they are unknown");
        } else {
            evidence.add(Measurement.of(Metrics.BUG_FIX_SHARE, Quantity.ratio((double) a.fixes / a.commits), provenance));
        }
        markHubs(a.commits >= minimums.hubCommits());
        long[] judged = refixes();
        if (judged[0] < minimums.judgedFixes()) {
            unknowns.add(judged[0] + " fixes in " + window + " lie a whole refix window (" + a.options.refixWindow().toDays()
                    + " days) before its end (" + a.fixes + " fixes in all), fewer than the " + minimums.judgedFixes()
                    + " needed: refix share is unknown");
        } else {
            evidence.add(Measurement.of(Metrics.REFIX_SHARE, Quantity.ratio((double) judged[1] / judged[0]), provenance));
        }
        List<Hotspot> hotspots = a.filesById.stream().filter(f -> !f.leftOut() && !f.removed && f.revisions > 0)
                .sorted(Comparator.comparingInt((FileStats f) -> -f.revisions)
                        .thenComparingLong(f -> -(f.added + f.deleted)).thenComparing(f -> f.path))
                .limit(a.options.hotspots()).map(FileStats::hotspot).toList();
        long counted = a.filesById.stream().filter(f -> !f.leftOut()).mapToLong(f -> f.revisions).sum();
        List<CoupledFiles> couplings = couplings();
        if (enough && !hotspots.isEmpty() && counted > 0) {
            long onHotspots = hotspots.stream().mapToLong(Hotspot::revisions).sum();
            evidence.add(Measurement.of(GitMetrics.HOTSPOT_CHANGE_SHARE, Quantity.ratio((double) onHotspots / counted),
                    provenance));
            long single = hotspots.stream().filter(Hotspot::singleAuthor).count();
            evidence.add(Measurement.of(GitMetrics.KNOWLEDGE_CONCENTRATION,
                    Quantity.ratio((double) single / hotspots.size()), provenance));
        } else if (enough) {
            unknowns.add("no file that is not left out changed in " + window
                    + ": hotspots and knowledge concentration are unknown");
        }
        if (enough) {
            evidence.add(Measurement.of(GitMetrics.COUPLED_FILE_PAIRS, Quantity.count(
                    couplings.stream().filter(c -> c.kind() == CouplingKind.PRODUCTION).count()), provenance));
        }
        List<RefixedFile> refixedFiles = a.filesById.stream().filter(f -> f.refixes > 0 && !f.leftOut())
                .sorted(Comparator.comparingInt((FileStats f) -> -f.refixes).thenComparingInt(f -> -f.fixes)
                        .thenComparing(f -> f.path))
                .limit(a.options.hotspots()).map(f -> new RefixedFile(f.path, f.fixes, f.refixes)).toList();
        List<LeftOutFile> leftOut = a.filesById.stream().filter(f -> f.leftOut() && f.revisions > 0)
                .sorted(Comparator.comparingInt((FileStats f) -> -f.revisions).thenComparing(f -> f.path))
                .map(f -> new LeftOutFile(f.path, f.hub ? "hub" : "generated", f.revisions,
                        a.commits == 0 ? 0 : (double) f.revisions / a.commits)).toList();
        long removed = a.filesById.stream().filter(f -> f.removed && f.revisions > 0).count();
        return new Result(a.range(), since, a.commits, a.merges, a.automation, a.chores, a.fixes, a.cosmeticFixes,
                a.reverts, judged[0], judged[1], weekly, trend, hotspots, removed, couplings, refixedFiles, leftOut,
                a.outOfOrder, unknowns, evidence);
    }

    private List<Long> weekly(long from) {
        List<Long> weeks = new ArrayList<>();
        for (long week = HistoryAnalysis.ceilWeek(from); week <= a.lastWeek; week++) {
            weeks.add(a.weekCounts[(int) (week - a.loWeek)]);
        }
        return weeks;
    }

    private Optional<ThroughputTrend> throughput(long dataStart, Provenance provenance, List<Evidence> evidence,
                                                 List<String> unknowns) {
        List<TimeSeries.Point> points = new ArrayList<>();
        long total = 0;
        for (int q = 0; q < a.options.trendQuarters(); q++) {
            long first = a.trendFirstWeek + (long) q * HistoryAnalysis.QUARTER_WEEKS;
            if (HistoryAnalysis.weekStart(first) < dataStart) {
                continue;
            }
            long sum = 0;
            for (long week = first; week < first + HistoryAnalysis.QUARTER_WEEKS; week++) {
                sum += a.weekCounts[(int) (week - a.loWeek)];
            }
            total += sum;
            points.add(new TimeSeries.Point(Instant.ofEpochSecond(HistoryAnalysis.weekStart(first)),
                    sum / (double) HistoryAnalysis.QUARTER_WEEKS));
        }
        if (points.size() < Trend.MINIMUM_POINTS) {
            unknowns.add("the history holds " + points.size() + " complete quarters (13 weeks) of the "
                    + a.options.trendQuarters() + " up to the window's end: a throughput trend needs "
                    + Trend.MINIMUM_POINTS + " (fewer can never show a significant trend), so it is unknown");
            return Optional.empty();
        }
        evidence.add(new TimeSeries(Metrics.COMMIT_THROUGHPUT, Unit.PER_WEEK, points, provenance));
        return Optional.of(new ThroughputTrend(points.size(),
                total / (double) (points.size() * HistoryAnalysis.QUARTER_WEEKS), Trend.of(points)));
    }

    /** Hubs: files other than production source that a large share of the window's people's commits change. */
    private void markHubs(boolean enough) {
        if (!enough) {
            return;
        }
        double bound = a.options.hubShare() * a.commits;
        for (FileStats f : a.filesById) {
            f.hub = !f.generated && f.kind != FileKinds.Kind.SOURCE && f.revisions >= bound;
        }
    }

    /** Judged fixes and refixed ones, with hubs and generated files left out; fills each file's fixes and refixes. */
    private long[] refixes() {
        long refix = a.options.refixWindow().getSeconds();
        long[] nextFix = new long[a.filesById.size()];
        java.util.Arrays.fill(nextFix, Long.MIN_VALUE);
        long judged = 0;
        long refixed = 0;
        for (long[] fix : a.fixRecords) {
            long time = fix[0];
            boolean isJudged = time + refix <= a.until;
            boolean again = false;
            for (int i = 1; i < fix.length; i++) {
                int id = (int) fix[i];
                FileStats stats = a.filesById.get(id);
                if (stats.leftOut()) {
                    continue;
                }
                stats.fixes++;
                if (nextFix[id] != Long.MIN_VALUE && nextFix[id] - time <= refix) {
                    again = true;
                    if (isJudged) {
                        stats.refixes++;
                    }
                }
                nextFix[id] = nextFix[id] == Long.MIN_VALUE ? time : Math.min(nextFix[id], time);
            }
            if (isJudged) {
                judged++;
                refixed += again ? 1 : 0;
            }
        }
        return new long[] {judged, refixed};
    }

    private List<CoupledFiles> couplings() {
        List<CoupledFiles> found = new ArrayList<>();
        int minShared = a.options.minSharedRevisions();
        int minRevisions = a.options.minRevisions();
        double minDegree = a.options.minCouplingDegree();
        a.pairs.forEach((key, shared) -> {
            FileStats x = a.filesById.get((int) (key >>> 32));
            FileStats y = a.filesById.get((int) key);
            if (x.leftOut() || y.leftOut() || x.removed || y.removed || shared < minShared || x.couplingRevisions < minRevisions
                    || y.couplingRevisions < minRevisions) {
                return;
            }
            double degree = shared / ((x.couplingRevisions + y.couplingRevisions) / 2.0);
            if (degree >= minDegree) {
                boolean ordered = x.path.compareTo(y.path) < 0;
                String first = ordered ? x.path : y.path;
                String second = ordered ? y.path : x.path;
                found.add(new CoupledFiles(first, second, shared, Math.min(1, degree), FileKinds.pair(first, second)));
            }
        });
        found.sort(Comparator.comparingDouble((CoupledFiles c) -> -c.degree())
                .thenComparingInt(c -> -c.sharedRevisions()).thenComparing(CoupledFiles::first)
                .thenComparing(CoupledFiles::second));
        return found;
    }
}
