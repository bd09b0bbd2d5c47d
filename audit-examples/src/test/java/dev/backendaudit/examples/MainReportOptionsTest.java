package dev.backendaudit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendaudit.engine.Evaluator;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.report.json.VerdictJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The main job writes the verdict in every format asked for, besides printing it. */
class MainReportOptionsTest {

    private static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    @Test
    void should_write_every_format_asked_for(@TempDir Path dir) throws Exception {
        // GIVEN (an output's directory must exist: a missing one is refused before any work starts)
        Path json = java.nio.file.Files.createDirectory(dir.resolve("out")).resolve("verdict.json");
        Path md = dir.resolve("comment.md");
        Path html = dir.resolve("report.html");
        Path sarif = dir.resolve("audit.sarif");
        Path prom = dir.resolve("audit.prom");
        // WHEN
        int exit = run("--json", json.toString(), "--markdown", md.toString(), "--html", html.toString(),
                "--sarif", sarif.toString(), "--openmetrics", prom.toString());
        // THEN
        Verdict expected = Evaluator.evaluate(CheckoutServiceAudit.audit());
        assertThat(exit).isZero();
        assertThat(VerdictJson.read(json)).isEqualTo(expected);
        assertThat(Files.readString(md)).startsWith("## ").contains(expected.outcome() + ": checkout-service");
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("<h1 id=\"outcome\">" + expected.outcome());
        assertThat(Files.readString(sarif)).contains("\"version\": \"2.1.0\"");
        assertThat(Files.readString(prom)).contains("backend_audit_outcome{subject=\"checkout-service\",outcome=\""
                + expected.outcome() + "\"} 1").endsWith("# EOF\n");
    }

    @Test
    void should_draw_the_trend_from_a_history_folder(@TempDir Path dir) throws Exception {
        // GIVEN: a stored verdict of the same service from a month before
        Verdict now = Evaluator.evaluate(CheckoutServiceAudit.audit());
        Verdict earlier = now.withAssessment(now.assessment().withAt(now.at().minusSeconds(30L * 86_400)));
        VerdictJson.store(earlier, dir.resolve("history"));
        Path html = dir.resolve("report.html");
        // WHEN
        int exit = run("--html", html.toString(), "--history", dir.resolve("history").toString());
        // THEN
        assertThat(exit).isZero();
        assertThat(Files.readString(html)).contains("Health of each area over 2 audits");
    }

    @Test
    void should_judge_with_the_stored_history_and_store_the_new_verdict(@TempDir Path dir) throws Exception {
        // GIVEN the checkout service's verdicts of January and February, with the same problems as now
        Path history = dir.resolve("history");
        for (String time : new String[] {"2026-01-20T09:00:00Z", "2026-02-20T09:00:00Z"}) {
            VerdictJson.store(CheckoutServiceAudit.sentence().at(java.time.Instant.parse(time)).evaluate(), history);
        }
        Path json = dir.resolve("verdict.json");
        // WHEN
        int exit = run("--history", history.toString(), "--json", json.toString());
        // THEN the problems present in three audits in a row make the checklist's trend rule fire
        assertThat(exit).isZero();
        Verdict verdict = VerdictJson.read(json);
        assertThat(verdict.firedRules()).contains("consistent-problems");
        assertThat(verdict.rationale().stream().filter(r -> r.rule().equals("consistent-problems")).findFirst()
                .orElseThrow().text()).contains("2026-01-20T09:00:00Z").contains("2026-02-20T09:00:00Z");
        // and the new verdict joined the history
        assertThat(VerdictJson.loadHistory(history, "checkout-service").verdicts()).hasSize(3);
    }

    @Test
    void should_not_count_a_stored_verdict_of_the_same_time_as_history(@TempDir Path dir) {
        // GIVEN the example audit (fixed time) run twice into one history folder
        Path history = dir.resolve("history");
        assertThat(run("--history", history.toString())).isZero();
        // WHEN
        int exit = run("--history", history.toString());
        // THEN no error about history not being earlier than the audit, and one stored verdict
        assertThat(exit).isZero();
        assertThat(VerdictJson.loadHistory(history, "checkout-service").verdicts()).hasSize(1);
    }

    @Test
    void should_list_the_report_options_in_help() {
        // GIVEN
        StringWriter help = new StringWriter();
        CommandLine cli = new CommandLine(new Main()).setOut(new PrintWriter(help));
        // WHEN
        cli.execute("--help");
        // THEN
        assertThat(help.toString()).contains("--json=FILE", "--markdown=FILE", "--html=FILE", "--sarif=FILE",
                "--openmetrics=FILE", "--history=DIR");
    }

    @Test
    void should_refuse_before_any_work_a_file_it_cannot_write(@TempDir Path dir) throws Exception {
        // GIVEN: a plain file where a folder should be
        Path blocker = dir.resolve("blocker");
        Files.writeString(blocker, "x");
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine().setErr(new PrintWriter(err));
        // WHEN
        int exit = cli.execute("--json", blocker.resolve("verdict.json").toString());
        // THEN
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("audit: --json " + blocker.resolve("verdict.json") + ": its directory "
                + blocker + " is not a directory" + System.lineSeparator());
    }
}
