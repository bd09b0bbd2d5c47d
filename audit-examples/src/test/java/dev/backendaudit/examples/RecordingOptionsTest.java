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
import java.util.Optional;
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
    void should_collect_the_recordings_a_directory_holds() throws Exception {
        Files.createDirectories(dir.resolve("perf"));
        CheckoutRecordings.writeSteppedLoadTest(dir.resolve("perf/stepped.jtl"));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        RecordingOptions options = new RecordingOptions();
        assertThat(options.collect(Optional.of(dir), new PrintStream(printed, true, StandardCharsets.UTF_8)))
                .extracting(e -> e.topic().id()).contains("performance.latency-p95-peak", "scalability.handles-spikes");
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("perf/stepped.jtl (JMeter result file (CSV)): read and used (the newest)")
                .contains("perf/stepped.jtl: 10 steps");
    }
}
