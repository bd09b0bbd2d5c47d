package dev.backendaudit.report.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendaudit.checklist.Areas;
import dev.backendaudit.model.AreaAssessment;
import dev.backendaudit.model.EvidencePolicy;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Documents written before schema 1.2 (kept in {@code golden/v1.0} and {@code golden/v1.1}, as written then)
 * still read.
 */
class LegacyDocumentsTest {

    private static String legacy(String name) throws IOException {
        return resource("/golden/v1.0/" + name);
    }

    private static String v11(String name) throws IOException {
        return resource("/golden/v1.1/" + name);
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = LegacyDocumentsTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"healthy.json", "optimize.json", "rebuild.json"})
    void should_read_a_1_1_verdict_without_a_certainty(String name) throws IOException {
        // GIVEN / WHEN
        Verdict verdict = VerdictJson.read(v11(name));
        // THEN
        assertThat(verdict.certainty().isKnown()).isFalse();
        assertThat(verdict.conditions()).isNotEmpty();
        // and written again, it is a current document without a certainty that reads back equal
        String written = VerdictJson.write(verdict);
        assertThat(written).contains("\"schemaVersion\": \"" + VerdictJson.SCHEMA_VERSION + "\"")
                .doesNotContain("\"certainty\"");
        assertThat(VerdictJson.read(written)).isEqualTo(verdict);
    }

    @Test
    void should_read_a_1_1_history() throws IOException {
        List<Verdict> verdicts = VerdictJson.readHistory(v11("checkout-history.json"));
        assertThat(verdicts).hasSize(4).allMatch(v -> !v.certainty().isKnown());
    }

    @Test
    void should_refuse_a_certainty_in_a_1_1_document() throws IOException {
        // GIVEN a 1.1 document that carries the certainty of a current one
        String current = VerdictJson.write(dev.backendaudit.report.ExampleVerdicts.optimize());
        String certainty = current.substring(current.indexOf("  \"certainty\": {"), current.indexOf("  \"catalog\": {"));
        String json = v11("optimize.json").replaceFirst("  \"catalog\": \\{", java.util.regex.Matcher.quoteReplacement(
                certainty) + "  \"catalog\": {");
        assertThat(json).contains("\"certainty\"");
        // WHEN / THEN
        assertThatThrownBy(() -> VerdictJson.read(json)).isInstanceOf(VerdictReadException.class)
                .hasMessageContaining("(at certainty): certainty is not part of schemaVersion 1.1 (it was added in 1.2)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"healthy.json", "optimize.json", "rebuild.json"})
    void should_read_a_1_0_verdict_with_the_default_policy_no_checks_and_no_context(String name) throws IOException {
        // GIVEN / WHEN
        Verdict verdict = VerdictJson.read(legacy(name));
        // THEN
        assertThat(verdict.policy()).isEqualTo(EvidencePolicy.DEFAULT);
        assertThat(verdict.indicators()).isEmpty();
        assertThat(verdict.conditions()).isEmpty();
        assertThat(verdict.context()).isEmpty();
        assertThat(verdict.areas()).extracting(AreaAssessment::area).filteredOn(a -> Areas.STANDARD.contains(a))
                .allMatch(a -> a.systemic());
        // and written again, it is a current document that reads back equal
        assertThat(VerdictJson.read(VerdictJson.write(verdict))).isEqualTo(verdict);
    }

    @Test
    void should_read_a_1_0_verdict_as_it_was_decided() throws IOException {
        assertThat(VerdictJson.read(legacy("optimize.json")).outcome()).isEqualTo(Outcome.OPTIMIZE);
        assertThat(VerdictJson.read(legacy("rebuild.json")).strategy().version()).isEqualTo("1.1");
    }

    @Test
    void should_read_a_1_0_history() throws IOException {
        List<Verdict> verdicts = VerdictJson.readHistory(legacy("checkout-history.json"));
        assertThat(verdicts).isNotEmpty().allMatch(v -> v.conditions().isEmpty());
    }

    @Test
    void should_refuse_1_1_fields_in_a_1_0_document() throws IOException {
        String json = legacy("healthy.json").replaceFirst("\"details\": \\{", "\"policy\": { \"minimumCoverage\": 0.5 },\n  \"details\": {");
        assertThat(json).contains("\"policy\"");
        assertThatThrownBy(() -> VerdictJson.read(json)).isInstanceOf(VerdictReadException.class)
                .hasMessageContaining("(at policy): policy is not part of schemaVersion 1.0 (it was added in 1.1)");
    }

    @Test
    void should_refuse_a_1_1_document_without_its_checks() throws IOException {
        String json = legacy("healthy.json").replaceFirst("\"schemaVersion\": \"1.0\"", "\"schemaVersion\": \"1.1\"");
        assertThatThrownBy(() -> VerdictJson.read(json)).isInstanceOf(VerdictReadException.class)
                .hasMessageContaining("(at catalog.areas[0].systemic): systemic must be given in a schemaVersion 1.1"
                        + " document, but is missing");
    }
}
