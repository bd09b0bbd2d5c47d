package dev.backendaudit.evidence.project;

import dev.backendaudit.evidence.latency.LatencyRecordings;
import dev.backendaudit.evidence.latency.LatencyReport;
import dev.backendaudit.evidence.latency.Recording;
import dev.backendaudit.evidence.latency.RecordingFormatException;
import dev.backendaudit.evidence.latency.RecordingScan;
import dev.backendaudit.evidence.scalability.ExpectedPeak;
import dev.backendaudit.evidence.scalability.LoadTests;
import dev.backendaudit.evidence.scalability.ScalabilityReport;
import dev.backendaudit.evidence.scalability.ScalabilityScan;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.EvidenceReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * The latency recordings and the load test a project audit reads ({@link ProjectOptions#recordings()}):
 * those named, else those the project holds. Named latency recordings join into one report (a normal
 * and a peak recording, say) and replace the search for recordings; a named load test replaces the
 * search for load tests. A load test's fit is judged against the expected peak given, else the peak
 * window of the named recordings (its threads or virtual users), else none.
 *
 * <pre>{@code
 * ProjectOptions options = ProjectOptions.of(Path.of(".")).recordings(ProjectRecordings.found()
 *         .latency(Recording.of(Path.of("perf/prod.hlog")).unit(TimeUnit.MICROSECONDS)
 *                 .windows(Windows.byTag("normal", "peak")))
 *         .loadTest(Path.of("perf/stepped.jtl"))
 *         .expectedPeak(ExpectedPeak.of(60, "capacity plan")));
 * ProjectRecordings.Measured alone = ProjectRecordings.found().loadTest(file).measure(Optional.empty());
 * }</pre>
 *
 * @param latency      latency recordings to read instead of those found; empty to search the project
 * @param loadTest     a stepped load test to fit instead of those found; empty to search the project
 * @param expectedPeak the concurrency expected at peak, if known
 */
@Value.Builder
public record ProjectRecordings(List<Recording> latency, Optional<Path> loadTest, Optional<ExpectedPeak> expectedPeak)
        implements WithProjectRecordings {

    /** Copies the list. */
    public ProjectRecordings {
        latency = List.copyOf(latency);
        Objects.requireNonNull(loadTest, "loadTest");
        Objects.requireNonNull(expectedPeak, "expectedPeak");
    }

    /**
     * The recordings and load tests the project holds (see {@code LatencyRecordings.find} and
     * {@code LoadTests.find}), with no expected peak.
     *
     * @return the selection
     */
    public static ProjectRecordings found() {
        return new ProjectRecordings(List.of(), Optional.empty(), Optional.empty());
    }

    /**
     * Reads {@code recording} too, instead of searching the project for recordings.
     *
     * @param recording a recording, with its unit and windows where its format does not record them
     * @return a copy
     */
    public ProjectRecordings latency(Recording recording) {
        List<Recording> more = new ArrayList<>(latency);
        more.add(Objects.requireNonNull(recording, "recording"));
        return withLatency(more);
    }

    /**
     * Fits this load test instead of searching the project for load tests.
     *
     * @param file a {@code .jtl}, k6 JSON, or CSV of {@code concurrency,throughput}
     * @return a copy
     */
    public ProjectRecordings loadTest(Path file) {
        return withLoadTest(Optional.of(file));
    }

    /**
     * Judges load tests against this peak.
     *
     * @param peak the concurrency expected at peak, and where that figure comes from
     * @return a copy
     */
    public ProjectRecordings expectedPeak(ExpectedPeak peak) {
        return withExpectedPeak(Optional.of(peak));
    }

    /**
     * Reads the named recordings and load test and, in {@code directory} when given, searches for the kinds
     * not named.
     *
     * @param directory the project directory to search; empty to read only what is named
     * @return what was measured; nothing of a kind neither named nor searched for
     * @throws RecordingFormatException naming the file, the position and the rule, if a recording cannot be read
     * @throws UncheckedIOException     naming the file, if it cannot be read at all
     */
    public Measured measure(Optional<Path> directory) {
        try {
            Optional<LatencyReport> named = Optional.empty();
            for (Recording recording : latency) {
                LatencyReport report = LatencyRecordings.read(recording);
                named = Optional.of(named.map(r -> r.with(report)).orElse(report));
            }
            Optional<EvidenceReport> latencyReport = named.map(r -> (EvidenceReport) r);
            String latencySummary = named.map(LatencyReport::summary).orElse("");
            if (named.isEmpty() && directory.isPresent()) {
                RecordingScan scan = LatencyRecordings.find(directory.get());
                latencyReport = Optional.of(scan);
                latencySummary = scan.summary();
            }
            Optional<ExpectedPeak> expected = expectedPeak.isPresent() ? expectedPeak
                    : named.flatMap(ExpectedPeak::fromPeakWindow);
            Optional<EvidenceReport> loadReport = Optional.empty();
            String loadSummary = "";
            if (loadTest.isPresent()) {
                ScalabilityReport scaling = LoadTests.assess(LoadTests.read(loadTest.get()), expected);
                loadReport = Optional.of(scaling);
                loadSummary = scaling.summary();
            } else if (directory.isPresent()) {
                ScalabilityScan scan = LoadTests.find(directory.get(), expected);
                loadReport = Optional.of(scan);
                loadSummary = scan.summary();
            }
            return new Measured(latencyReport, loadReport, latencySummary + loadSummary);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + e.getMessage(), e);
        }
    }

    /**
     * What {@link #measure(Optional)} read.
     *
     * @param latency  the latency report: a {@code LatencyReport} of the named recordings or the
     *                 {@code RecordingScan} of the project; empty if neither was named nor searched for
     * @param loadTest the load test's report: a {@code ScalabilityReport} of the named test or the
     *                 {@code ScalabilityScan} of the project; empty if neither
     * @param summary  what was measured, a few lines a person reads
     */
    public record Measured(Optional<EvidenceReport> latency, Optional<EvidenceReport> loadTest, String summary)
            implements EvidenceReport {

        /** Checks the fields. */
        public Measured {
            Objects.requireNonNull(latency, "latency");
            Objects.requireNonNull(loadTest, "loadTest");
            Objects.requireNonNull(summary, "summary");
        }

        @Override
        public List<Evidence> evidence() {
            return reports().flatMap(r -> r.evidence().stream()).toList();
        }

        @Override
        public List<String> unknowns() {
            return reports().flatMap(r -> r.unknowns().stream()).toList();
        }

        private Stream<EvidenceReport> reports() {
            return Stream.concat(latency.stream(), loadTest.stream());
        }
    }
}
