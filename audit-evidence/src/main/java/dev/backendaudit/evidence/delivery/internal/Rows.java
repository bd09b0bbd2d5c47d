package dev.backendaudit.evidence.delivery.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.backendaudit.evidence.delivery.RecordFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Streams the rows of a CSV file (with a header) or a JSON file (an array of objects) as maps of
 * field name to text, each with its line number, one at a time.
 */
public final class Rows {

    private static final CsvMapper CSV = new CsvMapper();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Rows() {
    }

    /**
     * Calls {@code row} with each row's line number and fields.
     *
     * @throws RecordFormatException naming the file and line if the file is not well-formed, or lacks a column
     */
    public static void read(Path file, List<String> required, BiConsumer<Integer, Map<String, String>> row) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!Files.isRegularFile(file)) {
            throw new RecordFormatException(file + ": the file must exist and be a regular file, but it does not");
        }
        try {
            if (name.endsWith(".csv")) {
                csv(file, required, row);
            } else if (name.endsWith(".json")) {
                json(file, required, row);
            } else {
                throw new RecordFormatException(file + ": the file name must end in .csv or .json, but was " + name);
            }
        } catch (JsonProcessingException e) {
            throw new RecordFormatException(file + ":" + e.getLocation().getLineNr() + ": not well-formed: "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new RecordFormatException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static void csv(Path file, List<String> required, BiConsumer<Integer, Map<String, String>> row)
            throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnReordering(true);
        try (MappingIterator<Map<String, String>> rows = CSV.readerForMapOf(String.class).with(schema)
                .with(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS).with(CsvParser.Feature.TRIM_SPACES)
                .readValues(file.toFile())) {
            CsvParser parser = (CsvParser) rows.getParser();
            boolean checked = false;
            while (rows.hasNextValue()) {
                Map<String, String> values = rows.nextValue();
                if (!checked) {
                    List<String> columns = columnNames(parser.getSchema());
                    for (String column : required) {
                        if (!columns.contains(column)) {
                            throw new RecordFormatException(file + ":1: the header must name the columns " + required
                                    + ", but it lacks '" + column + "' (it has " + columns + ")");
                        }
                    }
                    checked = true;
                }
                row.accept(parser.currentTokenLocation().getLineNr(), values);
            }
        }
    }

    private static List<String> columnNames(CsvSchema schema) {
        java.util.ArrayList<String> names = new java.util.ArrayList<>();
        schema.forEach(column -> names.add(column.getName()));
        return names;
    }

    private static void json(Path file, List<String> required, BiConsumer<Integer, Map<String, String>> row)
            throws IOException {
        try (JsonParser parser = JSON.createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new RecordFormatException(file + ":" + parser.currentTokenLocation().getLineNr()
                        + ": the file must hold a JSON array of records, but it starts with " + parser.currentToken());
            }
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                int line = parser.currentTokenLocation().getLineNr();
                if (token != JsonToken.START_OBJECT) {
                    throw new RecordFormatException(file + ":" + line + ": each record must be a JSON object, but was "
                            + token);
                }
                JsonNode node = parser.readValueAsTree();
                Map<String, String> values = new LinkedHashMap<>();
                node.properties().forEach(field -> values.put(field.getKey(),
                        field.getValue().isNull() ? "" : field.getValue().asText()));
                for (String column : required) {
                    if (!values.containsKey(column)) {
                        throw new RecordFormatException(file + ":" + line + ": the record must have the fields " + required
                                + ", but it lacks '" + column + "'");
                    }
                }
                row.accept(line, values);
            }
        }
    }
}
