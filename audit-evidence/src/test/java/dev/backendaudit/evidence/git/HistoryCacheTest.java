package dev.backendaudit.evidence.git;

import static dev.backendaudit.evidence.git.GitHistoryTest.MONDAY;
import static dev.backendaudit.evidence.git.GitHistoryTest.day;
import static dev.backendaudit.evidence.git.GitHistoryTest.files;
import static org.assertj.core.api.Assertions.assertThat;

import dev.backendaudit.evidence.git.internal.HistoryCache;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryCacheTest {

    @TempDir
    Path dir;

    @Test
    void should_give_the_same_report_when_a_re_audit_reuses_earlier_results() throws Exception {
        // GIVEN a history analysed once with a cache, then ten more commits
        Path repoDir = Files.createDirectory(dir.resolve("repo"));
        Path cacheFile = dir.resolve("cache/history.bin");
        HistoryOptions options = HistoryOptions.of(repoDir).window(MONDAY, day(63)).coupling(2, 2, 0.3, 30);
        try (TestRepo repo = TestRepo.create(repoDir)) {
            for (int i = 0; i < 20; i++) {
                repo.commit(i % 3 == 0 ? "fix: bug " + i + "\n\nlong body" : "feature " + i, day(i), i % 2 == 0 ? "Alice" : "Bob",
                        files("a.txt", "a" + i + "\n", "b" + (i % 4) + ".txt", "b" + i + "\n"));
            }
            GitHistory.analyze(options.cache(cacheFile));
            assertThat(HistoryCache.load(cacheFile).size()).isEqualTo(20);
            for (int i = 20; i < 30; i++) {
                repo.commit(i % 3 == 0 ? "fix: bug " + i : "feature " + i, day(i), "Carol",
                        files("a.txt", "a" + i + "\n", "c.txt", "c" + i + "\n"));
            }
        }
        // WHEN
        HistoryReport cached = GitHistory.analyze(options.cache(cacheFile));
        HistoryReport fresh = GitHistory.analyze(options);
        // THEN
        assertThat(cached.evidence()).isEqualTo(fresh.evidence());
        assertThat(cached.hotspots()).isEqualTo(fresh.hotspots());
        assertThat(cached.couplings()).isEqualTo(fresh.couplings());
        assertThat(cached.refixedFiles()).isEqualTo(fresh.refixedFiles());
        assertThat(cached.commits()).isEqualTo(30);
        assertThat(HistoryCache.load(cacheFile).size()).isEqualTo(30);
    }

    @Test
    void should_start_afresh_from_a_cache_file_of_another_format() throws Exception {
        // GIVEN a file that is not a history cache
        Path repoDir = Files.createDirectory(dir.resolve("repo"));
        Path cacheFile = dir.resolve("history.bin");
        Files.writeString(cacheFile, "not a cache");
        try (TestRepo repo = TestRepo.create(repoDir)) {
            repo.commit("one", day(0), "Alice", files("a.txt", "1\n"));
        }
        // WHEN
        HistoryReport report = GitHistory.analyze(HistoryOptions.of(repoDir).window(MONDAY, day(28)).cache(cacheFile));
        // THEN
        assertThat(report.commits()).isEqualTo(1);
        assertThat(HistoryCache.load(cacheFile).size()).isEqualTo(1);
    }

    @Test
    void should_not_cache_commits_skipped_outside_an_earlier_window() throws Exception {
        // GIVEN a first analysis of an early window, which does not diff the later commits
        Path repoDir = Files.createDirectory(dir.resolve("repo"));
        Path cacheFile = dir.resolve("history.bin");
        try (TestRepo repo = TestRepo.create(repoDir)) {
            for (int i = 0; i < 20; i++) {
                repo.commit("fix: change " + i, day(i * 3), "Alice", files("f" + (i % 3) + ".txt", "v" + i + "\n"));
            }
        }
        GitHistory.analyze(HistoryOptions.of(repoDir).window(MONDAY, day(14)).cache(cacheFile));
        // WHEN the whole history is analysed with that cache
        HistoryOptions all = HistoryOptions.of(repoDir).window(MONDAY, day(70));
        HistoryReport cached = GitHistory.analyze(all.cache(cacheFile));
        HistoryReport fresh = GitHistory.analyze(all);
        // THEN the later commits were diffed now, not taken as empty from the cache
        assertThat(cached.evidence()).isEqualTo(fresh.evidence());
        assertThat(cached.hotspots()).isEqualTo(fresh.hotspots());
        assertThat(cached.hotspots().get(0).revisions()).isEqualTo(7);
    }
}
