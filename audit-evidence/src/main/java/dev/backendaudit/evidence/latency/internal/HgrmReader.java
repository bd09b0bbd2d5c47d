package dev.backendaudit.evidence.latency.internal;

import dev.backendaudit.evidence.latency.LatencyWindow;
import dev.backendaudit.evidence.latency.Load;
import dev.backendaudit.evidence.latency.RecordingFormat;
import dev.backendaudit.evidence.latency.RecordingFormatException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a percentile distribution as HdrHistogram prints it ({@code outputPercentileDistribution},
 * {@code .hgrm} files of HistogramLogProcessor, and wrk2's {@code --latency} output): the table of
 * value, percentile, total count and 1/(1-percentile), then the {@code #[Mean ...]},
 * {@code #[Max = ..., Total count = ...]} footer. There is no library that reads this text back, so
 * the table is parsed here, strictly: a table without its footer is taken as truncated.
 */
public final class HgrmReader {

    private static final Pattern HEADER = Pattern.compile("\\s*Value\\s+Percentile\\s+TotalCount\\s+1/\\(1-Percentile\\)\\s*");
    private static final Pattern ROW = Pattern.compile("\\s*(\\S+)\\s+(\\S+)\\s+(\\S+)(\\s+\\S+)?\\s*");
    private static final Pattern MAX = Pattern.compile("#\\[Max\\s*=\\s*([^,]+),\\s*Total count\\s*=\\s*([^\\]]+)\\]\\s*");
    private static final Pattern REQUESTS = Pattern.compile("\\s*(\\d+) requests in .*");
    private static final Pattern RATE = Pattern.compile("\\s*Requests/sec:\\s*(\\S+)\\s*");
    private static final Pattern NON_2XX = Pattern.compile("\\s*Non-2xx or 3xx responses:\\s*(\\d+)\\s*");
    private static final Pattern SOCKET = Pattern.compile(
            "\\s*Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)\\s*");
    private static final double[] PERCENTILES = {50, 95, 99, 99.9};

    private HgrmReader() {
    }

    /** Whether the file is wrk2's output, whose values are milliseconds. */
    public static boolean isWrk2(Path file) throws IOException {
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.contains("Detailed Percentile spectrum:") || line.contains("Latency Distribution (HdrHistogram")) {
                    return true;
                }
                if (HEADER.matcher(line).matches()) {
                    return false;
                }
            }
        }
        return false;
    }

    /**
     * Reads the first distribution in the file as one window.
     *
     * @param unit the unit of the printed values
     */
    public static LatencyWindow read(Path file, TimeUnit unit, Load load, String selection) throws IOException {
        String name = file.toString();
        double nanos = unit.toNanos(1);
        List<double[]> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        double max = Double.NaN;
        long total = -1;
        long requests = -1;
        long errors = 0;
        OptionalDouble rate = OptionalDouble.empty();
        int state = 0; // 0 before the table, 1 in it, 2 after its footer
        long lineNumber = 0;
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                if (state == 0 && HEADER.matcher(line).matches()) {
                    state = 1;
                } else if (state == 1) {
                    Matcher footer = MAX.matcher(line.strip());
                    if (footer.matches()) {
                        max = number(footer.group(1), name, lineNumber, "Max");
                        total = count(footer.group(2), name, lineNumber, "Total count");
                        state = 2;
                    } else if (!line.isBlank() && !line.strip().startsWith("#[")) {
                        rows.add(row(line, name, lineNumber, rows.isEmpty() ? null : rows.get(rows.size() - 1)));
                    }
                } else if (state == 2) {
                    if (HEADER.matcher(line).matches()) {
                        notes.add(name + ":" + lineNumber + ": a second distribution (wrk2's uncorrected latency) was not"
                                + " used; the first, corrected for coordinated omission, was");
                        state = 3;
                    }
                    requests = match(REQUESTS, line, requests);
                    Matcher perSecond = RATE.matcher(line);
                    if (perSecond.matches()) {
                        rate = OptionalDouble.of(number(perSecond.group(1), name, lineNumber, "Requests/sec"));
                    }
                    errors += Math.max(0, match(NON_2XX, line, 0));
                    Matcher socket = SOCKET.matcher(line);
                    if (socket.matches()) {
                        for (int g = 1; g <= 4; g++) {
                            errors += Long.parseLong(socket.group(g));
                        }
                    }
                }
            }
        }
        if (state == 0) {
            throw new RecordingFormatException(name + ": a percentile distribution has HdrHistogram's header line"
                    + " 'Value Percentile TotalCount 1/(1-Percentile)', but this file has none");
        }
        if (state == 1) {
            throw new RecordingFormatException(name + ":" + lineNumber + ": the distribution ends without its footer"
                    + " '#[Max = ..., Total count = ...]': the file is truncated");
        }
        if (rows.isEmpty() || (long) rows.get(rows.size() - 1)[2] != total) {
            throw new RecordingFormatException(name + ": the footer's Total count (" + total + ") must equal the last"
                    + " row's TotalCount (" + (rows.isEmpty() ? "no rows" : (long) rows.get(rows.size() - 1)[2])
                    + "): the table is incomplete");
        }
        List<String> unknowns = new ArrayList<>(notes);
        List<Optional<Duration>> found = new ArrayList<>();
        for (double p : PERCENTILES) {
            found.add(total >= LatencyWindow.requiredSamples(p) ? Optional.of(at(rows, p, nanos)) : missing(p, total,
                    load, unknowns));
        }
        Optional<Duration> maximum = total >= LatencyWindow.requiredSamples(100)
                ? Optional.of(Duration.ofNanos(Math.round(max * nanos))) : missing(100, total, load, unknowns);
        OptionalDouble errorRate = requests > 0 ? OptionalDouble.of(Math.min(1, (double) errors / requests))
                : OptionalDouble.empty();
        return new LatencyWindow(name, RecordingFormat.HGRM, load, selection, total, 0, found.get(0), found.get(1),
                found.get(2), found.get(3), maximum, OptionalInt.empty(),
                "printed table: each percentile is the value of the first row at or above it", Optional.empty(),
                Optional.empty(), rate, errorRate, OptionalDouble.empty(), unknowns);
    }

    private static Optional<Duration> missing(double p, long total, Load load, List<String> unknowns) {
        unknowns.add(Accumulator.name(p) + " latency under " + load.word() + " load: the distribution holds " + total
                + " samples; " + Accumulator.name(p) + " needs at least " + LatencyWindow.requiredSamples(p));
        return Optional.empty();
    }

    private static Duration at(List<double[]> rows, double percentile, double nanos) {
        double wanted = percentile / 100 - 1e-12;
        for (double[] row : rows) {
            if (row[1] >= wanted) {
                return Duration.ofNanos(Math.round(row[0] * nanos));
            }
        }
        return Duration.ofNanos(Math.round(rows.get(rows.size() - 1)[0] * nanos));
    }

    private static double[] row(String line, String name, long number, double[] previous) {
        Matcher row = ROW.matcher(line);
        if (!row.matches()) {
            throw new RecordingFormatException(name + ":" + number + ": a row must be value, percentile, total count"
                    + " and 1/(1-percentile), but was '" + line.strip() + "'");
        }
        double value = number(row.group(1), name, number, "Value");
        double percentile = number(row.group(2), name, number, "Percentile");
        long count = count(row.group(3), name, number, "TotalCount");
        if (percentile > 1) {
            throw new RecordingFormatException(name + ":" + number + ": Percentile must be in [0, 1], but was "
                    + row.group(2));
        }
        if (previous != null && (value < previous[0] || percentile < previous[1] || count < previous[2])) {
            throw new RecordingFormatException(name + ":" + number + ": value, percentile and total count must not"
                    + " decrease from row to row, but this row (" + line.strip() + ") falls below the one before");
        }
        return new double[] {value, percentile, count};
    }

    private static double number(String text, String name, long line, String field) {
        try {
            double value = Double.parseDouble(text.strip());
            if (Double.isFinite(value) && value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new RecordingFormatException(name + ":" + line + ": " + field + " must be a finite number >= 0, but was '"
                + text.strip() + "'");
    }

    private static long count(String text, String name, long line, String field) {
        double value = number(text, name, line, field);
        if (value != Math.rint(value)) {
            throw new RecordingFormatException(name + ":" + line + ": " + field + " must be a whole number, but was '"
                    + text.strip() + "'");
        }
        return (long) value;
    }

    private static long match(Pattern pattern, String line, long otherwise) {
        Matcher matcher = pattern.matcher(line);
        return matcher.matches() ? Long.parseLong(matcher.group(1)) : otherwise;
    }
}
