package dev.backendaudit.evidence.git;

import static dev.backendaudit.evidence.git.GitHistoryTest.MONDAY;
import static dev.backendaudit.evidence.git.GitHistoryTest.day;
import static dev.backendaudit.evidence.git.GitHistoryTest.files;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendaudit.evidence.git.internal.HistoryCache;
import dev.backendaudit.testing.FaultyFileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryCacheTest {

    @TempDir
    Path dir;

    /** Ten commits a day apart in {@code dir/repo}, analysed with {@code cacheFile} after commit {@code cachedAfter}. */
    private HistoryOptions tenCommits(Path cacheFile, int cachedAfter) throws Exception {
        Path repoDir = Files.createDirectory(dir.resolve("repo"));
        HistoryOptions options = HistoryOptions.of(repoDir).window(MONDAY, day(28));
        try (TestRepo repo = TestRepo.create(repoDir)) {
            for (int i = 0; i < 10; i++) {
                repo.commit("change " + i, day(i), "Alice", files("a.txt", i + "\n"));
                if (i == cachedAfter) {
                    GitHistory.analyze(options.cache(cacheFile));
                }
            }
        }
        return options;
    }

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
    void should_refuse_to_overwrite_a_file_that_is_not_a_cache() throws Exception {
        // GIVEN a file that is not a history cache (a typo for another file, say)
        Path repoDir = Files.createDirectory(dir.resolve("repo"));
        Path notACache = dir.resolve("notes.txt");
        Files.writeString(notACache, "not a cache");
        try (TestRepo repo = TestRepo.create(repoDir)) {
            repo.commit("one", day(0), "Alice", files("a.txt", "1\n"));
        }
        // WHEN / THEN
        assertThatThrownBy(() -> GitHistory.analyze(HistoryOptions.of(repoDir).window(MONDAY, day(28)).cache(notACache)))
                .isInstanceOf(GitHistoryException.class)
                .hasMessage("history cache " + notACache + " exists but is not a history cache (it does not start"
                        + " with the cache's format marker); it is left untouched: name a new file for the cache, or"
                        + " remove this one if it is yours");
        assertThat(notACache).hasContent("not a cache");
    }

    @Test
    void should_take_an_empty_file_as_an_empty_cache() throws Exception {
        Path repoDir = Files.createDirectory(dir.resolve("repo"));
        Path cacheFile = Files.createFile(dir.resolve("history.bin"));
        try (TestRepo repo = TestRepo.create(repoDir)) {
            repo.commit("one", day(0), "Alice", files("a.txt", "1\n"));
        }

        HistoryReport report = GitHistory.analyze(HistoryOptions.of(repoDir).window(MONDAY, day(28)).cache(cacheFile));

        assertThat(report.commits()).isEqualTo(1);
        assertThat(HistoryCache.load(cacheFile).size()).isEqualTo(1);
    }

    @Test
    void should_keep_the_old_cache_byte_for_byte_when_the_disk_is_full_or_read_only() throws Exception {
        // GIVEN a cache of five commits, then five more commits
        Path cacheFile = dir.resolve("history.bin");
        HistoryOptions options = tenCommits(cacheFile, 4);
        byte[] before = Files.readAllBytes(cacheFile);
        for (FaultyFileSystem disk : List.of(FaultyFileSystem.create().capacity(64),
                FaultyFileSystem.create().readOnly(true))) {
            // WHEN the re-audit cannot write
            assertThatThrownBy(() -> GitHistory.analyze(options.cache(disk.path(cacheFile))))
                    .isInstanceOf(GitHistoryException.class)
                    .hasMessageStartingWith("history cache " + cacheFile + " cannot be written: ")
                    .hasMessageEndingWith(disk.isReadOnly() ? "Read-only file system" : "No space left on device");
            // THEN the old cache is whole
            assertThat(Files.readAllBytes(cacheFile)).isEqualTo(before);
            assertThat(HistoryCache.load(cacheFile).size()).isEqualTo(5);
        }
    }

    @Test
    void should_keep_the_whole_records_of_a_cut_cache_and_rewrite_it_whole() throws Exception {
        // GIVEN a cache of ten commits cut in half (by a copy that did not finish, say)
        Path cacheFile = dir.resolve("history.bin");
        HistoryOptions options = tenCommits(cacheFile, 9);
        byte[] whole = Files.readAllBytes(cacheFile);
        Files.write(cacheFile, java.util.Arrays.copyOf(whole, whole.length / 2));
        // WHEN it is loaded, and a re-audit uses it
        int kept = HistoryCache.load(cacheFile).size();
        HistoryReport cached = GitHistory.analyze(options.cache(cacheFile));
        // THEN the records before the cut are kept, the rest read again, and the cache is whole again
        assertThat(kept).isBetween(1, 9);
        assertThat(cached.evidence()).isEqualTo(GitHistory.analyze(options).evidence());
        assertThat(HistoryCache.load(cacheFile).size()).isEqualTo(10);
        assertThat(Files.readAllBytes(cacheFile)).isEqualTo(whole);
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
