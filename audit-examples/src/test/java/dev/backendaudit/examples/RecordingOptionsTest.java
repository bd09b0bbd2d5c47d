package dev.backendaudit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendaudit.evidence.latency.Load;
import dev.backendaudit.evidence.latency.Recording;
import dev.backendaudit.evidence.latency.Windows;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The main job's --latency, --load-test and --expected-peak options. */
class RecordingOptionsTest {

    @TempDir
    Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream originalOut;
    PrintStream originalErr;

    @BeforeEach
    void capture() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    int run(String... args) {
        return Main.commandLine().execute(args);
    }

    @Test
    void should_read_the_load_and_unit_suffixes_from_the_right() {
        assertThat(RecordingOptions.recording("perf/prod.hlog:peak:us")).isEqualTo(Recording.of(Path.of("perf/prod.hlog"))
                .load(Load.PEAK).unit(TimeUnit.MICROSECONDS));
        assertThat(RecordingOptions.recording("perf/prod.hlog:ms:normal").windows()).isEqualTo(Windows.whole(Load.NORMAL));
        assertThat(RecordingOptions.recording("perf/run.jtl")).isEqualTo(Recording.of(Path.of("perf/run.jtl")));
        assertThat(RecordingOptions.recording("c:/perf/run.jtl:peak").file()).isEqualTo(Path.of("c:/perf/run.jtl"));
    }

    @Test
    void should_audit_from_recordings_and_print_what_it_measured() throws Exception {
        // GIVEN the example's recordings
        CheckoutRecordings.writeProductionLog(dir.resolve("prod.hlog"));
        CheckoutRecordings.writeSteppedLoadTest(dir.resolve("stepped.jtl"));
        // WHEN the normal and peak windows come from one log, the load test from the JTL
        int exit = run("--latency", dir.resolve("prod.hlog") + ":us", "--load-test", dir.resolve("stepped.jtl").toString(),
                "--expected-peak", "60");
        // THEN
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(printed).contains("latency recording " + dir.resolve("prod.hlog") + " (HdrHistogram interval log)")
                .contains("  peak: p50 ").contains("peak slowdown (p95): ")
                .contains("load test " + dir.resolve("stepped.jtl") + " (JMeter steps by allThreads)")
                .contains("  USL: σ = ").contains("expected peak: 60 (--expected-peak)")
                .contains("handles traffic spikes: no (")
                .contains("Verdict: ");
    }

    @Test
    void should_say_what_is_wrong_with_a_recording_in_one_line() throws Exception {
        Path broken = dir.resolve("broken.jtl");
        Files.writeString(broken, "timeStamp,elapsed,label,success\n1700000000000,-5,a,true\n");
        int exit = run("--latency", broken + ":peak");
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8).strip()).isEqualTo("audit: " + broken
                + ":2: elapsed must be a whole number of milliseconds >= 0, but was '-5'");
    }

    @Test
    void should_ask_for_the_unit_a_log_does_not_record() throws Exception {
        CheckoutRecordings.writeProductionLog(dir.resolve("prod.hlog"));
        int exit = run("--latency", dir.resolve("prod.hlog") + ":peak");
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("does not record the unit of its values; give it");
    }

    @Test
    void should_collect_the_recordings_a_directory_holds_through_the_project_audit() throws Exception {
        // GIVEN a project holding a stepped load test
        Files.createDirectories(dir.resolve("perf"));
        CheckoutRecordings.writeSteppedLoadTest(dir.resolve("perf/stepped.jtl"));
        // WHEN
        int exit = run("--repo", dir.toString(), "--expected-peak", "60");
        // THEN ProjectEvidence's recordings source found it, for latency and for the load test
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(printed).contains("latency recordings in " + dir + "\n"
                        + "  perf/stepped.jtl (JMeter result file (CSV)): read and used (the newest)\n")
                .contains("load tests in " + dir + "\n  perf/stepped.jtl: 10 steps\n")
                .contains("expected peak: 60 (--expected-peak)")
                .contains("  Performance               7 of 9 decided  from jmeter-jtl\n")
                .contains("  Scalability               2 of 4 decided  from usl-fit\n")
                .contains("Verdict: ");
    }

    @Test
    void should_read_a_named_load_test_instead_of_those_the_project_holds() throws Exception {
        // GIVEN a project holding a load test, and one named elsewhere
        Files.createDirectories(dir.resolve("project/perf"));
        CheckoutRecordings.writeSteppedLoadTest(dir.resolve("project/perf/stepped.jtl"));
        CheckoutRecordings.writeSteppedLoadTest(dir.resolve("named.jtl"));
        // WHEN
        int exit = run("--repo", dir.resolve("project").toString(), "--load-test", dir.resolve("named.jtl").toString());
        // THEN
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(printed).contains("load test " + dir.resolve("named.jtl") + " (JMeter steps by allThreads)")
                .doesNotContain("load tests in ");
    }
}
