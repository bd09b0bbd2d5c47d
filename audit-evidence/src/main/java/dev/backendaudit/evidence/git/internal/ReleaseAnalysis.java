package dev.backendaudit.evidence.git.internal;

import dev.backendaudit.evidence.git.GitMetrics;
import dev.backendaudit.evidence.git.HistoryOptions;
import dev.backendaudit.evidence.git.MinimumSamples;
import dev.backendaudit.evidence.git.ReleaseSummary;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.Provenance;
import dev.backendaudit.model.Unit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;

/**
 * Release cadence and lead time from tags. Releases are ordered by release time; each commit
 * belongs to the first release that contains it: the commits of a release are those reachable from
 * its tag and from no earlier release's tag. With a cache, the releases analysed before are not
 * walked again while they stay the same: only the commits of new releases are.
 */
public final class ReleaseAnalysis {

    private ReleaseAnalysis() {
    }

    /**
     * Measures the releases of the window, adding evidence and unknowns.
     *
     * @param cache where earlier release analyses are kept, or null
     */
    public static ReleaseSummary analyze(HistorySource source, HistoryOptions options, Instant since, Instant until,
                                         Provenance provenance, List<Evidence> evidence, List<String> unknowns,
                                         HistoryCache cache) {
        Pattern tagPattern = options.tagPattern();
        MinimumSamples minimums = options.minimums();
        List<TagRef> all = source.tags();
        List<TagRef> releases = new ArrayList<>();
        Set<String> seenCommits = new LinkedHashSet<>();
        all.stream().filter(t -> tagPattern.matcher(t.name()).matches())
                .sorted(Comparator.comparingLong(TagRef::releaseTime).thenComparing(TagRef::name))
                .forEach(t -> {
                    if (seenCommits.add(t.commitId())) {
                        releases.add(t);
                    }
                });
        long from = since.getEpochSecond();
        long to = until.getEpochSecond();
        double weeks = Duration.between(since, until).toSeconds() / (7.0 * 86_400);
        if (releases.isEmpty()) {
            unknowns.add("no tag matches the release pattern '" + tagPattern.pattern() + "' (" + all.size()
                    + " tags in the repository): release frequency and release lead time are unknown");
            return new ReleaseSummary(0, 0, Optional.empty(), Optional.empty(), 0);
        }
        List<Long> intervals = new ArrayList<>();
        long previousRelease = Long.MIN_VALUE;
        int inWindow = 0;
        for (TagRef release : releases) {
            long at = release.releaseTime();
            if (at >= from && at < to) {
                inWindow++;
                if (previousRelease != Long.MIN_VALUE) {
                    intervals.add(at - previousRelease);
                }
                previousRelease = at;
            }
        }
        List<long[]> claimed = claimed(source, tagPattern.pattern(), releases, cache);
        Histogram leadTimes = new Histogram(3);
        long released = 0;
        for (int i = 0; i < releases.size(); i++) {
            long at = releases.get(i).releaseTime();
            if (at >= from && at < to) {
                for (long commitTime : claimed.get(i)) {
                    leadTimes.recordValue(Math.max(0, at - commitTime));
                    released++;
                }
            }
        }
        if (weeks < minimums.releaseWeeks()) {
            unknowns.add("the window spans " + String.format(Locale.ROOT, "%.1f", weeks) + " weeks, fewer than"
                    + " the " + minimums.releaseWeeks() + " a release frequency needs: it is unknown");
        } else {
            evidence.add(Measurement.of(GitMetrics.RELEASE_FREQUENCY, inWindow / weeks, Unit.PER_WEEK, provenance));
        }
        Optional<Duration> leadTime = Optional.empty();
        if (inWindow < minimums.releases()) {
            unknowns.add(inWindow + " releases (tags matching '" + tagPattern.pattern() + "') lie in the window, fewer"
                    + " than the " + minimums.releases() + " a release lead time needs: it is unknown");
        } else if (released == 0) {
            unknowns.add("no commit was released by a tag matching '" + tagPattern.pattern() + "' in the window ("
                    + releases.size() + " matching tags in all): release lead time is unknown");
        } else {
            leadTime = Optional.of(Duration.ofSeconds(leadTimes.getValueAtPercentile(50)));
            evidence.add(Measurement.of(GitMetrics.RELEASE_LEAD_TIME, leadTime.get(), provenance));
        }
        Optional<Duration> interval = Optional.empty();
        if (!intervals.isEmpty()) {
            intervals.sort(null);
            interval = Optional.of(Duration.ofSeconds(intervals.get((intervals.size() - 1) / 2)));
        }
        return new ReleaseSummary(releases.size(), inWindow, interval, leadTime, released);
    }

    /** Each release's commits' times: from the cache for the releases it already holds in the same order. */
    private static List<long[]> claimed(HistorySource source, String pattern, List<TagRef> releases,
                                        HistoryCache cache) {
        List<String> ids = releases.stream().map(TagRef::commitId).toList();
        List<Long> times = releases.stream().map(TagRef::releaseTime).toList();
        HistoryCache.Releases kept = cache == null ? null : cache.releases();
        int reuse = 0;
        if (kept != null && kept.tagPattern().equals(pattern) && kept.commitIds().size() <= ids.size()
                && kept.commitIds().equals(ids.subList(0, kept.commitIds().size()))
                && kept.times().equals(times.subList(0, kept.times().size()))) {
            reuse = kept.commitIds().size();
        }
        List<LongList> lists = new ArrayList<>();
        for (int i = 0; i < releases.size(); i++) {
            lists.add(new LongList());
        }
        if (reuse == 0) {
            source.firstReleaseCommitTimes(ids, (release, time) -> lists.get(release).add(time));
        } else {
            for (int i = reuse; i < ids.size(); i++) {
                LongList list = lists.get(i);
                source.commitTimesBetween(ids.get(i), ids.subList(0, i), list::add);
            }
        }
        List<long[]> claimed = new ArrayList<>(releases.size());
        for (int i = 0; i < releases.size(); i++) {
            claimed.add(i < reuse ? kept.commitTimes().get(i) : lists.get(i).toArray());
        }
        if (cache != null) {
            cache.rememberReleases(new HistoryCache.Releases(pattern, ids, times, claimed));
        }
        return claimed;
    }

    /** A growable list of longs. */
    private static final class LongList {
        private long[] values = new long[16];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
