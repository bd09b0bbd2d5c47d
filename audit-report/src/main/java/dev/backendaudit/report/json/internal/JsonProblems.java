package dev.backendaudit.report.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.backendaudit.internal.NearestMatch;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in plain words what is wrong with a JSON document that Jackson refused, without Jackson's
 * own vocabulary (creator properties, coercion configs, feature names, Java types): {@code decided
 * must be a whole number, but was the text "many"}; {@code unknown field 'subjekt'; did you mean
 * 'subject'? Known: [...]}; {@code field 'owner' is missing}. Every reader of JSON in the project
 * (stored verdicts, baselines, waivers) turns Jackson's exceptions into its own with these words.
 *
 * <p>Not part of the public API.
 */
public final class JsonProblems {

    private static final Pattern SOURCE = Pattern.compile("\\s*\\[Source: .*?; line: (\\d+), column: (\\d+)]",
            Pattern.DOTALL);
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'|\"([^\"]*)\"");
    private static final Pattern KNOWN_TYPES = Pattern.compile("known type ids = \\[([^]]*)]");

    private JsonProblems() {
    }

    /**
     * What is wrong, in words, without the position (callers name it).
     *
     * @param e    what Jackson threw
     * @param json the document it read, to describe the value at fault
     * @return the reason
     */
    public static String describe(JsonProcessingException e, String json) {
        String field = field(e);
        if (e instanceof ValueInstantiationException && e.getCause() != null && e.getCause().getMessage() != null) {
            return e.getCause().getMessage();
        }
        if (e instanceof UnrecognizedPropertyException u) {
            List<String> known = new ArrayList<>();
            Collection<Object> ids = u.getKnownPropertyIds() == null ? List.of() : u.getKnownPropertyIds();
            ids.forEach(id -> known.add(String.valueOf(id)));
            return "unknown field '" + u.getPropertyName() + "'" + NearestMatch.suggestion(u.getPropertyName(), known);
        }
        if (e instanceof InvalidNullException) {
            return (field == null ? "the value" : field) + " must not be null";
        }
        if (e instanceof InvalidTypeIdException t) {
            Matcher known = KNOWN_TYPES.matcher(String.valueOf(t.getOriginalMessage()));
            String types = known.find() ? " [" + known.group(1) + "]" : "";
            return t.getTypeId() == null ? "field 'type' is missing; it must be one of" + types
                    : "type must be one of" + types + ", but was \"" + t.getTypeId() + "\"";
        }
        String original = String.valueOf(e.getOriginalMessage());
        if (original.startsWith("Missing required creator property") || original.startsWith("Missing creator property")
                || original.startsWith("Missing required property")) {
            Matcher name = QUOTED.matcher(original);
            return "field '" + (name.find() ? (name.group(1) != null ? name.group(1) : name.group(2)) : "?")
                    + "' is missing";
        }
        if (original.startsWith("Null value for creator property")) {
            Matcher name = QUOTED.matcher(original);
            return "field '" + (name.find() ? (name.group(1) != null ? name.group(1) : name.group(2)) : "?")
                    + "' must not be null";
        }
        if (original.startsWith("Duplicate field")) {
            Matcher name = QUOTED.matcher(original);
            return "duplicate field '" + (name.find() ? name.group(1) : "?") + "': each field may appear only once";
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            String expected = expected(m.getTargetType());
            String actual = e instanceof InvalidFormatException f && !(f.getValue() instanceof String) ? value(f.getValue())
                    : at(json, e.getLocation());
            return (field == null ? "the value" : field) + " must be " + expected + ", but was " + actual;
        }
        return clean(original);
    }

    /**
     * Jackson's message with its source excerpt turned into a plain line and column.
     *
     * @param message Jackson's message
     * @return the message without {@code [Source: ...]}
     */
    public static String clean(String message) {
        return SOURCE.matcher(message).replaceAll(" at line $1, column $2");
    }

    /** The name of the field at fault: the last named step of the path, with the index of a list element. */
    private static String field(JsonProcessingException e) {
        if (!(e instanceof DatabindException d) || !(d instanceof JsonMappingException m) || m.getPath().isEmpty()) {
            return null;
        }
        List<JsonMappingException.Reference> path = m.getPath();
        JsonMappingException.Reference last = path.get(path.size() - 1);
        if (last.getFieldName() != null) {
            return last.getFieldName();
        }
        for (int i = path.size() - 2; i >= 0; i--) {
            if (path.get(i).getFieldName() != null) {
                return path.get(i).getFieldName() + "[" + last.getIndex() + "]";
            }
        }
        return null;
    }

    /** What a value of {@code type} looks like in JSON. */
    private static String expected(Class<?> type) {
        if (type == String.class || type == Character.class || type == char.class) {
            return "text";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == Instant.class) {
            return "an ISO-8601 instant such as 2026-11-20T09:00:00Z";
        }
        if (type == LocalDate.class) {
            return "an ISO date such as 2027-03-31";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "an object";
        }
        return "an object";
    }

    private static String value(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return (value instanceof Number ? "the number " : "") + value;
        }
        return "\"" + value + "\"";
    }

    /** The value found at {@code location} of {@code json}, in words: {@code the text "many"}, {@code an object}. */
    static String at(String json, JsonLocation location) {
        if (json == null || location == null || location.getCharOffset() < 0
                || location.getCharOffset() >= json.length()) {
            return "something else";
        }
        try (JsonParser parser = Json.mapper().createParser(json.substring((int) location.getCharOffset()))) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return "nothing";
            }
            switch (token) {
                case VALUE_STRING: return "the text \"" + parser.getText() + "\"";
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT: return "the number " + parser.getText();
                case VALUE_TRUE: return "true";
                case VALUE_FALSE: return "false";
                case VALUE_NULL: return "null";
                case START_OBJECT: return "an object";
                case START_ARRAY: return "a list";
                default: return parser.getText();
            }
        } catch (IOException e) {
            return "something else";
        }
    }
}
