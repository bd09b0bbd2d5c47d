package dev.backendaudit.evidence.latency.internal;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.backendaudit.evidence.latency.RecordingFormatException;
import dev.backendaudit.internal.NearestMatch;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A CSV file read row by row with Jackson's streaming CSV parser, one reused row of fields at a
 * time, with the line each row starts on. Quoting follows RFC 4180, as JMeter writes it.
 */
public final class CsvRows implements Closeable {

    private static final CsvMapper MAPPER = new CsvMapper();

    private final String name;
    private final CsvParser parser;
    private String[] fields = new String[32];
    private int size;
    private long line;

    /**
     * @param file the CSV file
     * @throws IOException if it cannot be opened
     */
    public CsvRows(Path file) throws IOException {
        this.name = file.toString();
        this.parser = (CsvParser) MAPPER.getFactory().createParser(file.toFile());
        parser.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
    }

    /**
     * Reads the next row.
     *
     * @return false at the end of the file
     * @throws IOException if the file cannot be read
     */
    public boolean next() throws IOException {
        JsonToken token;
        try {
            token = parser.nextToken();
            if (token == null) {
                return false;
            }
            size = 0;
            String first = parser.nextTextValue();
            // the row's own line is its first value's (a row's START_ARRAY stands at the end of the line before)
            line = parser.currentTokenLocation().getLineNr();
            for (String value = first; value != null || parser.currentToken() != JsonToken.END_ARRAY;
                 value = parser.nextTextValue()) {
                if (size == fields.length) {
                    fields = Arrays.copyOf(fields, size * 2);
                }
                fields[size++] = value == null ? "" : value;
            }
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new RecordingFormatException(name + ":" + parser.currentLocation().getLineNr()
                    + ": the CSV cannot be parsed: " + e.getOriginalMessage(), e);
        }
        return true;
    }

    /** Fields in the current row. */
    public int size() {
        return size;
    }

    /** The {@code index}-th field of the current row. */
    public String get(int index) {
        return fields[index];
    }

    /** The line the current row starts on, 1-based. */
    public long line() {
        return line;
    }

    /** The current row's fields, as a list. */
    public List<String> row() {
        return new ArrayList<>(Arrays.asList(fields).subList(0, size));
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
        parser.close();
    }
}
