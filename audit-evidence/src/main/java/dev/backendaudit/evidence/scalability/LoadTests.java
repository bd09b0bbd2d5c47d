package dev.backendaudit.evidence.scalability;

import dev.backendaudit.evidence.latency.RecordingFormat;
import dev.backendaudit.evidence.latency.RecordingFormatException;
import dev.backendaudit.evidence.latency.internal.CsvRows;
import dev.backendaudit.evidence.latency.internal.JtlReader;
import dev.backendaudit.evidence.latency.internal.K6Reader;
import dev.backendaudit.evidence.scalability.internal.Steps;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads load tests into (concurrency, throughput) points and judges the system's scalability with
 * the Universal Scalability Law.
 *
 * <pre>{@code
 * LoadTest test = LoadTests.read(Path.of("perf/stepped.jtl"));          // or a k6 run, or a points CSV
 * ScalabilityReport scaling = LoadTests.assess(test, Optional.of(ExpectedPeak.of(40, "capacity plan")));
 * ScalabilityScan found = LoadTests.find(Path.of("."), Optional.empty());  // what a project directory holds
 * }</pre>
 *
 * <p>Sources: a CSV file with a header naming {@code concurrency} and {@code throughput} (requests
 * per second) columns; a stepped JMeter run (JTL with {@code allThreads}): each thread count is a
 * step, its throughput the step's samples over its time span; a stepped k6 run ({@code --out json}):
 * each VU count is a step of {@code http_reqs}. Steps with fewer than {@value Steps#MIN_REQUESTS}
 * requests or under a second (ramps between steps) are left out and counted in the notes.
 */
public final class LoadTests {

    private LoadTests() {
    }

    /**
     * Reads a load test's points.
     *
     * @param file a points CSV, a JTL or k6 JSON output
     * @return the points, with their source and what was left out
     * @throws IOException              if the file cannot be read
     * @throws RecordingFormatException naming the file, position and rule
     * @throws IllegalArgumentException if the file is none of the three
     */
    public static LoadTest read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "the load test must be a readable file");
        }
        if (isPointsCsv(file)) {
            return points(file);
        }
        Optional<RecordingFormat> format = RecordingFormat.detect(file);
        Steps steps = new Steps();
        String how;
        if (format.equals(Optional.of(RecordingFormat.JTL))) {
            new JtlReader(file, "elapsed", false).read(steps, steps);
            how = "JMeter steps by allThreads";
        } else if (format.equals(Optional.of(RecordingFormat.K6_JSON))) {
            new K6Reader(file, K6Reader.DEFAULT_METRIC, false).read(steps, steps);
            how = "k6 steps by VUs";
        } else {
            throw new IllegalArgumentException(file + " is not a load test this library reads: give a CSV with"
                    + " 'concurrency' and 'throughput' columns, a JMeter result file (.jtl) or k6 JSON output");
        }
        List<String> notes = new ArrayList<>();
        if (steps.unloaded() > 0) {
            notes.add(file + ": " + steps.unloaded() + " requests record no concurrency ("
                    + (how.startsWith("JMeter") ? "no allThreads column" : "before the first vus point")
                    + ") and make no point");
        }
        if (steps.transientLevels() > 0) {
            notes.add(file + ": " + steps.transientLevels() + " concurrency levels with fewer than " + Steps.MIN_REQUESTS
                    + " requests or under 1 s (ramps between steps) make no point");
        }
        Optional<Instant> ended = steps.last() == Long.MIN_VALUE ? Optional.empty()
                : Optional.of(Instant.ofEpochMilli(steps.last()));
        return new LoadTest(file + " (" + how + ")", steps.points(), ended, notes);
    }

    /**
     * Fits the law to the test's points (λ fitted) and judges it against the expected peak.
     *
     * @param test     the load test
     * @param expected the expected peak concurrency, if known
     * @return the report
     */
    public static ScalabilityReport assess(LoadTest test, Optional<ExpectedPeak> expected) {
        return assess(test, expected, UslMethod.LAMBDA_FITTED);
    }

    /**
     * Fits the law with {@code method} and judges it against the expected peak.
     *
     * @param test     the load test
     * @param expected the expected peak concurrency, if known
     * @param method   how λ is treated
     * @return the report
     * @throws IllegalArgumentException if λ is to be fixed at X(1) and no point has concurrency 1
     */
    public static ScalabilityReport assess(LoadTest test, Optional<ExpectedPeak> expected, UslMethod method) {
        return ScalabilityReport.of(test, UniversalScalabilityLaw.fit(test.points(), method), expected);
    }

    /**
     * Finds the load tests a project directory holds (points CSVs, stepped JTLs and k6 runs) and
     * assesses the newest one with enough steps; see {@link ScalabilityScan}.
     *
     * @param directory the project directory
     * @param expected  the expected peak concurrency, if known
     * @return what was found and judged
     * @throws IOException if the directory cannot be walked
     */
    public static ScalabilityScan find(Path directory, Optional<ExpectedPeak> expected) throws IOException {
        return ScalabilityScan.of(directory, expected);
    }

    static boolean isPointsCsv(Path file) throws IOException {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return false;
        }
        try (CsvRows rows = new CsvRows(file)) {
            return rows.next() && rows.row().contains("concurrency") && rows.row().contains("throughput");
        }
    }

    private static LoadTest points(Path file) throws IOException {
        List<LoadPoint> points = new ArrayList<>();
        try (CsvRows rows = new CsvRows(file)) {
            rows.next();
            int[] at = rows.columns("a load-test points file", List.of("concurrency", "throughput"), List.of());
            while (rows.next()) {
                double concurrency = number(rows, at[0], file, "concurrency");
                double throughput = number(rows, at[1], file, "throughput");
                if (concurrency <= 0) {
                    throw new RecordingFormatException(file + ":" + rows.line() + ": concurrency must be > 0, but was '"
                            + rows.get(at[0]) + "'");
                }
                points.add(new LoadPoint(concurrency, throughput));
            }
        }
        return new LoadTest(file + " (points)", points, Optional.empty(), List.of());
    }

    private static double number(CsvRows rows, int index, Path file, String column) {
        String text = index < rows.size() ? rows.get(index).strip() : "";
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value) && value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new RecordingFormatException(file + ":" + rows.line() + ": " + column + " must be a finite number >= 0,"
                + " but was '" + text + "'");
    }
}
