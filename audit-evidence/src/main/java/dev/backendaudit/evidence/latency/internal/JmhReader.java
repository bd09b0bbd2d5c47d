package dev.backendaudit.evidence.latency.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.backendaudit.evidence.latency.RecordingFormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads JMH results written with {@code -rf json}, one benchmark result at a time. Latency samples
 * come from the modes that keep them: {@code sample} (its {@code rawDataHistogram} of value and
 * count pairs) and {@code ss} (each single shot in {@code rawData}); {@code thrpt} gives a
 * throughput; {@code avgt} keeps only iteration averages, which are not request latencies.
 */
public final class JmhReader implements RecordingReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final String name;
    private final List<String> wanted;
    private final List<String> notes = new ArrayList<>();

    /**
     * @param file   the results
     * @param wanted the labels windows are chosen by; empty when the file must hold one benchmark
     */
    public JmhReader(Path file, List<String> wanted) {
        this.file = file;
        this.name = file.toString();
        this.wanted = List.copyOf(wanted);
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
    public List<String> notes() {
        return notes;
    }

    @Override
    public void read(Sink sink) throws IOException {
        notes.clear();
        Set<String> benchmarks = new LinkedHashSet<>();
        Observation o = new Observation();
        try (JsonParser parser = JSON.createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new RecordingFormatException(name + ":1: JMH JSON results are an array of benchmark results,"
                        + " but the file does not start with '['");
            }
            int index = 0;
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                JsonNode result = parser.readValueAsTree();
                String where = name + ":[" + index + "]";
                String label = label(result, where);
                benchmarks.add(label);
                if (wanted.isEmpty() && benchmarks.size() > 1) {
                    throw new RecordingFormatException(name + ": holds more than one benchmark (" + String.join(", ",
                            benchmarks) + "); choose the normal and peak ones with Windows.byLabel(normal, peak)");
                }
                o.clear();
                o.position = "[" + index + "]";
                o.label = matching(label);
                o.load = number(result, "threads", where);
                entry(result, where, o, sink);
                index++;
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new RecordingFormatException(name + ":" + line + ": JMH JSON results cannot be parsed ("
                    + e.getOriginalMessage() + "; the file may be truncated)", e);
        }
    }

    private void entry(JsonNode result, String where, Observation o, Sink sink) {
        String mode = text(result, "mode", where);
        JsonNode metric = result.path("primaryMetric");
        String unit = text(metric, "scoreUnit", where + ".primaryMetric");
        switch (mode) {
            case "sample": {
                double nanos = JmhUnits.nanosPer(unit, where);
                for (JsonNode fork : metric.path("rawDataHistogram")) {
                    for (JsonNode iteration : fork) {
                        for (JsonNode pair : iteration) {
                            double value = pair.path(0).asDouble(Double.NaN);
                            long count = pair.path(1).asLong(-1);
                            if (!Double.isFinite(value) || value < 0 || count < 0) {
                                throw new RecordingFormatException(where + ".primaryMetric.rawDataHistogram: each entry"
                                        + " must be [value >= 0, count >= 0], but was " + pair);
                            }
                            sink.sample(o, Math.round(value * nanos), count);
                        }
                    }
                }
                break;
            }
            case "ss": {
                double nanos = JmhUnits.nanosPer(unit, where);
                for (JsonNode fork : metric.path("rawData")) {
                    for (JsonNode shot : fork) {
                        double value = shot.asDouble(Double.NaN);
                        if (!Double.isFinite(value) || value < 0) {
                            throw new RecordingFormatException(where + ".primaryMetric.rawData: each single-shot time"
                                    + " must be a number >= 0, but was " + shot);
                        }
                        sink.sample(o, Math.round(value * nanos), 1);
                    }
                }
                break;
            }
            case "thrpt":
                sink.rate(o, number(metric, "score", where + ".primaryMetric") * JmhUnits.perSecond(unit, where));
                notes.add(o.label + ": mode thrpt gives a throughput, not latencies; for latency percentiles run"
                        + " it with -bm sample");
                break;
            case "avgt":
                notes.add(o.label + ": mode avgt keeps only iteration averages, which are not request latencies;"
                        + " run it with -bm sample for latency percentiles");
                break;
            default:
                throw new RecordingFormatException(where + ".mode: must be one of thrpt, avgt, sample, ss, but was '"
                        + mode + "'");
        }
    }

    /** The benchmark's name with its parameters: {@code a.b.C.m:size=10}. */
    private static String label(JsonNode result, String where) {
        StringBuilder label = new StringBuilder(text(result, "benchmark", where));
        JsonNode params = result.path("params");
        if (params.isObject() && params.size() > 0) {
            label.append(':');
            Iterator<Map.Entry<String, JsonNode>> fields = params.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                label.append(field.getKey()).append('=').append(field.getValue().asText());
                if (fields.hasNext()) {
                    label.append(',');
                }
            }
        }
        return label.toString();
    }

    /** A wanted label this benchmark answers to: its whole name, or its end after a dot ({@code C.m}). */
    private String matching(String label) {
        for (String w : wanted) {
            if (label.equals(w) || label.endsWith("." + w)) {
                return w;
            }
        }
        return label;
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new RecordingFormatException(where + "." + field + ": a JMH result must have the text field '"
                    + field + "', but " + (value == null ? "it is missing" : "it was " + value));
        }
        return value.asText();
    }

    private static double number(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber() || !Double.isFinite(value.asDouble()) || value.asDouble() < 0) {
            throw new RecordingFormatException(where + "." + field + ": a JMH result must have the number field '"
                    + field + "' >= 0, but " + (value == null ? "it is missing" : "it was " + value));
        }
        return value.asDouble();
    }
}
