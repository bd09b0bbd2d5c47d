package dev.backendaudit.test.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
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
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** Runs the example classes of {@link SampleAuditTests} and checks what passes, fails, is stored and reported. */
class AuditExtensionTest {

    private static final Path ROOT = SampleRuns.ROOT;

    @BeforeEach
    void clean() throws IOException {
        SampleRuns.clean();
    }

    private static EngineExecutionResults run(Class<?> testClass) {
        return SampleRuns.results(testClass);
    }

    private static long jsonFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".json")).count();
        }
    }

    @Test
    void should_store_each_verdict_and_hand_it_to_the_next_run_as_history() throws IOException {
        // WHEN the same audit test runs twice
        run(SampleAuditTests.RecordsHistory.class).testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
        assertThat(SampleAuditTests.HISTORY_SEEN.get()).isZero();
        run(SampleAuditTests.RecordsHistory.class).testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
        // THEN the second run saw the first verdict, and both are stored
        assertThat(SampleAuditTests.HISTORY_SEEN.get()).isEqualTo(1);
        assertThat(jsonFiles(ROOT.resolve("history"))).isEqualTo(2);
    }

    @Test
    void should_fail_a_bound_check_with_the_bounds_and_what_would_settle_it() {
        // WHEN
        EngineExecutionResults results = run(SampleAuditTests.ChecksBounds.class);
        // THEN the unknown alerting answer cannot make it worse; the unknown main-sequence distance can
        results.testEvents().assertStatistics(s -> s.succeeded(1).failed(1));
        results.testEvents().assertThatEvents().haveExactly(1, event(finishedWithFailure(
                message(m -> m.startsWith("Expecting the OPTIMIZE verdict on checkout-service not to be able to become"
                        + " worse than OPTIMIZE, but its unknowns allow OPTIMIZE .. REBUILD.")
                        && m.contains("Not settled: the 1 criterion without evidence allows OPTIMIZE (absent) to REBUILD"
                        + " (at its worst)")
                        && m.contains("1. measure mean distance from the main sequence (CompiledClasses: the compiled"
                        + " classes of every module (classes directories and jars), analysed with ArchUnit; ./audit"
                        + " --repo DIR after a build): if found at its worst, REBUILD whatever else; if absent,"
                        + " OPTIMIZE whatever else")))));
    }

    @Test
    void should_write_a_report_that_names_the_criteria_without_evidence() throws IOException {
        // WHEN
        SampleRuns.Run run = SampleRuns.run(SampleAuditTests.RecordsHistory.class);
        // THEN the report is named for the test and the subject
        String report = Files.readString(ROOT.resolve("reports/dev.backendaudit.test.junit.SampleAuditTests$RecordsHistory"
                + ".evaluates_with_history--checkout-service.txt"));
        assertThat(report).contains("Verdict: OPTIMIZE")
                .contains("Criteria that matched no evidence (1):")
                .contains("monitoring.alerting: no evidence for \"Do failures raise an alert");
        assertThat(run.reportEntries("audit.checkout-service.no-evidence")).containsExactly("monitoring.alerting");
    }

    @Test
    void should_fail_with_the_findings_behind_the_verdict_and_still_store_it() throws IOException {
        // WHEN
        EngineExecutionResults results = run(SampleAuditTests.FailsOnOutcome.class);
        // THEN
        results.testEvents().assertThatEvents().haveExactly(1, event(finishedWithFailure(
                message(m -> m.contains("Expecting outcome HEALTHY but was OPTIMIZE.")
                        && m.contains("WARNING performance.latency-p95-peak (Slow performance): p95 latency under peak"
                        + " load is 870 ms")))));
        assertThat(jsonFiles(ROOT.resolve("history-fail"))).isEqualTo(1);
    }

    @Test
    void should_fail_on_new_findings_and_explain_how_to_accept_them_when_no_baseline_exists() {
        run(SampleAuditTests.MissingBaseline.class).testEvents().assertThatEvents().haveExactly(1, event(
                finishedWithFailure(message(m -> m.contains("new: WARNING performance.latency-p95-peak")
                        && m.contains("There is no baseline file yet")
                        && m.contains("-Dbackendaudit.acceptBaseline=true")))));
    }

    @Test
    void should_pass_within_the_baseline_and_tighten_it_when_findings_improved() {
        // GIVEN the p95 finding accepted as critical (it is now a warning), and nothing else accepted
        Path baseline = ROOT.resolve("baseline.json");
        BaselineFile.write(baseline, new Baseline("checkout-service", List.of(
                new AcceptedFinding("performance.latency-p95-peak", Severity.CRITICAL, "was 1.4 s"))));
        BaselineFile.write(ROOT.resolve("waivers.json"), Waivers.none());
        // WHEN
        run(SampleAuditTests.ChecksBaseline.class).testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
        // THEN the baseline now accepts only the warning
        assertThat(BaselineFile.readBaseline(baseline).accepted()).singleElement()
                .satisfies(a -> assertThat(a.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void should_fail_again_once_a_waiver_expired() {
        // GIVEN nothing accepted, and a waiver that expired yesterday
        BaselineFile.write(ROOT.resolve("baseline.json"), Baseline.empty("checkout-service"));
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        BaselineFile.write(ROOT.resolve("waivers.json"), Waivers.of(new Waiver("performance.latency-p95-peak",
                "alice", "cache lands next sprint", yesterday)));
        // WHEN / THEN
        run(SampleAuditTests.ChecksBaseline.class).testEvents().assertThatEvents().haveExactly(1, event(
                finishedWithFailure(message(m -> m.contains("the waiver by alice expired on " + yesterday)))));
    }

    @Test
    void should_pass_while_a_waiver_holds() {
        BaselineFile.write(ROOT.resolve("baseline.json"), Baseline.empty("checkout-service"));
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        BaselineFile.write(ROOT.resolve("waivers.json"), Waivers.of(new Waiver("performance.latency-p95-peak",
                "alice", "cache lands next sprint", tomorrow)));
        run(SampleAuditTests.ChecksBaseline.class).testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
    }

    @Test
    void should_fail_on_a_corrupt_baseline_naming_file_and_line_without_overwriting_it() throws IOException {
        // GIVEN
        Path baseline = ROOT.resolve("baseline.json");
        Files.createDirectories(ROOT);
        String corrupt = "{\n  \"format\" : \"backend-audit-baseline\",\n  \"version\" : 1,,\n}\n";
        Files.writeString(baseline, corrupt);
        BaselineFile.write(ROOT.resolve("waivers.json"), Waivers.none());
        // WHEN / THEN
        run(SampleAuditTests.ChecksBaseline.class).testEvents().assertThatEvents().haveExactly(1, event(
                finishedWithFailure(message(m -> m.startsWith(baseline + ":3:")))));
        assertThat(Files.readString(baseline)).isEqualTo(corrupt);
    }
}
