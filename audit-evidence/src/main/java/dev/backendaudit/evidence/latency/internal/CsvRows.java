package dev.backendaudit.evidence.latency.internal;

import dev.backendaudit.evidence.latency.RecordingFormatException;
import dev.backendaudit.internal.NearestMatch;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A CSV file read row by row over a buffered line reader: fields split at commas, RFC 4180 quoting as
 * JMeter writes it ({@code "a, b"}, {@code ""} for a quote, a quoted field that spans lines), with the
 * line each row starts on. Fields are sliced only when asked for, and whole numbers are read straight
 * from the line, so that a row costs little more than reading its line.
 *
 * <p>Why not Jackson's CSV parser, which the delivery records use: it makes a string of every field
 * of every row, and on a JMeter result file of a million rows it took 5.6 times as long as reading the
 * lines (BENCHMARKS.md); this reads the same files within the 2x the issue asks for.
 */
public final class CsvRows implements Closeable {

    private final String name;
    private final BufferedReader reader;
    private String text;
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private boolean[] quoted = new boolean[32];
    private int size;
    private long line;
    private long nextLine = 1;

    /**
     * @param file the CSV file, UTF-8
     * @throws IOException if it cannot be opened
     */
    public CsvRows(Path file) throws IOException {
        this.name = file.toString();
        this.reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }

    /**
     * Reads the next row, skipping empty lines.
     *
     * @return false at the end of the file
     * @throws IOException if the file cannot be read
     */
    public boolean next() throws IOException {
        String read = reader.readLine();
        while (read != null && read.isEmpty()) {
            nextLine++;
            read = reader.readLine();
        }
        if (read == null) {
            return false;
        }
        line = nextLine++;
        text = read;
        split();
        return true;
    }

    private void split() throws IOException {
        size = 0;
        int i = 0;
        while (true) {
            grow();
            if (i < text.length() && text.charAt(i) == '"') {
                int start = i + 1;
                int j = start;
                while (true) {
                    int quote = text.indexOf('"', j);
                    while (quote < 0) {
                        String more = reader.readLine();
                        if (more == null) {
                            throw new RecordingFormatException(name + ":" + line + ": a quoted field must end with a"
                                    + " quote, but the file ends inside it (the file is truncated)");
                        }
                        nextLine++;
                        text = text + "\n" + more;
                        quote = text.indexOf('"', j);
                    }
                    if (quote + 1 < text.length() && text.charAt(quote + 1) == '"') {
                        j = quote + 2;
                        continue;
                    }
                    starts[size] = start;
                    ends[size] = quote;
                    quoted[size] = true;
                    size++;
                    i = quote + 1;
                    break;
                }
                if (i < text.length() && text.charAt(i) != ',') {
                    throw new RecordingFormatException(name + ":" + line + ": a quoted field must be followed by a"
                            + " comma or the end of the line, but field " + size + " is followed by '" + text.charAt(i)
                            + "'");
                }
            } else {
                int length = text.length();
                int end = i;
                while (end < length && text.charAt(end) != ',') {
                    end++;
                }
                starts[size] = i;
                ends[size] = end > i && text.charAt(end - 1) == '\r' ? end - 1 : end;
                quoted[size] = false;
                size++;
                i = end;
            }
            if (i >= text.length()) {
                return;
            }
            i++; // the comma
        }
    }

    private void grow() {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
            quoted = Arrays.copyOf(quoted, size * 2);
        }
    }

    /** Fields in the current row. */
    public int size() {
        return size;
    }

    /** The {@code index}-th field of the current row, unquoted. */
    public String get(int index) {
        String field = text.substring(starts[index], ends[index]);
        return quoted[index] ? field.replace("\"\"", "\"") : field;
    }

    /**
     * The {@code index}-th field as a whole number of at most 18 digits, read in place.
     *
     * @return the number, or -1 if the field is not one
     */
    public long wholeNumber(int index) {
        return quoted[index] ? -1 : ProjectFiles.wholeNumber(text, starts[index], ends[index]);
    }

    /** Whether the {@code index}-th field is {@code value}, ignoring case, compared in place. */
    public boolean is(int index, String value) {
        return !quoted[index] && ends[index] - starts[index] == value.length()
                && text.regionMatches(true, starts[index], value, 0, value.length());
    }

    /** The line the current row starts on, 1-based. */
    public long line() {
        return line;
    }

    /** The current row's fields, as a list. */
    public List<String> row() {
        List<String> fields = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            fields.add(get(i));
        }
        return fields;
    }

    /**
     * The index of each wanted column in the header just read, failing if a required one is missing.
     *
     * @param what     the file's kind, for the message: {@code "a JMeter CSV result file"}
     * @param required the columns that must be there
     * @param optional columns that may be there
     * @return indexes in the order required then optional; -1 for an optional column that is absent
     */
    public int[] columns(String what, List<String> required, List<String> optional) {
        List<String> header = row();
        int[] indexes = new int[required.size() + optional.size()];
        for (int i = 0; i < required.size(); i++) {
            indexes[i] = header.indexOf(required.get(i));
            if (indexes[i] < 0) {
                throw new RecordingFormatException(name + ":" + line + ": " + what + " needs the columns "
                        + String.join(", ", required) + " in its header, but '" + required.get(i) + "' is missing"
                        + NearestMatch.suggestion(required.get(i), header));
            }
        }
        for (int i = 0; i < optional.size(); i++) {
            indexes[required.size() + i] = header.indexOf(optional.get(i));
        }
        return indexes;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
