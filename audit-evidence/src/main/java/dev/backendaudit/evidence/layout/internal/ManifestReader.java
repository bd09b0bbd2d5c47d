package dev.backendaudit.evidence.layout.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backendaudit.internal.TextFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the YAML documents of one file (several per file, separated by {@code ---}) with SnakeYAML
 * ({@link YamlDocuments}: anchors, aliases and merge keys resolved) and sorts out what they
 * describe. A file it cannot read, or whose manifests hold a replica count that is not a whole
 * number, fails with the reason: such a file decides nothing.
 */
public final class ManifestReader {

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
     * @param file     the file
     * @param relative its path relative to the scanned root, for facts
     * @throws IOException saying why, if it is not UTF-8 or not YAML (a template with {{ }} placeholders, say), or a
     *                     manifest in it has a replica count that is not a whole number
     */
    public void read(Path file, String relative) throws IOException {
        String text;
        try {
            text = TextFiles.read(file);
        } catch (TextFiles.MalformedTextException e) {
            throw new IOException("line " + e.line() + ": " + e.reason(), e);
        }
        for (JsonNode document : YamlDocuments.read(text)) {
            if (document.isObject()) {
                document(document, relative);
            }
        }
    }

    private void document(JsonNode doc, String file) throws IOException {
        String kind = doc.path("kind").asText("");
        String name = doc.path("metadata").path("name").asText("(unnamed)");
        if (doc.has("apiVersion") && !kind.isEmpty()) {
            switch (kind) {
                case "Deployment", "StatefulSet", "ReplicaSet" -> workloads.add(workload(doc, kind, name, file));
                case "HorizontalPodAutoscaler", "ScaledObject" -> {
                    JsonNode target = doc.path("spec").path("scaleTargetRef");
                    String id = kind + " '" + name + "'";
                    boolean keda = kind.equals("ScaledObject");
                    autoscalers.add(new Autoscaler(kind, name, target.path("kind").asText("Deployment"),
                            target.path("name").asText(""),
                            replicas(doc.path("spec"), keda ? "minReplicaCount" : "minReplicas", 1, id),
                            replicas(doc.path("spec"), keda ? "maxReplicaCount" : "maxReplicas", 0, id), file));
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

    private static Workload workload(JsonNode doc, String kind, String name, String file) throws IOException {
        JsonNode spec = doc.path("spec");
        int replicas = replicas(spec, "replicas", 1, kind + " '" + name + "'");
        List<String> images = new ArrayList<>();
        List<String> unprobed = new ArrayList<>();
        for (JsonNode c : spec.path("template").path("spec").path("containers")) {
            images.add(c.path("image").asText(""));
            if (!c.has("livenessProbe") && !c.has("readinessProbe") && !c.has("startupProbe")) {
                unprobed.add(c.path("name").asText("(unnamed)"));
            }
        }
        return new Workload(kind, name, replicas, images, unprobed, file);
    }

    /** {@code spec.<field>}: a whole number of at least 0, or {@code absent} when the manifest leaves it out. */
    private static int replicas(JsonNode spec, String field, int absent, String id) throws IOException {
        JsonNode value = spec.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return absent;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < 0) {
            throw new IOException(id + " has spec." + field + " " + (value.isTextual() ? "'" + value.asText() + "'"
                    : value.toString()) + ", which is not a whole number of at least 0");
        }
        return value.asInt();
    }
}
