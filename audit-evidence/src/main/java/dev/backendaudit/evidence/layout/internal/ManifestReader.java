package dev.backendaudit.evidence.layout.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the YAML documents of one file (several per file, separated by {@code ---}) with Jackson
 * and sorts out what they describe.
 */
public final class ManifestReader {

    private static final YAMLMapper YAML = new YAMLMapper();

    /** What the documents of one file describe. */
    public final List<Workload> workloads = new ArrayList<>();
    /** Autoscalers. */
    public final List<Autoscaler> autoscalers = new ArrayList<>();
    /** Descriptions of alert rules and alert routing. */
    public final List<String> alerting = new ArrayList<>();
    /** Compose services. */
    public final List<String> composeServices = new ArrayList<>();

    /**
     * Reads {@code file}.
     *
     * @throws IOException if it is not YAML (a template with {{ }} placeholders, say)
     */
    public void read(Path file, String relative) throws IOException {
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            while (documents.hasNextValue()) {
                JsonNode document = documents.nextValue();
                if (document != null && document.isObject()) {
                    document(document, relative);
                }
            }
        } catch (RuntimeException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private void document(JsonNode doc, String file) {
        String kind = doc.path("kind").asText("");
        String name = doc.path("metadata").path("name").asText("(unnamed)");
        if (doc.has("apiVersion") && !kind.isEmpty()) {
            switch (kind) {
                case "Deployment", "StatefulSet", "ReplicaSet" -> workloads.add(workload(doc, kind, name, file));
                case "HorizontalPodAutoscaler", "ScaledObject" -> {
                    JsonNode target = doc.path("spec").path("scaleTargetRef");
                    autoscalers.add(new Autoscaler(kind, name, target.path("kind").asText("Deployment"),
                            target.path("name").asText(""), doc.path("spec").path(kind.equals("ScaledObject")
                            ? "minReplicaCount" : "minReplicas").asInt(1),
                            doc.path("spec").path(kind.equals("ScaledObject") ? "maxReplicaCount" : "maxReplicas").asInt(0),
                            file));
                }
                case "PrometheusRule" -> {
                    int alerts = countAlerts(doc.path("spec").path("groups"));
                    if (alerts > 0) {
                        alerting.add("PrometheusRule '" + name + "' with " + alerts + " alerts");
                    }
                }
                default -> { }
            }
            return;
        }
        int alerts = countAlerts(doc.path("groups"));
        if (alerts > 0) {
            alerting.add("Prometheus rule file with " + alerts + " alerts");
        } else if (doc.has("route") && doc.has("receivers")) {
            alerting.add("Alertmanager routing to " + doc.path("receivers").size() + " receivers");
        }
        if (doc.path("services").isObject()) {
            doc.path("services").fieldNames().forEachRemaining(composeServices::add);
        }
    }

    private static int countAlerts(JsonNode groups) {
        int alerts = 0;
        for (JsonNode group : groups) {
            for (JsonNode rule : group.path("rules")) {
                if (rule.hasNonNull("alert")) {
                    alerts++;
                }
            }
        }
        return alerts;
    }

    private static Workload workload(JsonNode doc, String kind, String name, String file) {
        JsonNode spec = doc.path("spec");
        int replicas = spec.path("replicas").isMissingNode() ? 1 : spec.path("replicas").asInt(1);
        List<String> images = new ArrayList<>();
        List<String> unprobed = new ArrayList<>();
        Consumer<JsonNode> container = c -> {
            images.add(c.path("image").asText(""));
            if (!c.has("livenessProbe") && !c.has("readinessProbe") && !c.has("startupProbe")) {
                unprobed.add(c.path("name").asText("(unnamed)"));
            }
        };
        spec.path("template").path("spec").path("containers").forEach(container);
        return new Workload(kind, name, replicas, images, unprobed, file);
    }
}
