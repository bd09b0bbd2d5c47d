package dev.backendaudit.evidence.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.Severity;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.Metric;
import dev.backendaudit.model.TimeSeries;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitHistoryTest {

    static final Instant MONDAY = Instant.parse("2026-01-05T00:00:00Z");

    @TempDir
    Path dir;

    static Instant day(double days) {
        return MONDAY.plusSeconds((long) (days * 86_400));
    }

    static Map<String, String> files(String... pathsAndContents) {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndContents.length; i += 2) {
            files.put(pathsAndContents[i], pathsAndContents[i + 1]);
        }
        return files;
    }

    static Optional<Evidence> evidence(HistoryReport report, Metric metric) {
        return report.evidence().stream().filter(e -> e.topic().equals(metric)).findFirst();
    }

    static double value(HistoryReport report, Metric metric) {
        return ((Measurement) evidence(report, metric).orElseThrow()).baseValue();
    }

    /** Minimum samples of one, for tests of how a measure is computed from a handful of commits. */
    static final MinimumSamples ANY = new MinimumSamples(1, 1, 1, 1, 1000);

    @Test
    void should_judge_the_trend_of_peoples_commits_over_complete_quarters() throws Exception {
        // GIVEN a root commit, then 7, 6, 5, 4, 3 and 2 commits by people in six quarters, and three
        // dependabot upgrades every quarter, which must not count
        Instant end = MONDAY.plus(Duration.ofDays(6 * 91));
        try (TestRepo repo = TestRepo.create(dir)) {
            repo.commit("initial", day(-7), "Alice", files("README.md", "x\n"));
            for (int quarter = 0; quarter < 6; quarter++) {
                for (int i = 0; i < 7 - quarter; i++) {
                    repo.commit("work " + quarter + "." + i, day(quarter * 91 + i * 5 + 0.5), "Alice",
                            files("src/App.java", "v" + quarter + i + "\n"));
                }
                for (int i = 0; i < 3; i++) {
                    repo.commitAs("Bump lib from 1." + i + " to 1." + (i + 1), day(quarter * 91 + 60 + i),
                            "dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com",
                            files("pom.xml", "v" + quarter + i + "\n"));
                }
            }
            repo.commit("work after the window", end, "Alice", files("src/App.java", "after\n"));
        }
        // WHEN
        HistoryReport report = GitHistory.analyze(HistoryOptions.of(dir).until(end));
        // THEN the series holds the six complete quarters (the one before the first commit is left out)
        TimeSeries series = (TimeSeries) evidence(report, Metrics.COMMIT_THROUGHPUT).orElseThrow();
        assertThat(series.points()).extracting(TimeSeries.Point::value)
                .containsExactly(7 / 13.0, 6 / 13.0, 5 / 13.0, 4 / 13.0, 3 / 13.0, 2 / 13.0);
        assertThat(series.points().get(0).at()).isEqualTo(MONDAY);
        ThroughputTrend trend = report.throughputTrend().orElseThrow();
        assertThat(trend.quarters()).isEqualTo(6);
        assertThat(trend.trend().significant()).isTrue();
        assertThat(trend.trend().relativeChange().getAsDouble()).isCloseTo(2.0 / 7 - 1, within(1e-9));
        assertThat(report.summary()).contains("throughput fell 71.4% (Sen's line 0.538/week to 0.154/week;"
                + " Mann–Kendall p 0.0085, significant at 5%) over 6 quarters from 2026-01-05T00:00:00Z");
        // and the criterion judges the same series: a critical decline
        Finding finding = Criteria.THROUGHPUT_TREND.judge(series);
        assertThat(finding.severity()).contains(Severity.CRITICAL);
        assertThat(finding.explanation()).startsWith("commit throughput fell 71.4%");
        // the window is the 52 weeks before its end: four quarters of people's work, the bot set apart
        assertThat(report.weeklyCommits()).hasSize(52);
        assertThat(report.commits()).isEqualTo(5 + 4 + 3 + 2);
        assertThat(report.automation()).isEqualTo(12);
    }

    @Test
    void should_measure_fixes_fixed_again_within_the_refix_window() throws Exception {
        // GIVEN fixes on day 0 (a, b), 10 (a), 50 (b), 60 (c), 80 (c); the window ends on day 91
        try (TestRepo repo = TestRepo.create(dir)) {
            repo.commit("fix: a and b", day(0), "Alice", files("a.txt", "1\n", "b.txt", "1\n"));
            repo.commit("feature on a", day(5), "Alice", files("a.txt", "1\n2\n"));
            repo.commit("fix: a again", day(10), "Bob", files("a.txt", "1\n3\n"));
            repo.commit("fix: b", day(50), "Bob", files("b.txt", "2\n"));
            repo.commit("fix: c", day(60), "Bob", files("c.txt", "1\n"));
            repo.commit("fix: c again", day(80), "Bob", files("c.txt", "2\n"));
            repo.commit("later work, after the window", day(91), "Bob", files("d.txt", "1\n"));
        }
        // WHEN
        HistoryReport report = GitHistory.analyze(HistoryOptions.of(dir).window(MONDAY, day(91))
                .refixWindow(Duration.ofDays(28)).minimumSamples(ANY));
        // THEN fixes of day 0, 10, 50 and 60 can be judged; those of day 0 and 60 were fixed again
        assertThat(report.fixes()).isEqualTo(5);
        assertThat(report.judgedFixes()).isEqualTo(4);
        assertThat(report.refixedFixes()).isEqualTo(2);
        assertThat(value(report, Metrics.REFIX_SHARE)).isCloseTo(0.5, within(1e-9));
        assertThat(report.refixedFiles()).containsExactly(new RefixedFile("a.txt", 2, 1), new RefixedFile("c.txt", 2, 1));
    }

    @Test
    void should_find_hotspots_coupling_and_knowledge_held_by_one_author() throws Exception {
        // GIVEN x and y changed together 3 times by Alice, z by Bob twice, and one mass edit by Alice
        try (TestRepo repo = TestRepo.create(dir)) {
            StringBuilder x = new StringBuilder();
            StringBuilder y = new StringBuilder();
            for (int i = 0; i < 3; i++) {
                x.append("x").append(i).append('\n');
                y.append("y").append(i).append('\n');
                repo.commit("change x and y " + i, day(i), "Alice", files("src/x.java", x.toString(), "src/y.java", y.toString()));
            }
            repo.commit("z one", day(3), "Bob", files("src/z.java", "1\n"));
            repo.commit("z two", day(4), "Bob", files("src/z.java", "1\n2\n"));
            repo.commit("x alone", day(5), "Alice", files("src/x.java", "x0\n"));
            repo.commit("mass edit", day(6), "Alice", files("src/x.java", "x0\nx9\n", "src/y.java", "y\n",
                    "src/z.java", "1\n2\n3\n", "src/w.java", "w\n"));
        }
        // WHEN
        HistoryReport report = GitHistory.analyze(HistoryOptions.of(dir).window(MONDAY, day(28)).hotspots(3)
                .coupling(2, 2, 0.5, 3).minimumSamples(ANY));
        // THEN
        assertThat(report.hotspots()).extracting(Hotspot::path).containsExactly("src/x.java", "src/y.java", "src/z.java");
        assertThat(report.hotspots()).extracting(Hotspot::revisions).containsExactly(5, 4, 3);
        Hotspot z = report.hotspots().get(2);
        assertThat(z.linesAdded()).isEqualTo(3);
        assertThat(z.linesDeleted()).isZero();
        assertThat(z.authors()).isEqualTo(2);
        assertThat(z.mainAuthor()).isEqualTo("bob@example.com");
        assertThat(report.hotspots().get(0).singleAuthor()).isTrue();
        assertThat(value(report, GitMetrics.KNOWLEDGE_CONCENTRATION)).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(value(report, GitMetrics.HOTSPOT_CHANGE_SHARE)).isCloseTo(12.0 / 13, within(1e-9));
        assertThat(report.couplings()).hasSize(1);
        CoupledFiles pair = report.couplings().get(0);
        assertThat(pair.first()).isEqualTo("src/x.java");
        assertThat(pair.second()).isEqualTo("src/y.java");
        assertThat(pair.sharedRevisions()).isEqualTo(3);
        assertThat(pair.degree()).isCloseTo(3 / 3.5, within(1e-9));
        assertThat(pair.kind()).isEqualTo(CouplingKind.PRODUCTION);
        assertThat(value(report, GitMetrics.COUPLED_FILE_PAIRS)).isEqualTo(1);
    }

    @Test
    void should_give_each_commit_to_the_first_release_that_contains_it() throws Exception {
        // GIVEN v1.0 on main, v1.0.1 on a maintenance branch, v1.1 on main, and a tag that is no release
        try (TestRepo repo = TestRepo.create(dir)) {
            repo.commit("c1", day(0), "Alice", files("a.txt", "1\n"));
            RevCommit c2 = repo.commit("c2", day(1), "Alice", files("a.txt", "2\n"));
            repo.tag("v1.0", c2, day(2));
            repo.git.checkout().setCreateBranch(true).setName("maint").setStartPoint(c2).call();
            RevCommit m1 = repo.commit("fix: m1", day(3), "Alice", files("b.txt", "1\n"));
            repo.tag("v1.0.1", m1, null);
            repo.git.checkout().setName("main").call();
            repo.commit("c3", day(4), "Alice", files("c.txt", "1\n"));
            RevCommit c4 = repo.commit("c4", day(5), "Alice", files("c.txt", "2\n"));
            repo.tag("v1.1", c4, day(6));
            repo.tag("nightly-1", c4, null);
            repo.commit("later work, after the window", day(28), "Alice", files("d.txt", "1\n"));
        }
        // WHEN
        HistoryReport report = GitHistory.analyze(HistoryOptions.of(dir).window(MONDAY, day(28)).minimumSamples(ANY));
        // THEN lead times are 2 d, 1 d (v1.0), 0 (v1.0.1), 2 d, 1 d (v1.1): the median is 1 day
        ReleaseSummary releases = report.releases();
        assertThat(releases.tagsMatched()).isEqualTo(3);
        assertThat(releases.releases()).isEqualTo(3);
        assertThat(releases.commitsReleased()).isEqualTo(5);
        assertThat(releases.medianLeadTime().orElseThrow().toSeconds()).isCloseTo(86_400L, within(87L));
        assertThat(releases.medianInterval()).contains(Duration.ofDays(1));
        assertThat(value(report, GitMetrics.RELEASE_FREQUENCY)).isCloseTo(3.0 / 4 / 7, within(1e-9));
        assertThat(value(report, GitMetrics.RELEASE_LEAD_TIME)).isCloseTo(86_400_000.0, within(87_000.0));
    }
}
