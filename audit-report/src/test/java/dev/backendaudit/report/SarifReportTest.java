package dev.backendaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** SARIF logs are valid against the SARIF 2.1.0 JSON schema and carry rule ids, levels and locations. */
class SarifReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4, builder -> builder
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        try (InputStream in = SarifReportTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            schema = registry.getSchema(in);
        }
    }

    static Stream<ExampleVerdicts.Case> cases() {
        return ExampleVerdicts.cases().stream();
    }

    private static List<Error> errors(JsonNode log) {
        return schema.validate(log);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void should_be_valid_against_the_sarif_schema(ExampleVerdicts.Case c) throws Exception {
        // GIVEN
        JsonNode log = JSON.readTree(SarifReport.render(c.verdict()));
        JsonNode withFallback = JSON.readTree(SarifReport.render(c.verdict(), "pom.xml"));
        // THEN
        assertThat(errors(log)).isEmpty();
        assertThat(errors(withFallback)).isEmpty();
    }

    @Test
    void should_be_rejected_by_the_schema_when_broken_so_that_the_check_means_something() throws Exception {
        // GIVEN
        ObjectNode log = (ObjectNode) JSON.readTree(SarifReport.render(ExampleVerdicts.rebuild()));
        ((ObjectNode) log.at("/runs/0/results/0")).put("level", "severe");
        // THEN
        assertThat(errors(log)).anySatisfy(e -> {
            assertThat(e.getInstanceLocation().toString()).endsWith("level");
            assertThat(e.getMessage()).contains("enumeration");
        });
    }

    @Test
    void should_report_present_findings_with_their_criterion_as_rule_and_severity_as_level() throws Exception {
        // GIVEN
        JsonNode run = JSON.readTree(SarifReport.render(ExampleVerdicts.rebuild())).at("/runs/0");
        // WHEN
        List<JsonNode> results = StreamSupport.stream(run.get("results").spliterator(), false).toList();
        // THEN
        assertThat(results).hasSize(ExampleVerdicts.rebuild().present().size());
        JsonNode first = results.get(0);
        assertThat(first.get("ruleId").asText()).isEqualTo("code-quality.fixes-create-issues");
        assertThat(first.get("level").asText()).isEqualTo("error");
        assertThat(run.at("/tool/driver/rules/" + first.get("ruleIndex").asInt() + "/id").asText())
                .isEqualTo("code-quality.fixes-create-issues");
        assertThat(results).extracting(r -> r.get("level").asText()).contains("warning");
        assertThat(run.at("/properties/outcome").asText()).isEqualTo("REBUILD");
    }

    @Test
    void should_point_at_the_file_and_line_the_evidence_names() throws Exception {
        // GIVEN
        JsonNode results = JSON.readTree(SarifReport.render(ExampleVerdicts.rebuild())).at("/runs/0/results");
        // WHEN
        JsonNode cycles = StreamSupport.stream(results.spliterator(), false)
                .filter(r -> r.get("ruleId").asText().equals("architecture.dependency-cycles")).findFirst().orElseThrow();
        JsonNode manual = StreamSupport.stream(results.spliterator(), false)
                .filter(r -> r.get("ruleId").asText().equals("code-quality.fixes-create-issues")).findFirst().orElseThrow();
        // THEN
        assertThat(cycles.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("src/main/java/com/shop/orders/billing/Invoice.java");
        assertThat(cycles.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(42);
        assertThat(manual.at("/locations/0/physicalLocation").isMissingNode()).isTrue();
        assertThat(manual.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText())
                .isEqualTo("order-service/code-quality");
    }

    @Test
    void should_name_a_cyclic_package_as_a_namespace() throws Exception {
        // GIVEN: a dependency cycle measured in a package
        dev.backendaudit.model.Verdict verdict = dev.backendaudit.engine.Evaluator.evaluate(
                dev.backendaudit.model.Audit.builder("orders").at(ExampleVerdicts.AT)
                        .checklist(dev.backendaudit.checklist.StandardChecklist.checklist())
                        .evidence(dev.backendaudit.model.Measurement.of(dev.backendaudit.checklist.Metrics.DEPENDENCY_CYCLES,
                                dev.backendaudit.model.Quantity.count(2), dev.backendaudit.model.Provenance.of("archunit",
                                        "com.shop.orders.billing", ExampleVerdicts.AT)))
                        .build());
        // WHEN
        JsonNode log = JSON.readTree(SarifReport.render(verdict));
        JsonNode location = log.at("/runs/0/results/0/locations/0");
        // THEN
        assertThat(errors(log)).isEmpty();
        assertThat(location.at("/physicalLocation").isMissingNode()).isTrue();
        assertThat(location.at("/logicalLocations/1/fullyQualifiedName").asText()).isEqualTo("com.shop.orders.billing");
        assertThat(location.at("/logicalLocations/1/kind").asText()).isEqualTo("namespace");
    }

    @Test
    void should_give_results_without_a_file_the_fallback_file() throws Exception {
        // GIVEN
        JsonNode results = JSON.readTree(SarifReport.render(ExampleVerdicts.rebuild(), "build.gradle"))
                .at("/runs/0/results");
        // THEN
        assertThat(results).allSatisfy(r ->
                assertThat(r.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isNotEmpty());
        assertThat(results).anySatisfy(r ->
                assertThat(r.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("build.gradle"));
    }

    @Test
    void should_list_undecided_criteria_as_notes_not_alerts() throws Exception {
        // GIVEN
        JsonNode notes = JSON.readTree(SarifReport.render(ExampleVerdicts.optimize()))
                .at("/runs/0/invocations/0/toolExecutionNotifications");
        // THEN
        assertThat(notes).hasSize(ExampleVerdicts.optimize().unknown().size());
        assertThat(notes.get(0).get("level").asText()).isEqualTo("note");
    }
}
