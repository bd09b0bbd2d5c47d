package dev.backendaudit.report.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a JSON path such as {@code findings[3].evidence.value} lies in a document, so that a
 * problem found after parsing (an id the catalog lacks, a value the model rejects, a field Jackson
 * reports only once the object is complete) still gets a line and a column. A path that leads
 * nowhere yields the position of its deepest part that exists.
 */
final class Locator {

    private static final Pattern STEP = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

    private Locator() {
    }

    /** The position of the value at {@code path} in {@code json}, or of its deepest existing ancestor. */
    static JsonLocation locate(String json, String path) {
        List<Object> steps = steps(path);
        try (JsonParser parser = Json.mapper().createParser(json)) {
            JsonToken token = parser.nextToken();
            JsonLocation found = parser.currentTokenLocation();
            for (Object step : steps) {
                JsonLocation next = step instanceof Integer index ? element(parser, token, index)
                        : field(parser, token, (String) step);
                if (next == null) {
                    return found;
                }
                found = next;
                token = parser.currentToken();
            }
            return found;
        } catch (IOException e) {
            return null;
        }
    }

    /** Moves to the value of {@code name} in the current object; its field name's position, or null. */
    private static JsonLocation field(JsonParser parser, JsonToken token, String name) throws IOException {
        if (token != JsonToken.START_OBJECT) {
            return null;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            JsonLocation at = parser.currentTokenLocation();
            boolean match = parser.currentName().equals(name);
            parser.nextToken();
            if (match) {
                return at;
            }
            parser.skipChildren();
        }
        return null;
    }

    /** Moves to element {@code index} of the current array; its position, or null. */
    private static JsonLocation element(JsonParser parser, JsonToken token, int index) throws IOException {
        if (token != JsonToken.START_ARRAY) {
            return null;
        }
        int i = 0;
        for (JsonToken t = parser.nextToken(); t != null && t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            if (i++ == index) {
                return parser.currentTokenLocation();
            }
            parser.skipChildren();
        }
        return null;
    }

    private static List<Object> steps(String path) {
        List<Object> steps = new ArrayList<>();
        Matcher m = STEP.matcher(path == null ? "" : path);
        while (m.find()) {
            steps.add(m.group(1) != null ? m.group(1) : (Object) Integer.valueOf(m.group(2)));
        }
        return steps;
    }
}
