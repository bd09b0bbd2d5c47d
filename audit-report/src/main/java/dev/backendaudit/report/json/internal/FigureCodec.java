package dev.backendaudit.report.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.backendaudit.model.Area;
import dev.backendaudit.model.Criterion;
import dev.backendaudit.model.Figure;
import dev.backendaudit.model.Figures;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.report.json.internal.VerdictDocument.FigureDoc;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Writes typed figures as {@link FigureDoc}s and reads them back, checking each value against its kind. */
final class FigureCodec {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FigureCodec() {
    }

    /** The documents of {@code figures}, in order. */
    static List<FigureDoc> write(Figures figures) {
        List<FigureDoc> docs = new ArrayList<>();
        figures.asMap().forEach((key, value) -> docs.add(new FigureDoc(key.owner(), key.name(), key.kind(),
                node(key.kind(), value))));
        return docs;
    }

    private static JsonNode node(Figure.Kind kind, Object value) {
        switch (kind) {
            case NUMBER: return NODES.numberNode((Double) value);
            case TEXT: return NODES.textNode((String) value);
            case OUTCOME: return NODES.textNode(((Outcome) value).name());
            default: break;
        }
        ArrayNode array = NODES.arrayNode();
        for (Object item : (List<?>) value) {
            array.add(item instanceof Criterion c ? c.id() : item instanceof Area a ? a.id() : item.toString());
        }
        return array;
    }

    /**
     * The figures of {@code docs}; ids of criteria and areas are resolved by the functions, which fail
     * naming the path when an id is not defined.
     */
    static Figures read(List<FigureDoc> docs, String path, Function<String, Function<String, Criterion>> criteria,
                        Function<String, Function<String, Area>> areas) {
        Figures.Builder figures = Figures.builder();
        for (int i = 0; i < docs.size(); i++) {
            FigureDoc doc = docs.get(i);
            String p = path + "[" + i + "]";
            Figure<?> key = at(p, () -> Figure.of(doc.owner(), doc.name(), doc.kind()));
            Object value = value(doc.kind(), doc.value(), p + ".value", criteria.apply(p + ".value"),
                    areas.apply(p + ".value"));
            at(p, () -> figures.putChecked(key, value));
        }
        return figures.build();
    }

    /** The text details of a 1.0 document as text figures of {@code owner}; keys become identifiers. */
    static Figures fromDetails(java.util.Map<String, String> details, String owner) {
        Figures.Builder figures = Figures.builder();
        details.forEach((key, value) -> figures.put(Figure.text(owner, identifier(key)), value));
        return figures.build();
    }

    private static String identifier(String key) {
        String id = key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
        return id.matches("[a-z].*") ? id : "detail-" + id;
    }

    private static Object value(Figure.Kind kind, JsonNode node, String p, Function<String, Criterion> criterion,
                                Function<String, Area> area) {
        switch (kind) {
            case NUMBER:
                if (!node.isNumber()) {
                    throw new DocumentException(p, "a NUMBER figure must be a number, but was " + node, null);
                }
                return node.doubleValue();
            case TEXT:
                return text(node, p, kind);
            case OUTCOME:
                String name = text(node, p, kind);
                try {
                    return Outcome.valueOf(name);
                } catch (IllegalArgumentException e) {
                    throw new DocumentException(p, "an OUTCOME figure must be one of " + List.of(Outcome.values())
                            + ", but was \"" + name + "\"", e);
                }
            default:
                break;
        }
        if (!node.isArray()) {
            throw new DocumentException(p, "a " + kind + " figure must be an array, but was " + node, null);
        }
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String item = text(node.get(i), p + "[" + i + "]", kind);
            switch (kind) {
                case CRITERIA -> items.add(criterion.apply(item));
                case AREAS -> items.add(area.apply(item));
                case INSTANTS -> items.add(instant(item, p + "[" + i + "]"));
                default -> items.add(item);
            }
        }
        return items;
    }

    private static String text(JsonNode node, String p, Figure.Kind kind) {
        if (!node.isTextual()) {
            throw new DocumentException(p, "a " + kind + " figure must hold strings, but held " + node, null);
        }
        return node.textValue();
    }

    private static Instant instant(String text, String p) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new DocumentException(p, "an INSTANTS figure must hold ISO-8601 instants such as"
                    + " 2026-11-20T09:00:00Z, but held \"" + text + "\"", e);
        }
    }

    private static <T> T at(String p, java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DocumentException(p, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
        }
    }
}
