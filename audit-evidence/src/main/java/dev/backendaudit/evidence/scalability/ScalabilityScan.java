package dev.backendaudit.evidence.scalability;

import dev.backendaudit.evidence.latency.RecordingFormat;
import dev.backendaudit.evidence.latency.RecordingFormatException;
import dev.backendaudit.evidence.latency.internal.ProjectFiles;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.EvidenceReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The load tests a project directory holds: points CSVs, stepped JMeter runs and stepped k6 runs.
 * The newest one with at least {@value UniversalScalabilityLaw#MIN_POINTS} steps is assessed; every
 * file found is listed with what became of it. Hidden directories and build output are skipped.
 *
 * <pre>{@code
 * ScalabilityScan scan = LoadTests.find(Path.of("."), Optional.of(ExpectedPeak.of(40, "capacity plan")));
 * audit.evidence(scan.evidence());
 * System.out.print(scan.summary());
 * }</pre>
 *
 * @param directory the directory searched
 * @param found     each load test found and what became of it, in path order
 * @param used      the assessed test's report, if any
 * @param unknowns  what could not be decided, and why
 * @param evidence  the used report's evidence
 */
public record ScalabilityScan(String directory, List<String> found, Optional<ScalabilityReport> used,
                              List<String> unknowns, List<Evidence> evidence) implements EvidenceReport {

    /** Copies the lists. */
    public ScalabilityScan {
        found = List.copyOf(found);
        unknowns = List.copyOf(unknowns);
        evidence = List.copyOf(evidence);
    }

    static ScalabilityScan of(Path directory, Optional<ExpectedPeak> expected) throws IOException {
        List<Path> files = ProjectFiles.ending(directory, List.of(".csv", ".jtl", ".json", ".ndjson", ".jsonl"));
        List<String> found = new ArrayList<>();
        ScalabilityReport newest = null;
        long newestTime = Long.MIN_VALUE;
        for (Path file : files) {
            Optional<RecordingFormat> format = RecordingFormat.detect(file);
            boolean points = LoadTests.isPointsCsv(file);
            if (!points && !format.equals(Optional.of(RecordingFormat.JTL))
                    && !format.equals(Optional.of(RecordingFormat.K6_JSON))) {
                continue;
            }
            String name = directory.relativize(file).toString();
            try {
                LoadTest test = LoadTests.read(file);
                if (test.points().size() < UniversalScalabilityLaw.MIN_POINTS) {
                    found.add(name + ": " + test.points().size() + " steps, too few for a USL fit (at least "
                            + UniversalScalabilityLaw.MIN_POINTS + ")");
                    continue;
                }
                long modified = Files.getLastModifiedTime(file).toMillis();
                found.add(name + ": " + test.points().size() + " steps");
                if (newest == null || modified > newestTime) {
                    newest = LoadTests.assess(test, expected);
                    newestTime = modified;
                }
            } catch (RecordingFormatException | IllegalArgumentException | IOException e) {
                found.add(name + ": not read: " + e.getMessage());
            }
        }
        List<String> unknowns = new ArrayList<>();
        if (newest == null) {
            unknowns.add("scalability: no load test in " + directory + " has " + UniversalScalabilityLaw.MIN_POINTS
                    + " or more steps; name one with --load-test FILE");
        } else {
            unknowns.addAll(newest.unknowns());
        }
        Optional<ScalabilityReport> used = Optional.ofNullable(newest);
        return new ScalabilityScan(directory.toString(), found, used, unknowns,
                used.map(ScalabilityReport::evidence).orElse(List.of()));
    }

    /**
     * A few lines a person reads.
     *
     * @return what was found and the assessed test's report
     */
    public String summary() {
        StringBuilder text = new StringBuilder("load tests in ").append(directory).append('\n');
        found.forEach(f -> text.append("  ").append(f).append('\n'));
        used.ifPresentOrElse(r -> text.append(r.summary().indent(2)),
                () -> unknowns.forEach(u -> text.append("  UNKNOWN: ").append(u).append('\n')));
        return text.toString();
    }
}
