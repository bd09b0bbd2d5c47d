package dev.backendaudit.report.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.report.json.VerdictReadException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads verdict and history documents in three steps, each failing with a
 * {@link VerdictReadException} that says where and why: the header ({@code format} and
 * {@code schemaVersion}) with the streaming parser, so that a newer major version is refused before
 * anything else; then the whole document bound to {@link VerdictDocument} (strict, unless its minor
 * version is newer than ours, when unknown fields are ignored); then the model, whose rules the
 * core constructors check.
 */
public final class DocumentParser {

    /** MAJOR.MINOR as documented: decimal numbers without leading zeros or signs. */
    private static final Pattern VERSION = Pattern.compile("(0|[1-9]\\d{0,3})\\.(0|[1-9]\\d{0,3})");
    private static final int MAJOR;
    private static final int MINOR;

    static {
        Matcher ours = VERSION.matcher(VerdictDocument.SCHEMA_VERSION);
        if (!ours.matches()) {
            throw new AssertionError(VerdictDocument.SCHEMA_VERSION);
        }
        MAJOR = Integer.parseInt(ours.group(1));
        MINOR = Integer.parseInt(ours.group(2));
    }

    private DocumentParser() {
    }

    /** The verdict in {@code json}, a verdict document read from {@code source}. */
    public static Verdict verdict(String json, String source) {
        Header header = header(json, source, VerdictDocument.FORMAT);
        VerdictDocument document = bind(json, source, VerdictDocument.class, header);
        return model(document, "", source, json);
    }

    /** The verdicts in {@code json}, a history document read from {@code source}, in document order. */
    public static List<Verdict> history(String json, String source) {
        Header header = header(json, source, HistoryDocument.FORMAT);
        HistoryDocument document = bind(json, source, HistoryDocument.class, header);
        List<Verdict> verdicts = new ArrayList<>();
        for (int i = 0; i < document.verdicts().size(); i++) {
            VerdictDocument verdict = document.verdicts().get(i);
            String root = "verdicts[" + i + "].";
            if (!VerdictDocument.FORMAT.equals(verdict.format())) {
                throw new VerdictReadException(source, null, null, root + "format", "format must be \""
                        + VerdictDocument.FORMAT + "\", but was \"" + verdict.format() + "\"", null);
            }
            checkVersion(verdict.schemaVersion(), source,
                    Locator.locate(json, root + "schemaVersion"), root + "schemaVersion");
            verdicts.add(model(verdict, root, source, json));
        }
        return verdicts;
    }

    /** The verdicts in {@code json}, either a verdict document or a history document. */
    public static List<Verdict> verdicts(String json, String source) {
        Header header = header(json, source, null);
        return header.format().equals(HistoryDocument.FORMAT) ? history(json, source) : List.of(verdict(json, source));
    }

    /** The format and schema version found at the top of a document. */
    private record Header(String format, String schemaVersion) {
        boolean newerMinor() {
            Matcher m = VERSION.matcher(schemaVersion);
            return m.matches() && Integer.parseInt(m.group(2)) > MINOR;
        }
    }

    private static Header header(String json, String source, String expectedFormat) {
        String format = null;
        String version = null;
        JsonLocation formatAt = null;
        JsonLocation versionAt = null;
        try (JsonParser parser = Json.mapper().createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw error(source, parser.currentTokenLocation(), "", "a "
                        + (expectedFormat == null ? "verdict or history" : expectedFormat)
                        + " document must be a JSON object, but " + (first == null ? "the input is empty"
                        : "it starts with " + first.asString()), null);
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("format".equals(name) || "schemaVersion".equals(name)) {
                    if (value != JsonToken.VALUE_STRING) {
                        throw error(source, parser.currentTokenLocation(), name, name + " must be a string, but was "
                                + describe(parser, value), null);
                    }
                    if ("format".equals(name)) {
                        format = parser.getText();
                        formatAt = parser.currentTokenLocation();
                    } else {
                        version = parser.getText();
                        versionAt = parser.currentTokenLocation();
                    }
                }
                parser.skipChildren();
            }
            // read to the end, so that a document cut short fails here, with its position
            while (parser.nextToken() != null) {
                parser.skipChildren();
            }
        } catch (JsonProcessingException e) {
            throw error(source, e.getLocation(), "", JsonProblems.describe(e, json), e);
        } catch (IOException e) {
            throw new VerdictReadException(source, null, null, null, "cannot read: " + e.getMessage(), e);
        }
        if (format == null) {
            throw new VerdictReadException(source, 1, 1, null, "format is missing; expected \""
                    + (expectedFormat == null ? VerdictDocument.FORMAT : expectedFormat) + "\"", null);
        }
        if (expectedFormat == null && !format.equals(VerdictDocument.FORMAT)
                && !format.equals(HistoryDocument.FORMAT)) {
            throw error(source, formatAt, "format", "format must be \"" + VerdictDocument.FORMAT + "\" or \""
                    + HistoryDocument.FORMAT + "\", but was \"" + format + "\"", null);
        }
        if (expectedFormat != null && !format.equals(expectedFormat)) {
            throw error(source, formatAt, "format", "format must be \"" + expectedFormat + "\", but was \"" + format
                    + "\"" + hint(format), null);
        }
        if (version == null) {
            throw new VerdictReadException(source, 1, 1, null, "schemaVersion is missing; this library reads "
                    + MAJOR + ".x, e.g. \"" + VerdictDocument.SCHEMA_VERSION + "\"", null);
        }
        checkVersion(version, source, versionAt, "schemaVersion");
        return new Header(format, version);
    }

    private static String describe(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT: return "an object";
            case START_ARRAY: return "an array";
            default: return parser.getText();
        }
    }

    private static String hint(String format) {
        if (format.equals(HistoryDocument.FORMAT)) {
            return " (this is a history: read it with VerdictJson.readHistory)";
        }
        if (format.equals(VerdictDocument.FORMAT)) {
            return " (this is a single verdict: read it with VerdictJson.read)";
        }
        return "";
    }

    private static void checkVersion(String version, String source, JsonLocation at, String path) {
        Matcher m = VERSION.matcher(version);
        if (!m.matches()) {
            throw error(source, at, path, "schemaVersion must be MAJOR.MINOR in decimal without leading zeros, such as \""
                    + VerdictDocument.SCHEMA_VERSION + "\", but was \"" + version + "\"", null);
        }
        int major = Integer.parseInt(m.group(1));
        if (major > MAJOR) {
            throw error(source, at, path, "schemaVersion " + version + " is newer than this library reads ("
                    + MAJOR + ".x); read it with a newer backend-audit release", null);
        }
        if (major < MAJOR) {
            throw error(source, at, path, "schemaVersion " + version + " is older than any this library reads ("
                    + MAJOR + ".x)", null);
        }
    }

    private static <T> T bind(String json, String source, Class<T> type, Header header) {
        ObjectReader reader = Json.mapper().readerFor(type);
        reader = header.newerMinor() ? reader.without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                : reader.with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            return reader.readValue(json);
        } catch (JsonMappingException e) {
            String path = path(e.getPath());
            // Jackson reports some problems (unknown or missing fields) only where the object ends
            boolean late = e instanceof UnrecognizedPropertyException
                    || String.valueOf(e.getOriginalMessage()).startsWith("Missing ");
            JsonLocation at = late && !path.isEmpty() ? Locator.locate(json, path) : null;
            throw error(source, at != null ? at : e.getLocation(), path, JsonProblems.describe(e, json), e);
        } catch (JsonProcessingException e) {
            throw error(source, e.getLocation(), "", JsonProblems.describe(e, json), e);
        }
    }

    private static Verdict model(VerdictDocument document, String root, String source, String json) {
        try {
            return DocumentReader.toModel(document, root);
        } catch (DocumentException e) {
            throw error(source, Locator.locate(json, e.path()), e.path(), e.getMessage(), e);
        }
    }

    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static VerdictReadException error(String source, JsonLocation at, String path, String reason,
                                              Throwable cause) {
        reason = JsonProblems.clean(reason);
        Integer line = at == null || at.getLineNr() < 1 ? null : at.getLineNr();
        Integer column = at == null || at.getColumnNr() < 1 ? null : at.getColumnNr();
        return new VerdictReadException(source, line, column, path, reason, cause);
    }
}
