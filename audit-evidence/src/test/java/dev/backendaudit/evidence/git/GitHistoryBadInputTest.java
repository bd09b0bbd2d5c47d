package dev.backendaudit.evidence.git;

import static dev.backendaudit.evidence.git.GitHistoryTest.MONDAY;
import static dev.backendaudit.evidence.git.GitHistoryTest.day;
import static dev.backendaudit.evidence.git.GitHistoryTest.evidence;
import static dev.backendaudit.evidence.git.GitHistoryTest.files;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.checklist.StandardChecklist;
import dev.backendaudit.engine.Evaluator;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.FindingStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitHistoryBadInputTest {

    @TempDir
    Path dir;

    @Test
    void should_reject_a_directory_that_is_not_a_repository() {
        // GIVEN an empty directory
        // WHEN / THEN
        assertThatThrownBy(() -> GitHistory.analyze(HistoryOptions.of(dir)))
                .isInstanceOf(GitHistoryException.class)
                .hasMessageContaining(dir.toString())
                .hasMessageContaining("must be a git repository");
    }

    @Test
    void should_reject_a_missing_directory() {
        // GIVEN
        Path missing = dir.resolve("nowhere");
        // WHEN / THEN
        assertThatThrownBy(() -> GitHistory.analyze(HistoryOptions.of(missing)))
                .isInstanceOf(GitHistoryException.class)
                .hasMessageContaining("must be a directory");
    }

    @Test
    void should_reject_an_empty_repository() throws Exception {
        // GIVEN a repository without commits
        Git.init().setDirectory(dir.toFile()).call().close();
        // WHEN / THEN
        assertThatThrownBy(() -> GitHistory.analyze(HistoryOptions.of(dir)))
                .isInstanceOf(GitHistoryException.class)
                .hasMessageContaining("has no commits");
    }

    @Test
    void should_reject_a_shallow_clone() throws Exception {
        // GIVEN a repository whose history is cut at its first commit
        try (TestRepo repo = TestRepo.create(dir)) {
            RevCommit first = repo.commit("one", day(0), "Alice", files("a.txt", "1\n"));
            repo.commit("two", day(1), "Alice", files("a.txt", "2\n"));
            Files.writeString(dir.resolve(".git/shallow"), first.name() + "\n");
        }
        // WHEN / THEN
        assertThatThrownBy(() -> GitHistory.analyze(HistoryOptions.of(dir).window(MONDAY, day(28))))
                .isInstanceOf(GitHistoryException.class)
                .hasMessageContaining("shallow clone")
                .hasMessageContaining("git fetch --unshallow");
    }

    @Test
    void should_mark_measures_unknown_when_the_window_holds_no_commits() throws Exception {
        // GIVEN commits in 2026 and a window in 2020
        try (TestRepo repo = TestRepo.create(dir)) {
            repo.commit("fix: one", day(0), "Alice", files("a.txt", "1\n"));
        }
        Instant since = Instant.parse("2020-01-06T00:00:00Z");
        // WHEN
        HistoryReport report = GitHistory.analyze(HistoryOptions.of(dir).window(since, since.plus(Duration.ofDays(70))));
        // THEN nothing is reported as zero: the measures are unknown, and the report says why
        assertThat(report.commits()).isZero();
        assertThat(evidence(report, Metrics.BUG_FIX_SHARE)).isEmpty();
        assertThat(evidence(report, Metrics.COMMIT_THROUGHPUT)).isEmpty();
        assertThat(evidence(report, Metrics.REFIX_SHARE)).isEmpty();
        String why = "the window 2020-01-06T00:00:00Z .. 2020-03-16T00:00:00Z holds 0 commits by people (0 by automation"
                + " and 0 chores set apart), fewer than the 30 needed for the bug-fix share, hotspots, knowledge"
                + " concentration and coupling: they are unknown";
        assertThat(report.unknowns()).contains(why);
        assertThat(report.summary()).contains("UNKNOWN: " + why);
        Audit audit = Audit.builder("svc").checklist(StandardChecklist.checklist()).evidence(report.evidence()).build();
        Finding bugFixes = Evaluator.assess(audit).findings().stream()
                .filter(f -> f.criterion().equals(Criteria.BUG_FIX_SHARE)).findFirst().orElseThrow();
        assertThat(bugFixes.status()).isEqualTo(FindingStatus.UNKNOWN);
    }

    @Test
    void should_mark_releases_unknown_when_no_tag_matches_the_pattern() throws Exception {
        // GIVEN a tag that does not match
        try (TestRepo repo = TestRepo.create(dir)) {
            RevCommit one = repo.commit("one", day(0), "Alice", files("a.txt", "1\n"));
            repo.tag("build-17", one, null);
        }
        // WHEN
        HistoryReport report = GitHistory.analyze(HistoryOptions.of(dir).window(MONDAY, day(28))
                .tagPattern(Pattern.compile("release-\\d+")));
        // THEN
        assertThat(report.releases().tagsMatched()).isZero();
        assertThat(evidence(report, GitMetrics.RELEASE_FREQUENCY)).isEmpty();
        assertThat(evidence(report, GitMetrics.RELEASE_LEAD_TIME)).isEmpty();
        assertThat(report.unknowns()).contains("no tag matches the release pattern 'release-\\d+' (1 tags in the"
                + " repository): release frequency and release lead time are unknown");
    }

    @Test
    void should_report_commits_whose_timestamps_are_out_of_order() throws Exception {
        // GIVEN a child commit recorded four days before its parent
        try (TestRepo repo = TestRepo.create(dir)) {
            repo.commit("parent", day(5), "Alice", files("a.txt", "1\n"));
            repo.commit("child with a skewed clock", day(1), "Alice", files("a.txt", "2\n"));
        }
        // WHEN
        HistoryReport report = GitHistory.analyze(HistoryOptions.of(dir).window(MONDAY, day(28)));
        // THEN both are counted, and the skew is reported
        assertThat(report.commits()).isEqualTo(2);
        assertThat(report.outOfOrderCommits()).isEqualTo(1);
        assertThat(report.summary()).contains("1 commits have commit times out of order");
    }

    @Test
    void should_reject_a_window_that_ends_before_it_starts() {
        // WHEN / THEN
        assertThatThrownBy(() -> HistoryOptions.of(dir).window(day(5), day(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("window start (since) must be before its end (until) " + day(1) + ", but was " + day(5));
    }

    @Test
    void should_reject_a_start_after_the_newest_commit_when_the_end_is_the_default() throws Exception {
        // GIVEN a history whose newest commit is on day 3, and a start on day 10 without an end
        try (TestRepo repo = TestRepo.create(dir)) {
            repo.commit("one", day(0), "Alice", files("a.txt", "1\n"));
            repo.commit("two", day(3), "Alice", files("a.txt", "2\n"));
        }
        // WHEN / THEN the default end (just after the newest commit) would come before the start
        assertThatThrownBy(() -> GitHistory.analyze(HistoryOptions.of(dir).since(day(10))))
                .isInstanceOf(GitHistoryException.class)
                .hasMessage("window start (since) must be before its end, by default just after the newest commit"
                        + " or tag (" + day(3) + "), but was " + day(10) + ": give an earlier start, or an end (until)"
                        + " after it");
    }

    @Test
    void should_reject_a_window_longer_than_a_hundred_years() {
        // WHEN / THEN
        assertThatThrownBy(() -> HistoryOptions.of(dir).window(Instant.parse("1900-01-01T00:00:00Z"),
                Instant.parse("2026-01-01T00:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("window must span at most 36525 days (100 years), but spans 1900-01-01T00:00:00Z .."
                        + " 2026-01-01T00:00:00Z");
    }
}
