package dev.backendaudit.test.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.backendaudit.model.Severity;
import dev.backendaudit.test.baseline.AcceptedFinding;
import dev.backendaudit.test.baseline.Baseline;
import dev.backendaudit.test.baseline.BaselineFile;
import dev.backendaudit.test.baseline.Waiver;
import dev.backendaudit.test.baseline.Waivers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/**
 * How audit tests behave in CI and outside it: a baseline is checked but never rewritten in CI, what a
 * baseline check has to say is printed, reports of different tests never overwrite each other, and the
 * history can live where {@code mvn clean} does not reach.
 */
class AuditExtensionCiTest {

    private static final Path ROOT = SampleRuns.ROOT;
    private static final Path BASELINE = ROOT.resolve("baseline.json");
    private static final String CLASS = "SampleAuditTests$ChecksBaseline";

    @BeforeEach
    void clean() throws IOException {
        SampleRuns.clean();
    }

    /** The p95 finding accepted as critical, while the audit now finds a warning: an improvement. */
    private static String improvableBaseline() throws IOException {
        BaselineFile.write(BASELINE, new Baseline("checkout-service", List.of(
                new AcceptedFinding("performance.latency-p95-peak", Severity.CRITICAL, "was 1.4 s"))));
        BaselineFile.write(ROOT.resolve("waivers.json"), Waivers.none());
        return Files.readString(BASELINE);
    }

    @Test
    void should_pass_in_ci_without_rewriting_the_baseline_and_print_how_to_tighten_it_locally() throws IOException {
        // GIVEN
        String before = improvableBaseline();
        // WHEN
        SampleRuns.Run run = SampleRuns.run(SampleAuditTests.ChecksBaseline.class, AuditRun.CI_PARAMETER, "true");
        // THEN the test passed, the file is byte for byte what it was, and the output says what to run
        run.results().testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
        assertThat(Files.readString(BASELINE)).isEqualTo(before);
        String note = "baseline " + BASELINE + " can be tightened, but a CI run never rewrites it (backendaudit.ci=true):"
                + " 1 finding(s) improved.\n"
                + "  Improved (tightening the baseline locks them in):\n"
                + "    performance.latency-p95-peak was CRITICAL, now WARNING\n"
                + "To tighten it, run this test locally and commit the file:\n"
                + "  mvn test -Dtest='" + CLASS + "#conforms_to_baseline' -Dbackendaudit.ci=false   (Maven, in the"
                + " module's directory)\n"
                + "  CI=false gradle test --tests 'dev.backendaudit.test.junit.SampleAuditTests.ChecksBaseline"
                + ".conforms_to_baseline'   (Gradle)\n";
        assertThat(run.out()).isEqualTo("[audit] " + CLASS + "#conforms_to_baseline: " + note);
        assertThat(run.reportEntries("audit.baseline")).containsExactly(note);
    }

    @Test
    void should_tighten_the_baseline_outside_ci_and_print_what_improved() throws IOException {
        // GIVEN
        improvableBaseline();
        // WHEN
        SampleRuns.Run run = SampleRuns.run(SampleAuditTests.ChecksBaseline.class, AuditRun.CI_PARAMETER, "false");
        // THEN
        run.results().testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
        assertThat(BaselineFile.readBaseline(BASELINE).accepted()).singleElement()
                .satisfies(a -> assertThat(a.severity()).isEqualTo(Severity.WARNING));
        assertThat(run.out()).isEqualTo("[audit] " + CLASS + "#conforms_to_baseline: baseline " + BASELINE
                + " tightened: 1 finding(s) improved; commit the file.\n"
                + "  Improved (tightening the baseline locks them in):\n"
                + "    performance.latency-p95-peak was CRITICAL, now WARNING\n");
    }

    @Test
    void should_print_the_findings_that_pass_only_by_a_waiver() {
        // GIVEN nothing accepted, and a waiver that holds
        BaselineFile.write(BASELINE, Baseline.empty("checkout-service"));
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        BaselineFile.write(ROOT.resolve("waivers.json"), Waivers.of(new Waiver("performance.latency-p95-peak",
                "alice", "cache lands next sprint", tomorrow)));
        // WHEN
        SampleRuns.Run run = SampleRuns.run(SampleAuditTests.ChecksBaseline.class, AuditRun.CI_PARAMETER, "true");
        // THEN
        run.results().testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
        assertThat(run.out()).startsWith("[audit] " + CLASS + "#conforms_to_baseline: baseline " + BASELINE
                        + " holds; some findings pass only by it:\n  Waived:\n    ")
                .contains("performance.latency-p95-peak").contains("alice");
    }

    @Test
    void should_refuse_to_accept_a_baseline_in_ci() {
        SampleRuns.run(SampleAuditTests.MissingBaseline.class, AuditRun.CI_PARAMETER, "true",
                AuditRun.ACCEPT_BASELINE_PROPERTY, "true").results().testEvents().assertThatEvents().haveExactly(1,
                event(finishedWithFailure(instanceOf(ParameterResolutionException.class), message(
                        "backendaudit.acceptBaseline=true rewrites the baseline file, which a CI run never does"
                                + " (backendaudit.ci=true): accept the baseline locally and commit the file, or set"
                                + " backendaudit.ci=false"))));
        assertThat(ROOT.resolve("missing-baseline.json")).doesNotExist();
    }

    @Test
    void should_say_how_to_accept_a_missing_baseline_locally_when_in_ci() {
        SampleRuns.run(SampleAuditTests.MissingBaseline.class, AuditRun.CI_PARAMETER, "true").results().testEvents()
                .assertThatEvents().haveExactly(1, event(finishedWithFailure(message(m -> m.endsWith(
                        "There is no baseline file yet: to accept the current findings, run once locally (not in CI)"
                                + " with -Dbackendaudit.acceptBaseline=true and commit the file.\n")))));
    }

    @Test
    void should_name_the_parameter_the_value_and_the_rule_of_a_bad_ci_switch() {
        SampleRuns.run(SampleAuditTests.RecordsHistory.class, AuditRun.CI_PARAMETER, "yes").results().testEvents()
                .assertThatEvents().haveExactly(1, event(finishedWithFailure(
                        instanceOf(ParameterResolutionException.class),
                        message("configuration parameter backendaudit.ci must be true or false, but was \"yes\""))));
    }

    @Test
    void should_keep_the_history_in_the_folder_the_parameter_names() throws IOException {
        // GIVEN a folder outside target/, as a CI cache would be
        String cache = ROOT.resolve("ci-cache/audit-history").toString();
        // WHEN the test runs twice with it
        SampleRuns.run(SampleAuditTests.RecordsHistory.class, AuditRun.HISTORY_DIR_PARAMETER, cache);
        SampleRuns.run(SampleAuditTests.RecordsHistory.class, AuditRun.HISTORY_DIR_PARAMETER, cache).results()
                .testEvents().assertStatistics(s -> s.succeeded(1));
        // THEN the second run read the first verdict from there, and the annotation's folder was not used
        assertThat(SampleAuditTests.HISTORY_SEEN.get()).isEqualTo(1);
        try (Stream<Path> files = Files.list(Path.of(cache))) {
            assertThat(files.filter(p -> p.toString().endsWith(".json"))).hasSize(2);
        }
        assertThat(ROOT.resolve("history")).doesNotExist();
    }

    @Test
    void should_refuse_a_history_folder_that_is_a_file() throws IOException {
        Path file = Files.writeString(Files.createDirectories(ROOT).resolve("history.txt"), "not a folder");
        SampleRuns.run(SampleAuditTests.RecordsHistory.class, AuditRun.HISTORY_DIR_PARAMETER, file.toString())
                .results().testEvents().assertThatEvents().haveExactly(1, event(finishedWithFailure(message(
                        "configuration parameter backendaudit.historyDir must name a directory, but \"" + file
                                + "\" is a file"))));
    }

    @Test
    void should_write_one_report_per_test_and_invocation() throws IOException {
        // WHEN a class with two tests and a repeated test, all auditing one subject, runs
        SampleRuns.run(SampleAuditTests.TwoTestsOneSubject.class).results().testEvents()
                .assertStatistics(s -> s.succeeded(4));
        // THEN each wrote its own report
        String prefix = "dev.backendaudit.test.junit.SampleAuditTests$TwoTestsOneSubject.";
        try (Stream<Path> files = Files.list(ROOT.resolve("reports-two"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    prefix + "first--checkout-service.txt", prefix + "second--checkout-service.txt",
                    prefix + "repeated[1]--checkout-service.txt", prefix + "repeated[2]--checkout-service.txt");
        }
        assertThat(Files.readString(ROOT.resolve("reports-two/" + prefix + "second--checkout-service.txt")))
                .contains("monitoring.alerting");
        assertThat(Files.readString(ROOT.resolve("reports-two/" + prefix + "first--checkout-service.txt")))
                .doesNotContain("monitoring.alerting");
    }
}
