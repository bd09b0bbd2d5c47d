package dev.backendaudit.evidence.git.internal;

import dev.backendaudit.evidence.git.GitMetrics;
import dev.backendaudit.evidence.git.ReleaseSummary;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.Provenance;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.Unit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;

/**
 * Release cadence and lead time from tags. Releases are ordered by release time; each commit
 * belongs to the first release that contains it: the commits of a release are those reachable from
 * its tag and from no earlier release's tag.
 */
public final class ReleaseAnalysis {

    private ReleaseAnalysis() {
    }

    /**
     * Measures the releases of the window, adding evidence and unknowns.
     */
    public static ReleaseSummary analyze(HistorySource source, Pattern tagPattern, Instant since, Instant until,
                                         Provenance provenance, List<Evidence> evidence, List<String> unknowns) {
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
        Histogram leadTimes = new Histogram(3);
        List<Long> intervals = new ArrayList<>();
        long previousRelease = Long.MIN_VALUE;
        int inWindow = 0;
        long[] released = {0};
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
        source.firstReleaseCommitTimes(releases.stream().map(TagRef::commitId).toList(), (index, commitTime) -> {
            long at = releases.get(index).releaseTime();
            if (at >= from && at < to) {
                leadTimes.recordValue(Math.max(0, at - commitTime));
                released[0]++;
            }
        });
        evidence.add(Measurement.of(GitMetrics.RELEASE_FREQUENCY, inWindow / weeks, Unit.PER_WEEK, provenance));
        Optional<Duration> leadTime = Optional.empty();
        if (released[0] == 0) {
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
        return new ReleaseSummary(releases.size(), inWindow, interval, leadTime, released[0]);
    }
}
