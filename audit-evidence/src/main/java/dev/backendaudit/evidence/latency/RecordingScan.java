package dev.backendaudit.evidence.latency;

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
 * The latency recordings a project directory holds. Recordings that describe themselves (JMeter
 * result files, k6 JSON output) are read with windows by load level, and the newest one that gives
 * evidence is used; the others are listed with why they were not used: an HdrHistogram log, a
 * percentile distribution or a sample file does not say its unit or its load, and JMH results
 * measure code paths rather than the service, so each of those is read only when named
 * ({@code --latency FILE[:normal|:peak][:UNIT]}). A file that cannot be read is listed with its
 * error and gives no evidence.
 *
 * <pre>{@code
 * RecordingScan scan = LatencyRecordings.find(Path.of("."));
 * audit.evidence(scan.evidence());
 * System.out.print(scan.summary());
 * }</pre>
 *
 * <p>The walk skips hidden directories and build output ({@code target}, {@code build},
 * {@code node_modules}).
 *
 * @param directory the directory searched
 * @param found     every recording found, in path order
 * @param used      the report whose evidence is given, if any
 * @param unknowns  what could not be measured, and why
 * @param evidence  the used report's evidence
 */
public record RecordingScan(String directory, List<Found> found, Optional<LatencyReport> used, List<String> unknowns,
                            List<Evidence> evidence) implements EvidenceReport {

    /** Copies the lists. */
    public RecordingScan {
        found = List.copyOf(found);
        unknowns = List.copyOf(unknowns);
        evidence = List.copyOf(evidence);
    }

    /**
     * One recording found.
     *
     * @param file   its path
     * @param format its format
     * @param note   what became of it: read and used, read but not used, or why it was not read
     */
    public record Found(String file, RecordingFormat format, String note) {
    }

    static RecordingScan of(Path directory) throws IOException {
        List<Path> files = ProjectFiles.ending(directory, List.of(".hlog", ".hgrm", ".jtl", ".json", ".ndjson",
                ".jsonl", ".csv"));
        List<Found> found = new ArrayList<>();
        List<LatencyReport> read = new ArrayList<>();
        List<Long> modified = new ArrayList<>();
        for (Path file : files) {
            Optional<RecordingFormat> format = RecordingFormat.detect(file);
            if (format.isEmpty() || format.get() == RecordingFormat.SAMPLES) {
                continue;
            }
            String name = directory.relativize(file).toString();
            switch (format.get()) {
                case JTL:
                case K6_JSON:
                    try {
                        LatencyReport report = LatencyRecordings.read(Recording.of(file));
                        if (report.evidence().isEmpty()) {
                            found.add(new Found(name, format.get(), "read, no evidence: " + String.join("; ",
                                    report.unknowns())));
                        } else {
                            read.add(report);
                            modified.add(Files.getLastModifiedTime(file).toMillis());
                            found.add(new Found(name, format.get(), "read"));
                        }
                    } catch (RecordingFormatException | IllegalArgumentException | IOException e) {
                        found.add(new Found(name, format.get(), "not read: " + e.getMessage()));
                    }
                    break;
                case JMH_JSON:
                    found.add(new Found(name, format.get(), "not read: JMH results measure code paths, not the"
                            + " service's response times; name it with --latency FILE:normal or FILE:peak to use it"));
                    break;
                default:
                    found.add(new Found(name, format.get(), "not read: " + ProjectFiles.article(format.get().title())
                            + " does not say its unit or load; name it with --latency FILE:normal|peak:UNIT"));
            }
        }
        List<String> unknowns = new ArrayList<>();
        Optional<LatencyReport> used = Optional.empty();
        if (!read.isEmpty()) {
            int newest = 0;
            for (int i = 1; i < read.size(); i++) {
                if (modified.get(i) > modified.get(newest)) {
                    newest = i;
                }
            }
            used = Optional.of(read.get(newest));
            unknowns.addAll(used.get().unknowns());
            for (int i = 0; i < found.size(); i++) {
                Found f = found.get(i);
                if (f.note().equals("read")) {
                    boolean chosen = used.get().sources().startsWith(directory.resolve(f.file()).toString());
                    found.set(i, new Found(f.file(), f.format(), chosen ? "read and used (the newest)"
                            : "read, not used: only the newest recording is used"));
                }
            }
        } else {
            unknowns.add("latency: no recording in " + directory + " gives evidence by itself"
                    + (found.isEmpty() ? " (none found)" : " (" + found.size() + " found, see above)")
                    + "; name one with --latency FILE[:normal|:peak][:UNIT]");
        }
        return new RecordingScan(directory.toString(), found, used, unknowns,
                used.map(LatencyReport::evidence).orElse(List.of()));
    }

    /**
     * A few lines a person reads.
     *
     * @return what was found and what became of it, then the used report
     */
    public String summary() {
        StringBuilder text = new StringBuilder("latency recordings in ").append(directory).append('\n');
        found.forEach(f -> text.append("  ").append(f.file()).append(" (").append(f.format().title()).append("): ")
                .append(f.note()).append('\n'));
        used.ifPresent(r -> text.append(r.summary().indent(2)));
        if (used.isEmpty()) {
            unknowns.forEach(u -> text.append("  UNKNOWN: ").append(u).append('\n'));
        }
        return text.toString();
    }
}
