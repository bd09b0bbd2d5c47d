package dev.backendaudit.evidence.git;

import static dev.backendaudit.evidence.git.GitHistoryTest.MONDAY;
import static dev.backendaudit.evidence.git.GitHistoryTest.day;
import static dev.backendaudit.evidence.git.GitHistoryTest.files;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.backendaudit.evidence.git.internal.GitCliSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JGit and the git command line must give identical evidence on the same repository. */
class BackendParityTest {

    @TempDir
    Path dir;

    @Test
    void should_give_identical_evidence_from_jgit_and_the_git_command_line() throws Exception {
        assumeTrue(GitCliSource.installed(), "git is not installed: the parity of the two backends cannot be tested");
        // GIVEN a history with edits, deletions, a binary file, a file without a final newline,
        // odd file names, a merge, tags and fixes
        try (TestRepo repo = TestRepo.create(dir)) {
            String text = "";
            for (int i = 0; i < 40; i++) {
                text = text + "line " + i + "\n";
                String message = i % 3 == 0 ? "fix: defect " + i : i % 7 == 0 ? "Revert \"change " + i + "\"" : "feature " + i;
                String author = i % 4 == 0 ? "Bob" : "Alice";
                RevCommit commit = repo.commit(message, day(i * 1.5), author, files(
                        "src/main/App.java", text,
                        "src/main/Util " + (i % 5) + ".java", "util " + i + "\nshared\n",
                        "docs/ünïcode.md", "v" + (i % 2),
                        "src/main/Other.java", i % 6 == 0 ? "a\nb\nc\n" : "a\nc\nd\ne\n"));
                if (i == 10) {
                    Files.write(dir.resolve("logo.png"), new byte[] {1, 0, 2, 0, 3});
                    repo.git.add().addFilepattern("logo.png").call();
                    repo.commit("add logo", day(i * 1.5 + 0.1), "Alice", files());
                    repo.tag("v1.0.0", commit, day(i * 1.5 + 0.2));
                }
                if (i == 20) {
                    repo.commit("remove util", day(i * 1.5 + 0.1), "Bob", files("src/main/Util 0.java", null));
                    repo.tag("v1.1.0", commit, null);
                }
            }
            repo.move("Move Other to a package", day(60.5), "src/main/Other.java", "src/main/pkg/Other.java",
                    "a\nc\nd\ne\nf\n");
            repo.commit("fix: other in its package", day(60.7), "Bob", files("src/main/pkg/Other.java", "a\nc\nd\ne\nf\ng\n"));
            repo.commit("remove util 4", day(60.8), "Bob", files("src/main/Util 4.java", null));
            repo.git.checkout().setCreateBranch(true).setName("topic").call();
            repo.commit("topic work", day(61), "Carol", files("topic.txt", "t\n"));
            repo.git.checkout().setName("main").call();
            repo.commit("fix: main work", day(61.5), "Alice", files("src/main/App.java", "rewritten\n"));
            MergeResult merge = repo.git.merge().include(repo.git.getRepository().resolve("topic"))
                    .setCommit(false).call();
            assertThat(merge.getMergeStatus().isSuccessful()).isTrue();
            PersonIdent ident = new PersonIdent("Alice", "alice@example.com", day(62), ZoneOffset.UTC);
            RevCommit merged = repo.git.commit().setMessage("Merge topic").setAuthor(ident).setCommitter(ident)
                    .setSign(false).call();
            repo.tag("v2.0.0", merged, day(63));
        }
        repo_after(dir);
        HistoryOptions options = HistoryOptions.of(dir).window(MONDAY, day(84)).coupling(2, 2, 0.3, 30);
        // WHEN
        HistoryReport jgit = GitHistory.analyze(options.backend(HistoryBackend.JGIT));
        HistoryReport cli = GitHistory.analyze(options.backend(HistoryBackend.GIT_CLI));
        // THEN
        assertThat(jgit.backend()).isEqualTo("jgit");
        assertThat(cli.backend()).isEqualTo("git-cli");
        assertThat(jgit.commits()).isEqualTo(47);
        assertThat(jgit.merges()).isEqualTo(1);
        assertThat(cli.evidence()).isEqualTo(jgit.evidence());
        assertThat(cli.hotspots()).isEqualTo(jgit.hotspots());
        assertThat(cli.couplings()).isEqualTo(jgit.couplings()).isNotEmpty();
        assertThat(cli.refixedFiles()).isEqualTo(jgit.refixedFiles()).isNotEmpty();
        assertThat(cli.releases()).isEqualTo(jgit.releases());
        assertThat(cli.releases().releases()).isEqualTo(3);
        assertThat(cli.unknowns()).isEqualTo(jgit.unknowns());
        assertThat(cli.range()).isEqualTo(jgit.range());
        assertThat(cli.head()).isEqualTo(jgit.head());
        assertThat(cli.reverts()).isEqualTo(jgit.reverts()).isPositive();
        assertThat(cli.removedFiles()).isEqualTo(jgit.removedFiles()).isPositive();
        assertThat(jgit.hotspots()).extracting(Hotspot::path).contains("src/main/pkg/Other.java")
                .doesNotContain("src/main/Other.java");
        // and the history of one directory
        HistoryOptions main = HistoryOptions.of(dir.resolve("src/main")).window(MONDAY, day(84)).coupling(2, 2, 0.3, 30);
        HistoryReport jgitMain = GitHistory.analyze(main.backend(HistoryBackend.JGIT));
        HistoryReport cliMain = GitHistory.analyze(main.backend(HistoryBackend.GIT_CLI));
        assertThat(jgitMain.path()).contains("src/main");
        assertThat(cliMain.path()).contains("src/main");
        assertThat(cliMain.evidence()).isEqualTo(jgitMain.evidence());
        assertThat(cliMain.hotspots()).isEqualTo(jgitMain.hotspots());
        assertThat(cliMain.releases()).isEqualTo(jgitMain.releases());
        assertThat(cliMain.commits()).isEqualTo(jgitMain.commits()).isLessThan(jgit.commits());
    }

    /** A commit after the window, so that the window is not clipped to the data. */
    private static void repo_after(Path dir) throws Exception {
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.open(dir.toFile())) {
            Files.writeString(dir.resolve("later.txt"), "later\n");
            git.add().addFilepattern("later.txt").call();
            PersonIdent ident = new PersonIdent("Alice", "alice@example.com", day(90), ZoneOffset.UTC);
            git.commit().setMessage("after the window").setAuthor(ident).setCommitter(ident).setSign(false).call();
        }
    }
}
