package dev.backendaudit.evidence.git;

import static dev.backendaudit.evidence.git.GitHistoryTest.ANY;
import static dev.backendaudit.evidence.git.GitHistoryTest.MONDAY;
import static dev.backendaudit.evidence.git.GitHistoryTest.day;
import static dev.backendaudit.evidence.git.GitHistoryTest.files;
import static dev.backendaudit.evidence.git.GitHistoryTest.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.backendaudit.evidence.git.internal.HistoryCache;
import dev.backendaudit.evidence.git.internal.JGitSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renames, files gone by the window's end, coupling by kind, windows bounded by the data, subdirectories. */
class FilesAndWindowsTest {

    @TempDir
    Path dir;

    static String lines(int n, String tag) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            text.append("line ").append(i).append(i == n - 1 ? tag : "").append('\n');
        }
        return text.toString();
    }

    @Test
    void should_follow_a_file_across_a_rename_and_never_report_a_removed_file_as_a_hotspot() throws Exception {
        // GIVEN Cart.java fixed twice, moved (and edited) to Basket.java, fixed again; Old.java changed often, then removed
        try (TestRepo repo = TestRepo.create(dir)) {
            repo.commit("fix: cart total", day(0), "Alice", files("src/Cart.java", lines(20, "a"), "src/Old.java", "1\n"));
            repo.commit("fix: cart rounding", day(1), "Alice", files("src/Cart.java", lines(20, "b"), "src/Old.java", "2\n"));
            repo.commit("old 3", day(2), "Alice", files("src/Old.java", "3\n"));
            repo.commit("old 4", day(3), "Alice", files("src/Old.java", "4\n"));
            repo.move("Rename Cart to Basket", day(4), "src/Cart.java", "src/shop/Basket.java", lines(20, "c"));
            repo.commit("fix: basket discount", day(5), "Bob", files("src/shop/Basket.java", lines(20, "d")));
            repo.commit("Remove Old", day(6), "Bob", files("src/Old.java", null));
            repo.commit("after the window", day(40), "Bob", files("x.txt", "1\n"));
        }
        // WHEN
        HistoryReport report = GitHistory.analyze(HistoryOptions.of(dir).window(MONDAY, day(35)).minimumSamples(ANY));
        // THEN the basket is one file with four revisions; Old.java (five revisions) is gone, so not a hotspot
        assertThat(report.hotspots()).extracting(Hotspot::path).containsExactly("src/shop/Basket.java");
        assertThat(report.hotspots().get(0).revisions()).isEqualTo(4);
        assertThat(report.hotspots().get(0).authors()).isEqualTo(2);
        // (a refix is about the fixes made: the removed file's refix still counts)
        assertThat(report.refixedFiles()).containsExactly(new RefixedFile("src/shop/Basket.java", 3, 2),
                new RefixedFile("src/Old.java", 2, 1));
        assertThat(report.removedFiles()).isEqualTo(1);
        assertThat(report.summary()).contains("1 files changed in the window do not exist at its end");
    }

    @Test
    void should_follow_files_through_a_move_too_large_for_the_exhaustive_rename_search() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(dev.backendaudit.evidence.git.internal.GitCliSource.installed());
        // GIVEN 1,001 files, all moved to another directory with an edit each (1,001 x 1,001 candidates: past
        // git's limit of 1,000), then one of them changed again
        int n = 1001;
        try (TestRepo repo = TestRepo.create(dir)) {
            for (int i = 0; i < n; i++) {
                Path file = dir.resolve("old/F" + i + ".java");
                Files.createDirectories(file.getParent());
                Files.writeString(file, lines(12, "f" + i));
            }
            repo.git.add().addFilepattern("old").call();
            repo.commit("add", day(0), "Alice", files());
            for (int i = 0; i < n; i++) {
                Path target = dir.resolve("new/F" + i + ".java");
                Files.createDirectories(target.getParent());
                Files.writeString(target, lines(12, "f" + i) + "moved\n");
                Files.delete(dir.resolve("old/F" + i + ".java"));
            }
            repo.git.add().addFilepattern("new").call();
            repo.git.add().setUpdate(true).addFilepattern("old").call();
            repo.commit("move", day(1), "Alice", files());
            repo.commit("change F7", day(2), "Bob", files("new/F7.java", "changed\n"));
            repo.commit("after the window", day(30), "Bob", files("x.txt", "1\n"));
        }
        HistoryOptions options = HistoryOptions.of(dir).window(MONDAY, day(28)).minimumSamples(ANY).hotspots(1);
        // WHEN
        HistoryReport jgit = GitHistory.analyze(options);
        HistoryReport cli = GitHistory.analyze(options.backend(HistoryBackend.GIT_CLI));
        // THEN each file keeps its history under the new name (git's basename step), in both backends
        assertThat(jgit.hotspots()).extracting(Hotspot::path, Hotspot::revisions)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("new/F7.java", 3));
        assertThat(jgit.removedFiles()).isZero();
        assertThat(cli.hotspots()).isEqualTo(jgit.hotspots());
        assertThat(cli.removedFiles()).isEqualTo(jgit.removedFiles());
    }

    @Test
    void should_report_a_class_and_its_test_and_ci_files_apart_from_production_coupling() throws Exception {
        // GIVEN Order + OrderTest, Order + OrderRepository, and a workflow with the build file, always together
        try (TestRepo repo = TestRepo.create(dir)) {
            for (int i = 0; i < 6; i++) {
                repo.commit("order " + i, day(i), "Alice", files("src/main/java/Order.java", "v" + i + "\n",
                        "src/test/java/OrderTest.java", "v" + i + "\n", "src/main/java/OrderRepository.java", "v" + i + "\n"));
                repo.commit("ci " + i, day(i + 0.5), "Bob", files(".github/workflows/ci.yml", "v" + i + "\n",
                        "build.gradle", "v" + i + "\n"));
            }
            repo.commit("after the window", day(30), "Bob", files("x.txt", "1\n"));
        }
        // WHEN
        HistoryReport report = GitHistory.analyze(HistoryOptions.of(dir).window(MONDAY, day(28)).minimumSamples(ANY));
        // THEN
        assertThat(report.couplings()).extracting(CoupledFiles::first, CoupledFiles::second, CoupledFiles::kind)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(".github/workflows/ci.yml", "build.gradle",
                                CouplingKind.CI_OR_CONFIGURATION),
                        org.assertj.core.groups.Tuple.tuple("src/main/java/Order.java", "src/main/java/OrderRepository.java",
                                CouplingKind.PRODUCTION),
                        org.assertj.core.groups.Tuple.tuple("src/main/java/Order.java", "src/test/java/OrderTest.java",
                                CouplingKind.CLASS_AND_TEST),
                        org.assertj.core.groups.Tuple.tuple("src/main/java/OrderRepository.java",
                                "src/test/java/OrderTest.java", CouplingKind.OTHER));
        assertThat(value(report, GitMetrics.COUPLED_FILE_PAIRS)).isEqualTo(1);
        assertThat(report.summary()).contains("coupled pairs: 1 of production code; apart: 1 class and its test,"
                + " 1 with CI/configuration, 1 other");
    }

    @Test
    void should_end_a_stale_clone_window_with_its_newest_commit_and_clip_a_window_past_the_data() throws Exception {
        // GIVEN commits from January to March 2026, read long afterwards
        try (TestRepo repo = TestRepo.create(dir)) {
            for (int i = 0; i < 40; i++) {
                repo.commit("work " + i, day(i * 2), "Alice", files("src/App.java", "v" + i + "\n"));
            }
        }
        Instant newest = day(78);
        // WHEN the default window, and a window from 2025 to 2027
        HistoryReport byDefault = GitHistory.analyze(HistoryOptions.of(dir));
        HistoryReport asked = GitHistory.analyze(HistoryOptions.of(dir).window(Instant.parse("2025-01-01T00:00:00Z"),
                Instant.parse("2027-01-01T00:00:00Z")));
        // THEN both end just after the newest commit and start at the first, and the report says so
        assertThat(byDefault.until()).isEqualTo(newest.plusSeconds(1));
        assertThat(byDefault.since()).isEqualTo(MONDAY);
        assertThat(byDefault.weeklyCommits()).hasSize(11).doesNotContain(0L);
        assertThat(asked.until()).isEqualTo(newest.plusSeconds(1));
        assertThat(asked.since()).isEqualTo(MONDAY);
        assertThat(asked.windowNotes()).containsExactly(
                "the window asked for ends 2027-01-01T00:00:00Z, after the newest commit or tag (" + newest
                        + "): it ends just after it",
                "the window asked for starts 2025-01-01T00:00:00Z, before the first commit (2026-01-05T00:00:00Z): it"
                        + " starts at that commit");
        assertThat(asked.summary()).startsWith("git history of " + dir + " (jgit), 2026-01-05T00:00:00Z .. "
                + newest.plusSeconds(1) + ", commits ")
                .contains("  window: the window asked for ends 2027-01-01T00:00:00Z");
        assertThat(asked.evidence()).isEqualTo(byDefault.evidence());
    }

    @Test
    void should_audit_a_directory_inside_a_repository_as_that_paths_history() throws Exception {
        // GIVEN two modules of a monorepo
        try (TestRepo repo = TestRepo.create(dir)) {
            for (int i = 0; i < 10; i++) {
                repo.commit("fix: billing " + i, day(i), "Alice", files("billing/src/Invoice.java", "v" + i + "\n"));
                repo.commit("shipping " + i, day(i + 0.5), "Bob", files("shipping/src/Parcel.java", "v" + i + "\n"));
            }
            repo.commit("both", day(11), "Carol", files("billing/README.md", "b\n", "shipping/README.md", "s\n"));
            repo.commit("after the window", day(30), "Bob", files("x.txt", "1\n"));
        }
        HistoryOptions options = HistoryOptions.of(dir.resolve("billing")).window(MONDAY, day(28)).minimumSamples(ANY);
        // WHEN
        HistoryReport report = GitHistory.analyze(options);
        // THEN
        assertThat(report.path()).contains("billing");
        assertThat(report.commits()).isEqualTo(11);
        assertThat(report.fixes()).isEqualTo(10);
        assertThat(report.hotspots()).extracting(Hotspot::path).containsExactly("billing/src/Invoice.java",
                "billing/README.md");
        assertThat(report.summary()).startsWith("git history of " + dir.resolve("billing") + " (path billing) (jgit)");
        assertThat(report.evidence().get(0).provenance().location().orElseThrow()).contains(":billing");
    }

    @Test
    void should_open_a_directory_named_relative_to_the_working_directory_inside_a_work_tree() throws Exception {
        // GIVEN a relative name without parent segments ("src", as in ./audit --repo audit-core): JGit finds .git only
        // in a file's textual parents, which such a name lacks. The tests run in a module of this project's work tree.
        Path cwd = Path.of("").toAbsolutePath();
        java.io.File gitDir = new FileRepositoryBuilder().findGitDir(cwd.toFile()).getGitDir();
        assumeTrue(gitDir != null && !Files.exists(cwd.resolve(".git")) && Files.isDirectory(cwd.resolve("src")),
                "the tests run in a directory inside a git work tree");
        // WHEN
        try (JGitSource source = JGitSource.open(Path.of("src"), 1)) {
            // THEN it is that directory's history in the work tree around it
            Path top = source.repository().getWorkTree().toPath().toRealPath();
            assertThat(source.path()).hasValue(top.relativize(cwd.resolve("src").toRealPath()).toString()
                    .replace(java.io.File.separatorChar, '/'));
        }
    }

    @Test
    void should_give_the_same_releases_from_a_cache_after_new_tags() throws Exception {
        // GIVEN releases analysed once with a cache, then two more releases
        Path repoDir = Files.createDirectory(dir.resolve("repo"));
        Path cacheFile = dir.resolve("history.bin");
        HistoryOptions options = HistoryOptions.of(repoDir).window(MONDAY, day(63)).minimumSamples(ANY);
        try (TestRepo repo = TestRepo.create(repoDir)) {
            for (int i = 0; i < 20; i++) {
                RevCommit commit = repo.commit("work " + i, day(i * 2), "Alice", files("a.txt", "v" + i + "\n"));
                if (i % 5 == 4) {
                    repo.tag("v1." + i, commit, day(i * 2 + 0.5));
                }
            }
            GitHistory.analyze(options.cache(cacheFile));
            assertThat(HistoryCache.load(cacheFile).releases().commitIds()).hasSize(4);
            for (int i = 20; i < 26; i++) {
                RevCommit commit = repo.commit("work " + i, day(i * 2), "Bob", files("b.txt", "v" + i + "\n"));
                if (i % 3 == 0) {
                    repo.tag("v2." + i, commit, day(i * 2 + 0.5));
                }
            }
            repo.commit("after the window", day(70), "Bob", files("c.txt", "1\n"));
        }
        // WHEN
        HistoryReport cached = GitHistory.analyze(options.cache(cacheFile));
        HistoryReport fresh = GitHistory.analyze(options);
        // THEN
        assertThat(cached.releases()).isEqualTo(fresh.releases());
        assertThat(cached.releases().releases()).isEqualTo(6);
        assertThat(cached.evidence()).isEqualTo(fresh.evidence());
        assertThat(HistoryCache.load(cacheFile).releases().commitIds()).hasSize(6);
    }
}
