package dev.backendaudit.evidence.layout.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The YAML documents of one file as JSON trees, read with SnakeYAML so that anchors, aliases and
 * merge keys are resolved as YAML defines them ({@code replicas: *three} is 3; {@code <<: *defaults}
 * merges). Duplicate keys are refused; tags the reader does not know (a {@code !!python/name:} in an
 * mkdocs file, {@code !Ref} in CloudFormation) are read as plain values, so that a file is not skipped
 * for them; aliases are bounded (50 per file) against alias bombs, and recursive structures refused.
 */
final class YamlDocuments {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private YamlDocuments() {
    }

    /**
     * The documents of {@code text}.
     *
     * @throws IOException with the line and what is wrong, if it is not YAML
     */
    static List<JsonNode> read(String text) throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(50);
        options.setAllowRecursiveKeys(false);
        options.setTagInspector(tag -> true);   // global tags are read as plain values: no class is ever made
        options.setCodePointLimit(Math.max(text.length() + 1, 3 * 1024 * 1024));
        Yaml yaml = new Yaml(new Lenient(options));
        List<JsonNode> documents = new ArrayList<>();
        try {
            for (Object document : yaml.loadAll(text)) {
                documents.add(tree(document, new IdentityHashMap<>()));
            }
        } catch (MarkedYAMLException e) {
            String problem = e.getProblem() == null ? "not YAML" : e.getProblem();
            String where = e.getProblemMark() == null ? "" : "line " + (e.getProblemMark().getLine() + 1) + ": ";
            throw new IOException(where + problem + (e.getContext() == null ? "" : " (" + e.getContext() + ")"), e);
        } catch (YAMLException | StackOverflowError e) {
            throw new IOException(e instanceof StackOverflowError ? "nested too deeply" : firstLine(e.getMessage()), e);
        }
        return documents;
    }

    private static JsonNode tree(Object value, IdentityHashMap<Object, Boolean> open) throws IOException {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof Map<?, ?> || value instanceof Collection<?>) {
            if (open.put(value, Boolean.TRUE) != null) {
                throw new IOException("an alias refers to a structure that contains it (a recursive structure)");
            }
            try {
                if (value instanceof Map<?, ?> map) {
                    ObjectNode object = NODES.objectNode();
                    for (Map.Entry<?, ?> entry : map.entrySet()) {
                        object.set(String.valueOf(entry.getKey()), tree(entry.getValue(), open));
                    }
                    return object;
                }
                ArrayNode array = NODES.arrayNode();
                for (Object item : (Collection<?>) value) {
                    array.add(tree(item, open));
                }
                return array;
            } finally {
                open.remove(value);
            }
        }
        if (value instanceof Integer i) {
            return NODES.numberNode(i);
        }
        if (value instanceof Long l) {
            return NODES.numberNode(l);
        }
        if (value instanceof BigInteger b) {
            return NODES.numberNode(b);
        }
        if (value instanceof Double d) {
            return NODES.numberNode(d);
        }
        if (value instanceof BigDecimal d) {
            return NODES.numberNode(d);
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof byte[] bytes) {
            return NODES.binaryNode(bytes);
        }
        return NODES.textNode(String.valueOf(value));
    }

    private static String firstLine(String message) {
        String text = message == null ? "not YAML" : message;
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    /** The safe constructor, reading nodes of unknown tags as the plain scalars, lists and maps they are. */
    private static final class Lenient extends SafeConstructor {
        Lenient(LoaderOptions options) {
            super(options);
            this.yamlConstructors.put(null, new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    if (node instanceof ScalarNode scalar) {
                        return scalar.getValue();
                    }
                    if (node instanceof SequenceNode sequence) {
                        return constructSequence(sequence);
                    }
                    return constructMapping((MappingNode) node);
                }
            });
        }
    }
}
