package dev.backendaudit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendaudit.testing.SmallDisk;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The main job's errors, through its command line: the exit code and the exact line on standard error. */
class MainErrorsTest extends CapturesOutput {

    @TempDir
    Path dir;

    int exit;

    /** Runs the main job; returns what it printed on standard error this time. */
    String run(String... args) {
        out.reset();
        err.reset();
        CommandLine cli = Main.commandLine().setErr(new PrintWriter(System.err, true));
        exit = cli.execute(args);
        return err.toString(StandardCharsets.UTF_8);
    }

    Path repository(String name) throws Exception {
        Path repo = Files.createDirectories(dir.resolve(name));
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            for (int i = 0; i < 3; i++) {
                Files.writeString(repo.resolve("App.java"), "class App { int v = " + i + "; }\n");
                git.add().addFilepattern(".").call();
                PersonIdent ident = new PersonIdent("Dev", "dev@example.com",
                        Instant.parse("2026-01-05T09:00:00Z").plusSeconds(86_400L * i), ZoneOffset.UTC);
                git.commit().setMessage(name + " " + i).setAuthor(ident).setCommitter(ident).setSign(false).call();
            }
        }
        return repo;
    }

    private static String line(String text) {
        return text + System.lineSeparator();
    }

    @Test
    void should_refuse_an_unknown_option_suggesting_the_nearest() {
        assertThat(run("--jsn", "x.json")).isEqualTo(line("audit: Unknown options: '--jsn', 'x.json'; did you mean"
                + " --json? (see --help)"));
        assertThat(exit).isEqualTo(2);
    }

    @Test
    void should_refuse_values_that_cannot_be_converted_naming_the_option() {
        assertThat(run("--max-findings", "many")).isEqualTo(line("audit: Invalid value for option '--max-findings':"
                + " 'many' is not an int"));
        assertThat(exit).isEqualTo(2);
        assertThat(run("--repo", dir.toString(), "--since", "yesterday")).endsWith(line("audit: Invalid value for"
                + " option '--since': 'yesterday' is not a date such as 2026-01-01 or an instant such as"
                + " 2026-01-01T00:00:00Z in the years 1 to 9999"));
    }

    @Test
    void should_refuse_a_regular_expression_that_does_not_compile() {
        assertThat(run("--repo", dir.toString(), "--tag-pattern", "release-[")).isEqualTo(line("audit: Invalid value"
                + " for option '--tag-pattern': 'release-[' is not a regular expression: Unclosed character class at"
                + " index 8"));
        assertThat(exit).isEqualTo(2);
    }

    @Test
    void should_refuse_counts_out_of_range() {
        assertThat(run("--max-findings", "-1")).isEqualTo(line("audit: --max-findings must be at least 0, but was -1"));
        assertThat(run("--repo", dir.toString(), "--weeks", "0")).isEqualTo(line("audit: --weeks must be at least 1,"
                + " but was 0"));
        assertThat(exit).isEqualTo(2);
    }

    @Test
    void should_refuse_combinations_that_make_no_sense() throws IOException {
        Path incidents = Files.writeString(dir.resolve("incidents.csv"), "start,restored,service,caused_by\n");
        assertThat(run("--repo", dir.toString(), "--incidents", incidents.toString())).isEqualTo(line("audit:"
                + " --incidents needs --deployments: incidents are judged against the deployments that caused them;"
                + " give the deployment records too"));
        assertThat(run("--repo", dir.toString(), "--cache", dir.resolve("c.bin").toString(), "--git-cli"))
                .endsWith(line("audit: --cache and --git-cli cannot be given together: the history cache serves the"
                        + " JGit backend only; drop one of them"));
        assertThat(run("--weeks", "26")).endsWith(line("audit: --weeks needs --repo: it applies to the audit of a"
                + " repository (without --repo the example audit is printed)"));
        assertThat(run("--repo", dir.toString(), "--since", "2026-07-01", "--until", "2026-01-01")).endsWith(line(
                "audit: the window must start before it ends, but --since 2026-07-01T00:00:00Z is not before --until"
                        + " 2026-01-01T00:00:00Z"));
        assertThat(run("--repo", dir.toString(), "--since", "2026-01-01", "--weeks", "4")).endsWith(line("audit:"
                + " --since and --weeks cannot be given together: both set the window's start; give --since a date,"
                + " or --weeks before --until"));
        assertThat(exit).isEqualTo(2);
    }

    @Test
    void should_refuse_recording_options_that_make_no_sense_before_any_work() throws IOException {
        assertThat(run("--expected-peak", "60")).isEqualTo(line("audit: --expected-peak needs --load-test or --repo:"
                + " it is the concurrency a load test's fit is judged against"));
        assertThat(exit).isEqualTo(2);
        Path loadTest = Files.writeString(dir.resolve("steps.csv"), "concurrency,throughput\n");
        assertThat(run("--load-test", loadTest.toString(), "--expected-peak", "0")).isEqualTo(line("audit:"
                + " --expected-peak must be a positive number of concurrent users, but was 0.0"));
        assertThat(exit).isEqualTo(2);
        assertThat(run("--latency", dir.resolve("missing.hlog") + ":peak:us")).isEqualTo(line("audit: --latency "
                + dir.resolve("missing.hlog") + ":peak:us: no readable file " + dir.resolve("missing.hlog")));
        assertThat(exit).isEqualTo(2);
        assertThat(run("--load-test", loadTest.toString(), "--json", loadTest.toString())).endsWith(line("audit:"
                + " --json " + loadTest + " would overwrite the --load-test file it reads"));
        assertThat(exit).isEqualTo(2);
    }

    @Test
    void should_refuse_report_paths_that_cannot_be_written_before_any_work() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("reports"));
        Path deployments = Files.writeString(dir.resolve("deployments.csv"), "time,service,version,status\n");
        assertThat(run("--json", folder.toString())).isEqualTo(line("audit: --json " + folder + ": is a directory;"
                + " name a file"));
        assertThat(run("--markdown", dir.resolve("missing/comment.md").toString())).endsWith(line("audit:"
                + " --markdown " + dir.resolve("missing/comment.md") + ": its directory " + dir.resolve("missing")
                + " does not exist"));
        assertThat(run("--json", dir.resolve("a.out").toString(), "--sarif", dir.resolve("a.out").toString()))
                .endsWith(line("audit: --json and --sarif both name " + dir.resolve("a.out") + "; give each report a"
                        + " file of its own"));
        assertThat(run("--repo", dir.toString(), "--deployments", deployments.toString(), "--json",
                deployments.toString())).endsWith(line("audit: --json " + deployments + " would overwrite the"
                + " --deployments file it reads"));
        assertThat(run("--history", deployments.toString())).endsWith(line("audit: --history " + deployments
                + ": is a file, not a directory"));
        assertThat(exit).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).as("no work started").isEmpty();
    }

    @Test
    void should_refuse_a_report_in_a_read_only_directory() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("disk"), 64 * 1024)) {
            disk.remountReadOnly();
            Path file = disk.root().resolve("verdict.json");

            assertThat(run("--json", file.toString())).isEqualTo(line("audit: --json " + file + ": its directory "
                    + disk.root() + " cannot be written (read-only or no permission)"));
            assertThat(exit).isEqualTo(2);
        }
    }

    @Test
    void should_refuse_missing_inputs_and_an_unknown_strategy() {
        assertThat(run("--repo", dir.resolve("none").toString())).isEqualTo(line("audit: --repo " + dir.resolve("none")
                + ": no such directory"));
        assertThat(run("--repo", dir.toString(), "--deployments", dir.resolve("none.csv").toString())).endsWith(line(
                "audit: --deployments " + dir.resolve("none.csv") + ": no such file"));
        assertThat(run("--strategy", "magic")).contains("audit: --strategy: no scoring strategy is named \"magic\"");
        assertThat(exit).isEqualTo(2);
    }

    @Test
    void should_report_a_failure_while_auditing_a_repository_with_exit_code_1() throws Exception {
        // GIVEN a repository and a deployments file with a bad time on line 3
        Path repo = repository("checkout");
        Path deployments = Files.writeString(dir.resolve("deployments.csv"), "time,service,version,status\n"
                + "2026-01-05T10:00:00Z,checkout,HEAD,success\nyesterday,checkout,HEAD,success\n");
        // WHEN
        String printed = run("--repo", repo.toString(), "--since", "2026-01-05", "--until", "2026-02-02",
                "--deployments", deployments.toString());
        // THEN
        assertThat(exit).isEqualTo(1);
        assertThat(printed).endsWith(line("audit: " + deployments + ":3: time must be an ISO-8601 instant such as"
                + " 2026-01-05T10:00:00Z, but was 'yesterday'")).doesNotContain("\tat ");
    }

    @Test
    void should_report_a_start_after_the_newest_commit_without_an_end_with_exit_code_1() throws Exception {
        // GIVEN commits from 2026-01-05 to 2026-01-07, and --since after them (but before today) without --until
        Path repo = repository("checkout");
        // WHEN
        String printed = run("--repo", repo.toString(), "--since", "2026-03-01");
        // THEN the window would end (just after the newest commit) before it starts
        assertThat(exit).isEqualTo(1);
        assertThat(printed).endsWith(line("audit: window start (since) must be before its end, by default just after"
                + " the newest commit or tag (2026-01-07T09:00:00Z), but was 2026-03-01T00:00:00Z: give an earlier"
                + " start, or an end (until) after it")).doesNotContain("\tat ");
    }

    @Test
    void should_fail_when_the_records_are_of_other_services_only() throws Exception {
        Path repo = repository("checkout");
        Path deployments = Files.writeString(dir.resolve("deployments.csv"), "time,service,version,status\n"
                + "2026-01-05T10:00:00Z,billing,HEAD,success\n2026-01-06T10:00:00Z,search,HEAD,failure\n");

        String printed = run("--repo", repo.toString(), "--subject", "checkout", "--since", "2026-01-05", "--until",
                "2026-02-02", "--deployments", deployments.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(printed).endsWith(line("audit: " + deployments + ": the records are of the services [billing,"
                + " search], and none is the audited subject 'checkout': name the service to audit"));
        assertThat(run("--repo", repo.toString(), "--since", "2026-01-05", "--until", "2026-02-02", "--deployments",
                deployments.toString(), "--service", "bilingg")).endsWith(line("audit: " + deployments + ": no"
                + " deployment record is of service 'bilingg'; did you mean 'billing'? Known: [billing, search]"));
    }

    @Test
    void should_refuse_a_cache_file_that_is_not_a_cache_and_leave_it_untouched() throws Exception {
        Path repo = repository("checkout");
        Path notes = Files.writeString(dir.resolve("notes.txt"), "my notes");

        String printed = run("--repo", repo.toString(), "--cache", notes.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(printed).endsWith(line("audit: history cache " + notes + " exists but is not a history cache (it"
                + " does not start with the cache's format marker); it is left untouched: name a new file for the"
                + " cache, or remove this one if it is yours"));
        assertThat(notes).hasContent("my notes");
    }

    @Test
    void should_report_a_corrupt_history_file_in_one_line() throws Exception {
        Path history = Files.createDirectory(dir.resolve("history"));
        Path broken = Files.writeString(history.resolve("checkout-service_2026-01-20T09-00-00Z.json"), "{\"format\":");

        String printed = run("--history", history.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(printed).startsWith("audit: " + broken + ", line 1, column 11: ").hasLineCount(1);
    }

    @Test
    void should_report_a_class_file_that_is_not_one_in_one_line_with_exit_code_1() throws IOException {
        // GIVEN a project whose compiled classes hold a file that is no class file
        Path broken = dir.resolve("target/classes/shop/A.class");
        Files.createDirectories(broken.getParent());
        Files.writeString(broken, "notaclass");
        // WHEN
        String printed = run("--repo", dir.toString());
        // THEN
        assertThat(exit).isEqualTo(1);
        assertThat(printed).isEqualTo(line("audit: " + broken + " is not a class file: it must start with 0xCAFEBABE,"
                + " but starts with 0x6E6F7461"));
    }

    @Test
    void should_show_the_stack_trace_only_when_verbose() throws IOException {
        // GIVEN a failure while running (a directory without git is audited from what it holds, so a broken report)
        Path report = dir.resolve("target/surefire-reports/TEST-a.xml");
        Files.createDirectories(report.getParent());
        Files.writeString(report, "<testsuite name=\"a\"");
        // THEN
        assertThat(run("--repo", dir.toString())).startsWith("audit: " + report).hasLineCount(1);
        assertThat(run("--verbose", "--repo", dir.toString())).startsWith("audit: " + report)
                .contains("\tat dev.backendaudit.");
        assertThat(exit).isEqualTo(1);
    }

    @Test
    void should_keep_two_repositories_of_one_directory_name_apart_in_one_history() throws Exception {
        // GIVEN two unrelated repositories both named checkout, audited into one history folder
        Path first = repository("a/checkout");
        Path second = repository("b/checkout");
        Path history = dir.resolve("history");
        // WHEN
        for (Path repo : new Path[] {first, second}) {
            run("--repo", repo.toString(), "--since", "2026-01-05", "--until", "2026-02-02", "--history",
                    history.toString());
            assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        }
        // THEN two stored verdicts of two subjects
        try (var files = Files.list(history)) {
            assertThat(files.map(p -> p.getFileName().toString().replaceFirst("_2026.*", "")).distinct().count())
                    .isEqualTo(2);
        }
        // and --subject names one explicitly
        run("--repo", first.toString(), "--subject", "shop/checkout", "--since", "2026-01-05", "--until", "2026-02-02");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Backend audit of shop/checkout");
    }
}
