package dev.backendaudit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryOptionsTest extends CapturesOutput {

    @TempDir
    Path dir;

    int run(String... args) {
        return Main.commandLine().execute(args);
    }

    @Test
    void should_audit_a_repository_from_its_measured_evidence() throws Exception {
        // GIVEN a repository with eight weeks of commits, a pipeline and deployment records
        String root = null;
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            Files.createDirectories(dir.resolve(".github/workflows"));
            Files.writeString(dir.resolve(".github/workflows/ci.yml"), "on: push\n");
            Instant start = Instant.parse("2026-01-05T09:00:00Z");
            for (int i = 0; i < 40; i++) {
                Files.writeString(dir.resolve("App.java"), "class App { int v = " + i + "; }\n");
                git.add().addFilepattern(".").call();
                PersonIdent ident = new PersonIdent("Dev", "dev@example.com", start.plusSeconds(i * 33_000L), ZoneOffset.UTC);
                String id = git.commit().setMessage(i % 4 == 0 ? "fix: bug " + i : "feature " + i).setAuthor(ident)
                        .setCommitter(ident).setSign(false).call().name();
                root = root == null ? id : root;
            }
        }
        Path deployments = dir.resolve("deployments.csv");
        Files.writeString(deployments, "time,service,version,status\n2026-01-20T10:00:00Z,app,HEAD~20,success\n"
                + "2026-02-10T10:00:00Z,app,HEAD,success\n");
        // WHEN
        int exit = run("--repo", dir.toString(), "--since", "2026-01-05", "--until", "2026-03-02",
                "--deployments", deployments.toString());
        // THEN
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(printed).contains("git history of " + dir + " (jgit)")
                .contains("40 commits by people; set apart: 0 by automation, 0 dependency/release chores, 0 merges")
                .contains("10 fixes (0 cosmetic fixes and 0 reverts not counted)")
                .contains("window: the window asked for ends 2026-03-02T00:00:00Z, after the newest commit or tag"
                        + " (2026-01-20T06:30:00Z): it ends just after it")
                .contains("GitHub Actions workflow (.github/workflows/ci.yml)")
                .contains("rated against DORA 2021")
                .contains("Backend audit of " + dir.getFileName() + "@" + root.substring(0, 12))
                .contains("Verdict: ");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("reading history: 40 commits");
    }

    @Test
    void should_audit_a_directory_that_is_not_a_repository_from_what_it_holds() {
        // WHEN (since ProjectEvidence: a directory without git is measured from what it holds, its history unknown)
        int exit = run("--repo", dir.toString());
        // THEN
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("git-history: nothing measured\n  UNKNOWN: " + dir + " is in no git repository (not a work tree, a"
                        + " directory inside one, or a bare repository)")
                .contains("Evidence per area:\n  Architecture              0 of 6 decided\n")
                .contains("Verdict: INCONCLUSIVE");
    }

    @Test
    void should_audit_a_directory_inside_a_work_tree_as_that_paths_history() throws Exception {
        // GIVEN a repository with two modules: 6 commits in orders, 3 in billing
        String root = null;
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            Files.createDirectories(dir.resolve("orders"));
            Files.createDirectories(dir.resolve("billing"));
            Instant start = Instant.parse("2026-01-05T09:00:00Z");
            for (int i = 0; i < 9; i++) {
                Files.writeString(dir.resolve(i % 3 == 2 ? "billing/Invoice.java" : "orders/Order.java"), "v" + i);
                git.add().addFilepattern(".").call();
                PersonIdent ident = new PersonIdent("Dev", "dev@example.com", start.plusSeconds(i * 86_400L), ZoneOffset.UTC);
                String id = git.commit().setMessage("change " + i).setAuthor(ident).setCommitter(ident).setSign(false)
                        .call().name();
                root = root == null ? id : root;
            }
        }
        // WHEN
        int exit = run("--repo", dir.resolve("orders").toString());
        // THEN that path's history is read, up to the repository's newest commit, and the subject names the path
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(printed).contains("git history of " + dir.resolve("orders") + " (path orders) (jgit), 2026-01-05T09:00:00Z"
                        + " .. 2026-01-13T09:00:01Z, commits ")
                .contains("  6 commits by people; set apart: 0 by automation, 0 dependency/release chores, 0 merges"
                        + " (not examined in a path's history)")
                .contains("Backend audit of " + dir.getFileName() + "@" + root.substring(0, 12) + "/orders at"
                        + " 2026-01-13T09:00:01Z");
    }

    @Test
    void should_count_the_delivery_records_of_the_named_service_only() throws Exception {
        // GIVEN one deployment log of two services, in a directory without git
        Path deployments = Files.writeString(dir.resolve("deployments.csv"), "time,service,version,status\n"
                + "2026-01-20T10:00:00Z,checkout,1.0,success\n2026-01-21T10:00:00Z,billing,7.0,failure\n"
                + "2026-02-10T10:00:00Z,checkout,1.1,success\n");
        // WHEN
        int exit = run("--repo", dir.toString(), "--since", "2026-01-05", "--until", "2026-03-02", "--deployments",
                deployments.toString(), "--service", "checkout", "--subject", "shop/checkout");
        // THEN
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("delivery records of service 'checkout', "
                + "2026-01-05T00:00:00Z .. 2026-03-02T00:00:00Z, rated against DORA 2021\n"
                + "  note: 1 deployment and 0 incident records of other services (billing) are not counted\n")
                .contains("  change failure rate: 0%").contains("Backend audit of shop/checkout");
    }

    @Test
    void should_report_a_broken_build_report_with_exit_status_1() throws Exception {
        // GIVEN
        Files.createDirectories(dir.resolve("target/surefire-reports"));
        Files.writeString(dir.resolve("target/surefire-reports/TEST-a.xml"), "<testsuite name=\"a\"");
        // WHEN
        int exit = run("--repo", dir.toString());
        // THEN
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("audit: " + dir.resolve("target/surefire-reports/TEST-a.xml")
                + ":1:20: malformed XML: XML document structures must start and end within the same entity."
                + System.lineSeparator());
    }

    @Test
    void should_still_print_the_example_audit_without_options() {
        // WHEN
        int exit = run();
        // THEN
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Backend audit of checkout-service");
    }
}
