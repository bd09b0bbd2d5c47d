package dev.backendaudit.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backendaudit.model.Criterion;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.Severity;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.report.internal.FileLocation;
import dev.backendaudit.report.json.internal.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A verdict as a SARIF 2.1.0 log, for GitHub code scanning and other SARIF viewers.
 *
 * <ul>
 *   <li>each present finding is a result of kind {@code fail}: rule id = the criterion id, level
 *       {@code error} when critical and {@code warning} otherwise, the finding's sentence as message;</li>
 *   <li>each criterion with a result is a rule: the sign's title, what it looks like, its impact and
 *       the criterion's bounds;</li>
 *   <li>a result points at a file (and line) when its evidence's provenance names one, such as
 *       {@code src/main/java/com/shop/Invoice.java:42}; every result also has a logical location,
 *       the area, and a Java package the provenance names (a package in a dependency cycle) is a
 *       logical location of kind {@code namespace};</li>
 *   <li>findings without evidence are not alerts: they are listed as notes of the invocation;</li>
 *   <li>the outcome, coverage and rationale are the run's properties.</li>
 * </ul>
 *
 * <pre>{@code
 * Files.writeString(Path.of("audit.sarif"), SarifReport.render(verdict, "pom.xml"));
 * // then, in a GitHub workflow: github/codeql-action/upload-sarif with sarif_file: audit.sarif
 * }</pre>
 *
 * <p>GitHub code scanning wants a file location on every result; {@link #render(Verdict, String)}
 * gives results without one a fallback file (such as the build file of the audited service).
 */
public final class SarifReport {

    /** The SARIF version written. */
    public static final String VERSION = "2.1.0";
    /** The schema URI written into every log. */
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SarifReport() {
    }

    /** The verdict as a SARIF log; results without a file in their evidence have only a logical location. */
    public static String render(Verdict verdict) {
        return render(verdict, Optional.empty());
    }

    /** The verdict as a SARIF log; results without a file in their evidence point at {@code fallbackUri}. */
    public static String render(Verdict verdict, String fallbackUri) {
        Objects.requireNonNull(fallbackUri, "fallbackUri must not be null");
        return render(verdict, Optional.of(fallbackUri));
    }

    private static String render(Verdict verdict, Optional<String> fallbackUri) {
        Objects.requireNonNull(verdict, "verdict must not be null");
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        ArrayNode rules = NODES.arrayNode();
        ArrayNode results = NODES.arrayNode();
        for (Finding finding : verdict.present()) {
            Criterion criterion = finding.criterion();
            Integer index = ruleIndex.get(criterion.id());
            if (index == null) {
                index = ruleIndex.size();
                ruleIndex.put(criterion.id(), index);
                rules.add(rule(criterion));
            }
            results.add(result(verdict, finding, index, fallbackUri));
        }
        ObjectNode driver = NODES.objectNode().put("name", "backend-audit");
        driver.set("rules", rules);
        ObjectNode run = NODES.objectNode();
        run.set("tool", NODES.objectNode().set("driver", driver));
        run.set("automationDetails", NODES.objectNode().put("id", "backend-audit/" + verdict.subject() + "/"));
        run.set("invocations", NODES.arrayNode().add(invocation(verdict)));
        run.set("results", results);
        run.set("properties", runProperties(verdict));
        ObjectNode log = NODES.objectNode().put("$schema", SCHEMA).put("version", VERSION);
        log.set("runs", NODES.arrayNode().add(run));
        try {
            return Json.writer().writeValueAsString(log) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write SARIF: " + e.getOriginalMessage(), e);
        }
    }

    private static ObjectNode rule(Criterion criterion) {
        ObjectNode rule = NODES.objectNode().put("id", criterion.id()).put("name", criterion.sign().id());
        rule.set("shortDescription", message(criterion.sign().title()));
        rule.set("fullDescription", message(criterion.sign().looksLike() + ". Impact: " + criterion.sign().impact()));
        rule.set("help", message(criterion.sign().title() + " in " + criterion.area().name() + ": "
                + criterion.describeRule() + ". Healthy looks like: " + criterion.area().healthy()));
        rule.set("defaultConfiguration", NODES.objectNode().put("level", "warning"));
        ObjectNode properties = NODES.objectNode();
        properties.set("tags", NODES.arrayNode().add(criterion.area().id())
                .add(criterion.sign().kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
        properties.put("area", criterion.area().name()).put("rule", criterion.describeRule());
        rule.set("properties", properties);
        return rule;
    }

    private static ObjectNode result(Verdict verdict, Finding finding, int ruleIndex, Optional<String> fallbackUri) {
        ObjectNode result = NODES.objectNode().put("ruleId", finding.criterion().id()).put("ruleIndex", ruleIndex)
                .put("kind", "fail").put("level", finding.isAtLeast(Severity.CRITICAL) ? "error" : "warning");
        result.set("message", message(finding.explanation()));
        ObjectNode location = NODES.objectNode();
        Optional<FileLocation> file = finding.evidence().flatMap(e -> FileLocation.of(e.provenance()));
        if (file.isPresent() || fallbackUri.isPresent()) {
            ObjectNode physical = NODES.objectNode();
            physical.set("artifactLocation", NODES.objectNode()
                    .put("uri", file.map(FileLocation::uri).orElseGet(fallbackUri::get)));
            file.flatMap(FileLocation::line).ifPresent(line ->
                    physical.set("region", NODES.objectNode().put("startLine", line)));
            location.set("physicalLocation", physical);
        }
        ArrayNode logical = NODES.arrayNode().add(NODES.objectNode()
                .put("name", finding.area().name())
                .put("fullyQualifiedName", verdict.subject() + "/" + finding.area().id())
                .put("kind", "module"));
        finding.evidence().flatMap(e -> FileLocation.packageOf(e.provenance())).ifPresent(pkg ->
                logical.add(NODES.objectNode().put("name", pkg.substring(pkg.lastIndexOf('.') + 1))
                        .put("fullyQualifiedName", pkg).put("kind", "namespace")));
        location.set("logicalLocations", logical);
        result.set("locations", NODES.arrayNode().add(location));
        result.set("partialFingerprints", NODES.objectNode()
                .put("backendAuditFinding/v1", verdict.subject() + "/" + finding.criterion().id()));
        ObjectNode properties = NODES.objectNode().put("area", finding.area().id())
                .put("sign", finding.sign().id()).put("severity", finding.severity().orElseThrow().name())
                .put("rebuildIndicator", finding.sign().isRebuildIndicator());
        finding.evidence().ifPresent(e -> properties.put("evidence", e.describe())
                .put("source", e.provenance().toString()));
        result.set("properties", properties);
        return result;
    }

    private static ObjectNode invocation(Verdict verdict) {
        ObjectNode invocation = NODES.objectNode().put("executionSuccessful", true)
                .put("endTimeUtc", verdict.at().toString());
        List<Finding> unknown = new ArrayList<>(verdict.unknown());
        ArrayNode notes = NODES.arrayNode();
        for (Finding finding : unknown) {
            notes.add(NODES.objectNode().put("level", "note")
                    .set("message", message(finding.criterion().id() + " undecided: " + finding.explanation())));
        }
        invocation.set("toolExecutionNotifications", notes);
        return invocation;
    }

    private static ObjectNode runProperties(Verdict verdict) {
        ObjectNode properties = NODES.objectNode().put("subject", verdict.subject())
                .put("outcome", verdict.outcome().name())
                .put("strategy", verdict.strategy().toString())
                .put("coverage", verdict.coverage().ratio())
                .put("evaluatedAt", verdict.at().toString());
        ArrayNode rationale = NODES.arrayNode();
        verdict.rationale().forEach(r -> rationale.add(r.toString()));
        properties.set("rationale", rationale);
        return properties;
    }

    private static ObjectNode message(String text) {
        return NODES.objectNode().put("text", text);
    }
}
