package dev.backendaudit.examples;

import dev.backendaudit.checklist.StandardChecklist;
import dev.backendaudit.engine.Evaluator;
import dev.backendaudit.evidence.latency.Load;
import dev.backendaudit.evidence.latency.Recording;
import dev.backendaudit.evidence.project.ProjectRecordings;
import dev.backendaudit.evidence.scalability.ExpectedPeak;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.scoring.Strategies;
import dev.backendaudit.text.VerdictText;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The main job's options for latency recordings and load tests.
 *
 * <pre>
 * ./audit --latency perf/prod.hlog:normal:us --latency perf/sale.hlog:peak:us
 * ./audit --latency perf/stepped.jtl --load-test perf/stepped.jtl --expected-peak 60
 * ./audit --repo .                     # also reads the JTL and k6 recordings the repository holds
 * </pre>
 *
 * <p>With {@code --repo}, recordings and load tests found in the repository are read too (unless
 * named here); without it, these options audit the service from its recordings alone.
 */
public final class RecordingOptions {

    private static final Map<String, TimeUnit> UNITS = Map.of("ns", TimeUnit.NANOSECONDS, "us",
            TimeUnit.MICROSECONDS, "µs", TimeUnit.MICROSECONDS, "ms", TimeUnit.MILLISECONDS, "s", TimeUnit.SECONDS);

    @Option(names = "--latency", paramLabel = "FILE[:normal|:peak][:UNIT]",
            description = "A latency recording (.hlog, .hgrm/wrk2 output, .jtl, k6 JSON, JMH JSON): the whole file"
                    + " under normal or peak load, or windows by load level when neither is said; UNIT (ns, us, ms, s)"
                    + " for formats that do not record it. Repeat for a normal and a peak recording.")
    List<String> latency = new ArrayList<>();

    @Option(names = "--load-test", paramLabel = "FILE",
            description = "A stepped load test (.jtl, k6 JSON, or a CSV of concurrency,throughput) to fit the"
                    + " Universal Scalability Law to.")
    Path loadTest;

    @Option(names = "--expected-peak", paramLabel = "N",
            description = "The concurrency expected at peak (default: the peak latency window's threads or VUs).")
    Double expectedPeak;

    /**
     * Checks, before any work starts, that the named files are readable and that the options make sense
     * together: {@code --expected-peak} judges a load test, so it needs {@code --load-test} or {@code --repo}
     * (whose load tests are found), and must be a positive number.
     *
     * @param spec       the command, for messages
     * @param repository whether {@code --repo} was given
     * @throws ParameterException naming the option, its value and the rule
     */
    void check(CommandSpec spec, boolean repository) {
        if (expectedPeak != null) {
            if (loadTest == null && !repository) {
                throw new ParameterException(spec.commandLine(), "--expected-peak needs --load-test or --repo: it is"
                        + " the concurrency a load test's fit is judged against");
            }
            if (!(expectedPeak > 0) || Double.isInfinite(expectedPeak)) {
                throw new ParameterException(spec.commandLine(), "--expected-peak must be a positive number of"
                        + " concurrent users, but was " + expectedPeak);
            }
        }
        for (String option : latency) {
            Recording recording;
            try {
                recording = recording(option);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--latency " + option + ": " + e.getMessage());
            }
            readable(spec, "--latency " + option, recording.file());
        }
        if (loadTest != null) {
            readable(spec, "--load-test " + loadTest, loadTest);
        }
    }

    private static void readable(CommandSpec spec, String named, Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new ParameterException(spec.commandLine(), named + ": no readable file " + file);
        }
    }

    /** The files these options read, by option, so that no report overwrites one. */
    Map<String, Path> inputs() {
        Map<String, Path> inputs = new java.util.LinkedHashMap<>();
        for (int i = 0; i < latency.size(); i++) {
            inputs.put("--latency " + latency.get(i), recording(latency.get(i)).file());
        }
        if (loadTest != null) {
            inputs.put("--load-test", loadTest);
        }
        return inputs;
    }

    /** Whether a recording or load test was named. */
    boolean requested() {
        return !latency.isEmpty() || loadTest != null;
    }

    /**
     * The named recordings, load test and expected peak, for {@link ProjectRecordings#measure} (with
     * {@code --repo}, {@code ProjectEvidence} searches the repository for the kinds not named).
     */
    ProjectRecordings selection() {
        ProjectRecordings selection = ProjectRecordings.found();
        for (String option : latency) {
            selection = selection.latency(recording(option));
        }
        if (loadTest != null) {
            selection = selection.loadTest(loadTest);
        }
        return expectedPeak == null ? selection : selection.expectedPeak(ExpectedPeak.of(expectedPeak,
                "--expected-peak"));
    }

    /**
     * Audits the service from its recordings alone (no {@code --repo}): reads them, prints what was measured,
     * evaluates, prints the verdict and hands it to {@code then}; returns the exit code. A recording that
     * cannot be read is thrown, naming the file, the position and the rule, for the main job to print as one
     * line (exit code 1).
     */
    int run(String strategy, int maxFindings, PrintStream out, Function<Audit, AuditHistory> history,
            Consumer<Verdict> then) {
        ProjectRecordings.Measured measured = selection().measure(Optional.empty());
        out.print(measured.summary());
        out.println();
        Path here = Path.of("").toAbsolutePath();
        String subject = here.getFileName() == null ? "service" : here.getFileName().toString();
        Audit audit = Audit.builder(subject).at(Clock.systemUTC().instant().truncatedTo(ChronoUnit.SECONDS))
                .checklist(StandardChecklist.checklist()).evidence(measured.evidence()).build();
        Verdict verdict = Evaluator.evaluate(audit, Strategies.byName(strategy), history.apply(audit));
        out.print(VerdictText.render(verdict, maxFindings));
        then.accept(verdict);
        return 0;
    }

    /**
     * {@code FILE[:normal|:peak][:UNIT]} as a recording; the suffixes are read from the right, so a
     * path may hold colons.
     *
     * @throws IllegalArgumentException naming the option and the value if a suffix is repeated
     */
    static Recording recording(String option) {
        String rest = option;
        Optional<Load> load = Optional.empty();
        Optional<TimeUnit> unit = Optional.empty();
        for (int i = 0; i < 2; i++) {
            int colon = rest.lastIndexOf(':');
            if (colon <= 0) {
                break;
            }
            String suffix = rest.substring(colon + 1).toLowerCase(Locale.ROOT);
            if ((suffix.equals("normal") || suffix.equals("peak")) && load.isEmpty()) {
                load = Optional.of(suffix.equals("peak") ? Load.PEAK : Load.NORMAL);
            } else if (UNITS.containsKey(suffix) && unit.isEmpty()) {
                unit = Optional.of(UNITS.get(suffix));
            } else {
                break;
            }
            rest = rest.substring(0, colon);
        }
        Recording recording = Recording.of(Path.of(rest));
        if (load.isPresent()) {
            recording = recording.load(load.get());
        }
        return unit.isPresent() ? recording.unit(unit.get()) : recording;
    }
}
