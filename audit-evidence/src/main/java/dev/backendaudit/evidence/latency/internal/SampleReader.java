package dev.backendaudit.evidence.latency.internal;

import dev.backendaudit.evidence.latency.RecordingFormatException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Reads a plain sample file: one latency per line (blank lines and {@code #} comments skipped), or a
 * CSV file with a header and a declared column. Values are decimal numbers in the declared unit.
 */
public final class SampleReader implements RecordingReader {

    private final Path file;
    private final String name;
    private final Optional<String> column;
    private final double nanosPerUnit;
    private final String unitName;

    /**
     * @param file   the sample file
     * @param column the CSV column holding the latency; empty for one value per line
     * @param unit   the unit of the values
     */
    public SampleReader(Path file, Optional<String> column, TimeUnit unit) {
        this.file = file;
        this.name = file.toString();
        this.column = column;
        this.nanosPerUnit = unit.toNanos(1);
        this.unitName = unit.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public double nanosPerValue() {
        return 1;
    }

    @Override
    public boolean recordsTime() {
        return false;
    }

    @Override
    public void read(Sink sink) throws IOException {
        Observation o = new Observation();
        if (column.isPresent()) {
            try (CsvRows rows = new CsvRows(file)) {
                if (!rows.next()) {
                    throw new RecordingFormatException(name + ":1: a CSV sample file starts with a header naming"
                            + " column '" + column.get() + "', but the file is empty");
                }
                int index = rows.columns("a CSV sample file", List.of(column.get()), List.of())[0];
                while (rows.next()) {
                    o.line = rows.line();
                    if (index >= rows.size()) {
                        throw new RecordingFormatException(name + ":" + rows.line() + ": a row must have a '"
                                + column.get() + "' field (field " + (index + 1) + "), but has " + rows.size()
                                + " fields");
                    }
                    long whole = rows.wholeNumber(index);
                    sink.sample(o, whole >= 0 ? Math.round(whole * nanosPerUnit) : nanos(rows.get(index), rows.line()), 1);
                }
            }
            return;
        }
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long line = 0;
            for (String text = lines.readLine(); text != null; text = lines.readLine()) {
                line++;
                long whole = ProjectFiles.wholeNumber(text, 0, text.length());
                if (whole >= 0) {
                    sink.sample(o, Math.round(whole * nanosPerUnit), 1);
                    continue;
                }
                String value = text.strip();
                if (value.isEmpty() || value.startsWith("#")) {
                    continue;
                }
                o.line = line;
                sink.sample(o, nanos(value, line), 1);
            }
        }
    }

    private long nanos(String text, long line) {
        double value;
        try {
            value = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new RecordingFormatException(name + ":" + line + ": a latency must be a number of " + unitName
                    + ", but was '" + text + "'");
        }
        if (!Double.isFinite(value) || value < 0) {
            throw new RecordingFormatException(name + ":" + line + ": a latency must be a finite number >= 0, but was '"
                    + text + "'");
        }
        return Math.round(value * nanosPerUnit);
    }
}
