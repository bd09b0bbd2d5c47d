package dev.backendaudit.evidence.delivery.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.backendaudit.evidence.delivery.RecordFormatException;
import dev.backendaudit.internal.TextFiles;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Streams the rows of a CSV file (with a header) or a JSON file (an array of objects) as maps of
 * field name to text, each with its line number, one at a time. The bytes must be UTF-8 (else the
 * file, line and offset are named), a CSV header names each column once, a JSON record names each
 * field once, and a required field holds text (or null), never a number or a boolean.
 */
public final class Rows {

    private static final CsvMapper CSV = new CsvMapper();
    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build()).build();
    private static final Pattern SOURCE = Pattern.compile("\\s*\\[Source: .*?; line: (\\d+), column: (\\d+)]",
            Pattern.DOTALL);

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
        try (Reader text = TextFiles.reader(file)) {
            if (name.endsWith(".csv")) {
                csv(file, text, required, row);
            } else if (name.endsWith(".json")) {
                json(file, text, required, row);
            } else {
                throw new RecordFormatException(file + ": the file name must end in .csv or .json, but was " + name);
            }
        } catch (TextFiles.MalformedTextException e) {
            throw new RecordFormatException(file + ":" + e.line() + ": " + e.reason(), e);
        } catch (JsonProcessingException e) {
            throw new RecordFormatException(file + ":" + e.getLocation().getLineNr() + ": not well-formed: "
                    + words(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new RecordFormatException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** Jackson's message in the project's words: no source excerpt, duplicates said plainly. */
    private static String words(String message) {
        String text = SOURCE.matcher(String.valueOf(message)).replaceAll(" at line $1, column $2");
        return text.startsWith("Duplicate field ") ? "duplicate field " + text.substring("Duplicate field ".length())
                + ": each field may appear only once" : text;
    }

    private static void csv(Path file, Reader text, List<String> required, BiConsumer<Integer, Map<String, String>> row)
            throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnReordering(true);
        try (MappingIterator<Map<String, String>> rows = CSV.readerForMapOf(String.class).with(schema)
                .with(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS).with(CsvParser.Feature.TRIM_SPACES)
                .readValues(text)) {
            CsvParser parser = (CsvParser) rows.getParser();
            boolean checked = false;
            while (rows.hasNextValue()) {
                Map<String, String> values = rows.nextValue();
                if (!checked) {
                    checkHeader(file, columnNames(parser.getSchema()), required);
                    checked = true;
                }
                row.accept(parser.currentTokenLocation().getLineNr(), values);
            }
        }
    }

    private static void checkHeader(Path file, List<String> columns, List<String> required) {
        Set<String> seen = new HashSet<>();
        for (String column : columns) {
            if (!seen.add(column)) {
                throw new RecordFormatException(file + ":1: the header names column '" + column + "' twice; each"
                        + " column may appear only once");
            }
        }
        for (String column : required) {
            if (!columns.contains(column)) {
                throw new RecordFormatException(file + ":1: the header must name the columns " + required
                        + ", but it lacks '" + column + "' (it has " + columns + ")");
            }
        }
    }

    private static String describe(JsonNode value) {
        if (value.isNumber()) {
            return "the number " + value.asText();
        }
        if (value.isBoolean()) {
            return value.asText();
        }
        return value.isArray() ? "a list" : "an object";
    }

    private static List<String> columnNames(CsvSchema schema) {
        java.util.ArrayList<String> names = new java.util.ArrayList<>();
        schema.forEach(column -> names.add(column.getName()));
        return names;
    }

    private static void json(Path file, Reader text, List<String> required, BiConsumer<Integer, Map<String, String>> row)
            throws IOException {
        try (JsonParser parser = JSON.createParser(text)) {
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
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    JsonNode value = field.getValue();
                    if (!value.isNull() && !value.isTextual() && required.contains(field.getKey())) {
                        throw new RecordFormatException(file + ":" + line + ": " + field.getKey() + " must be text,"
                                + " but was " + describe(value));
                    }
                    values.put(field.getKey(), value.isNull() ? "" : value.asText());
                }
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
