package dev.backendaudit.evidence.latency.internal;

import dev.backendaudit.evidence.latency.RecordingFormatException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.HistogramLogReader;

/**
 * Reads an HdrHistogram interval log with HdrHistogram's own {@link HistogramLogReader}, tags
 * included. The library stops quietly at a line it cannot read; this reader counts the log's data
 * lines as they pass and fails, naming the line, when the library returned fewer intervals.
 */
public final class HlogReader implements RecordingReader {

    private static final double YEAR_SECONDS = 365 * 24 * 3600.0;

    private final Path file;
    private final String name;
    private final double nanosPerValue;
    private final boolean absoluteTimes;

    /**
     * @param file the log
     * @param unit the unit of its values, which a log does not record
     * @throws IOException if the file cannot be read
     */
    public HlogReader(Path file, TimeUnit unit) throws IOException {
        this.file = file;
        this.name = file.toString();
        this.nanosPerValue = unit.toNanos(1);
        this.absoluteTimes = probeAbsoluteTimes();
    }

    @Override
    public double nanosPerValue() {
        return nanosPerValue;
    }

    /** Whether the log's times are instants (it has a StartTime, or its stamps are seconds since the epoch). */
    @Override
    public boolean recordsTime() {
        return absoluteTimes;
    }

    @Override
    public void read(Sink sink) throws IOException {
        Observation at = new Observation();
        Map<String, Long> lastStart = new HashMap<>();
        long decoded = 0;
        try (DataLineCounter in = new DataLineCounter(Files.newInputStream(file));
             HistogramLogReader reader = new HistogramLogReader(in)) {
            while (true) {
                EncodableHistogram histogram;
                try {
                    histogram = reader.nextIntervalHistogram();
                } catch (RuntimeException e) {
                    throw failure(decoded + 1, e);
                }
                if (histogram == null) {
                    break;
                }
                decoded++;
                at.clear();
                at.position = "interval " + decoded;
                at.time = histogram.getStartTimeStamp();
                at.endTime = histogram.getEndTimeStamp();
                at.tag = histogram.getTag();
                check(decoded, at, lastStart);
                double seconds = (at.endTime - at.time) / 1000.0;
                at.load = totalCount(histogram) / seconds;
                sink.interval(at, histogram);
            }
            in.drain();
            if (in.dataLines() != decoded) {
                throw failure(decoded + 1, null);
            }
        }
    }

    private void check(long index, Observation at, Map<String, Long> lastStart) {
        if (at.endTime <= at.time) {
            throw new RecordingFormatException(name + ":interval " + index + ": interval length must be > 0 s, but was "
                    + (at.endTime - at.time) / 1000.0 + " s (start " + time(at.time) + ")");
        }
        String key = at.tag == null ? "" : at.tag;
        Long previous = lastStart.get(key);
        if (previous != null && at.time < previous) {
            throw new RecordingFormatException(name + ":interval " + index + ": interval start times must not decrease"
                    + (at.tag == null ? "" : " (tag '" + at.tag + "')") + ", but this interval starts at "
                    + time(at.time) + ", before the previous one at " + time(previous));
        }
        lastStart.put(key, at.time);
    }

    private String time(long millis) {
        return absoluteTimes ? java.time.Instant.ofEpochMilli(millis).toString() : millis / 1000.0 + " s";
    }

    private static long totalCount(EncodableHistogram histogram) {
        if (histogram instanceof org.HdrHistogram.DoubleHistogram) {
            return ((org.HdrHistogram.DoubleHistogram) histogram).getTotalCount();
        }
        return ((org.HdrHistogram.AbstractHistogram) histogram).getTotalCount();
    }

    /** The error for the {@code index}-th data line, which HdrHistogram's reader could not return. */
    private RecordingFormatException failure(long index, Throwable cause) throws IOException {
        long lineNumber = 0;
        String line = null;
        long seen = 0;
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            for (String next = lines.readLine(); next != null; next = lines.readLine()) {
                lineNumber++;
                if (isData(next) && ++seen == index) {
                    line = next;
                    break;
                }
            }
        }
        String where = line == null ? name + ":interval " + index : name + ":" + lineNumber;
        String reason = line == null ? String.valueOf(cause) : diagnose(line);
        return new RecordingFormatException(where + ": interval " + index + " cannot be read by HdrHistogram's"
                + " HistogramLogReader: " + reason + "; nothing of this log was used", cause);
    }

    private static boolean isData(String line) {
        return !line.isEmpty() && line.charAt(0) != '#' && line.charAt(0) != '"' && line.charAt(0) != '\r';
    }

    /** Why a data line is not an interval: {@code [Tag=T,]start,length,max,payload}. */
    static String diagnose(String line) {
        String rest = line.strip();
        if (rest.startsWith("Tag=")) {
            int comma = rest.indexOf(',');
            rest = comma < 0 ? "" : rest.substring(comma + 1);
        }
        String[] fields = rest.split(",", -1);
        if (fields.length != 4) {
            return "an interval line must be [Tag=...,]start,length,max,histogram (4 fields after the tag), but has "
                    + fields.length + (fields.length == 1 ? " field" : " fields") + " (the file may be truncated)";
        }
        String[] names = {"start", "length", "max"};
        for (int i = 0; i < 3; i++) {
            try {
                double value = Double.parseDouble(fields[i]);
                if (!Double.isFinite(value) || value < 0) {
                    return names[i] + " must be a finite number of seconds >= 0, but was '" + fields[i] + "'";
                }
            } catch (NumberFormatException e) {
                return names[i] + " must be a number of seconds, but was '" + fields[i] + "'";
            }
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(fields[3].strip());
        } catch (IllegalArgumentException e) {
            return "the histogram must be base64, but is not (" + e.getMessage() + ")";
        }
        try {
            org.HdrHistogram.Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(bytes), 0);
        } catch (Exception | LinkageError e) {
            try {
                org.HdrHistogram.DoubleHistogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(bytes), 0);
                return "the line looks well-formed, yet the reader stopped before it (an unreadable line just before"
                        + " it?)";
            } catch (Exception | LinkageError ignored) {
                // the integer decoder's reason is the one to report
            }
            return "the compressed histogram cannot be decoded (" + e + "; the file may be truncated or corrupt)";
        }
        return "the line looks well-formed, yet the reader stopped before it (an unreadable line just before it?)";
    }

    private boolean probeAbsoluteTimes() throws IOException {
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("#[StartTime:") || line.startsWith("#[BaseTime:")) {
                    return true;
                }
                if (isData(line)) {
                    String first = line.startsWith("Tag=") ? line.substring(line.indexOf(',') + 1) : line;
                    int comma = first.indexOf(',');
                    try {
                        return Double.parseDouble(comma < 0 ? first : first.substring(0, comma)) > YEAR_SECONDS;
                    } catch (NumberFormatException e) {
                        return false;
                    }
                }
            }
        }
        return false;
    }
}
