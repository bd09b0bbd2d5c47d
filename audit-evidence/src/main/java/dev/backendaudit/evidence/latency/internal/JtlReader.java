package dev.backendaudit.evidence.latency.internal;

import dev.backendaudit.evidence.latency.RecordingFormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a JMeter result file in CSV form (JMeter's default since 2.x): a header naming the saved
 * fields, then one row per sample. {@code timeStamp} is milliseconds since the epoch (JMeter's
 * default {@code timestamp_format=ms}; the end of the sample unless
 * {@code sampleresult.timestamp.start=true}); {@code elapsed} is milliseconds.
 */
public final class JtlReader implements RecordingReader {

    /** The columns every JTL read here must have. */
    public static final List<String> REQUIRED = List.of("timeStamp", "elapsed", "label", "success");

    private final Path file;
    private final String name;
    private final String valueColumn;
    private final boolean names;

    /**
     * @param file        the JTL
     * @param valueColumn the column holding the latency in milliseconds ({@code elapsed} by default)
     * @param names       whether labels and thread groups are needed (windows by label or tag)
     */
    public JtlReader(Path file, String valueColumn, boolean names) {
        this.file = file;
        this.name = file.toString();
        this.valueColumn = valueColumn;
        this.names = names;
    }

    @Override
    public double nanosPerValue() {
        return 1_000_000;
    }

    @Override
    public boolean recordsTime() {
        return true;
    }

    @Override
    public void read(Sink sink) throws IOException {
        read(sink, null);
    }

    /**
     * Streams the samples; {@code perRow}, when not null, is told each row's thread count and time
     * (for load-test steps).
     */
    public void read(Sink sink, StepSink perRow) throws IOException {
        try (CsvRows rows = new CsvRows(file)) {
            if (!rows.next()) {
                throw new RecordingFormatException(name + ":1: a JMeter CSV result file starts with a header line"
                        + " naming its columns (" + String.join(",", REQUIRED) + ",...), but the file is empty");
            }
            List<String> optional = valueColumn.equals("elapsed") ? List.of("allThreads", "threadName")
                    : List.of("allThreads", "threadName", valueColumn);
            int[] at = rows.columns("a JMeter CSV result file", REQUIRED, optional);
            int value = valueColumn.equals("elapsed") ? at[1] : at[6];
            if (value < 0) {
                throw new RecordingFormatException(name + ":" + rows.line() + ": the latency column '" + valueColumn
                        + "' is not in the header " + rows.row());
            }
            int width = rows.size();
            Observation o = new Observation();
            while (rows.next()) {
                long line = rows.line();
                if (rows.size() != width) {
                    throw new RecordingFormatException(name + ":" + line + ": a row must have " + width + " fields,"
                            + " as the header has, but has " + rows.size()
                            + " (a truncated line, or a field with an unquoted comma?)");
                }
                o.clear();
                o.line = line;
                o.time = whole(rows, at[0], line, "timeStamp", "milliseconds since the epoch"
                        + " (JMeter's timestamp_format=ms)");
                o.endTime = o.time;
                long elapsed = whole(rows, value, line, valueColumn, "milliseconds");
                o.outcomeKnown = true;
                o.failed = !bool(rows, at[3], line);
                if (at[4] >= 0) {
                    o.load = whole(rows, at[4], line, "allThreads", "threads");
                }
                if (names) {
                    o.label = rows.get(at[2]);
                    o.tag = at[5] >= 0 ? threadGroup(rows.get(at[5])) : null;
                }
                sink.sample(o, elapsed, 1);
                if (perRow != null) {
                    perRow.row(o);
                }
            }
        }
    }

    /** The thread group of a JMeter thread name: {@code "Checkout 1-12"} is in {@code "Checkout"}. */
    static String threadGroup(String threadName) {
        int space = threadName.lastIndexOf(' ');
        if (space > 0 && threadName.substring(space + 1).matches("\\d+-\\d+")) {
            return threadName.substring(0, space);
        }
        return threadName;
    }

    private long whole(CsvRows rows, int index, long line, String column, String what) {
        long value = rows.wholeNumber(index);
        if (value < 0) {
            throw new RecordingFormatException(name + ":" + line + ": " + column + " must be a whole number of " + what
                    + " >= 0, but was '" + rows.get(index) + "'");
        }
        return value;
    }

    private boolean bool(CsvRows rows, int index, long line) {
        if (rows.is(index, "true")) {
            return true;
        }
        if (rows.is(index, "false")) {
            return false;
        }
        throw new RecordingFormatException(name + ":" + line + ": success must be true or false, but was '"
                + rows.get(index) + "'");
    }

    /** Told each row, after its sample, for grouping samples into load-test steps. */
    public interface StepSink {
        /**
         * One row's time and thread count ({@link Observation#load}).
         *
         * @param row the row just read
         */
        void row(Observation row);
    }
}
