package dev.backendaudit.report.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.backendaudit.model.Verdict;
import dev.backendaudit.report.ExampleVerdicts;
import org.junit.jupiter.api.Test;

/**
 * A stored verdict whose derived parts contradict its own evidence is refused with its path, so that a
 * hand-edited history cannot steer the rules that read it; and values are read in their documented
 * form only, in words that never show the JSON library's own.
 */
class VerdictJsonContradictionTest {

    private final Verdict optimize = ExampleVerdicts.optimize();
    private final String json = VerdictJson.write(optimize);
    private final int p95 = index("performance.latency-p95-peak");

    private int index(String criterion) {
        for (int i = 0; i < optimize.findings().size(); i++) {
            if (optimize.findings().get(i).criterion().id().equals(criterion)) {
                return i;
            }
        }
        throw new AssertionError(criterion);
    }

    private static VerdictReadException failure(String document) {
        return catchThrowableOfType(VerdictReadException.class, () -> VerdictJson.read(document));
    }

    /** The document with the first occurrence of {@code from} after {@code anchor} replaced by {@code to}. */
    private String edit(String anchor, String from, String to) {
        int at = json.indexOf(anchor);
        int i = json.indexOf(from, at);
        assertThat(at).isNotNegative();
        assertThat(i).isNotNegative();
        return json.substring(0, i) + to + json.substring(i + from.length());
    }

    @Test
    void should_refuse_a_finding_turned_absent_while_its_measurement_is_above_the_bound() {
        // GIVEN the p95 finding edited from PRESENT WARNING to ABSENT
        String edited = edit("\"criterion\": \"performance.latency-p95-peak\",\n      \"status\"",
                "\"status\": \"PRESENT\",\n      \"severity\": \"WARNING\",", "\"status\": \"ABSENT\",");
        // WHEN
        VerdictReadException e = failure(edited);
        // THEN
        assertThat(e.path()).contains("findings[" + p95 + "].status");
        assertThat(e.reason()).isEqualTo("the finding of 'performance.latency-p95-peak' is ABSENT, but its evidence"
                + " (870 ms) against its criterion (warning above 300 ms, critical above 1 s) makes it PRESENT WARNING");
        assertThat(e.line()).isPresent();
    }

    @Test
    void should_refuse_a_severity_that_its_evidence_does_not_reach() {
        String edited = edit("\"criterion\": \"performance.latency-p95-peak\",\n      \"status\"",
                "\"severity\": \"WARNING\"", "\"severity\": \"CRITICAL\"");

        assertThat(failure(edited).reason()).endsWith("is PRESENT CRITICAL, but its evidence (870 ms) against its"
                + " criterion (warning above 300 ms, critical above 1 s) makes it PRESENT WARNING");
    }

    @Test
    void should_refuse_a_decided_finding_without_evidence() {
        // GIVEN an UNKNOWN finding claimed ABSENT
        String unknown = optimize.unknown().get(0).criterion().id();
        String edited = edit("\"criterion\": \"" + unknown + "\",\n      \"status\"", "\"status\": \"UNKNOWN\"",
                "\"status\": \"ABSENT\"");

        assertThat(failure(edited).reason()).isEqualTo("the finding of '" + unknown + "' is ABSENT, but without"
                + " evidence it is UNKNOWN");
    }

    @Test
    void should_refuse_an_area_whose_health_its_findings_contradict() {
        String edited = edit("\"area\": \"performance\",\n      \"health\"", "\"health\": \"NEEDS_ATTENTION\"",
                "\"health\": \"HEALTHY\"");

        VerdictReadException e = failure(edited);

        assertThat(e.path()).hasValueSatisfying(p -> assertThat(p).matches("areas\\[\\d+]\\.health"));
        assertThat(e.reason()).isEqualTo("area 'performance' is HEALTHY, but its findings make it NEEDS_ATTENTION,"
                + " since findings are present");
    }

    @Test
    void should_refuse_an_area_coverage_its_findings_do_not_give() {
        String edited = edit("\"area\": \"performance\",", "\"decided\": 3,", "\"decided\": 5,");

        assertThat(failure(edited).reason()).isEqualTo("the coverage of area 'performance' is 5 of 9, but its"
                + " findings decide 3 of 9");
    }

    @Test
    void should_refuse_a_verdict_coverage_its_findings_do_not_give() {
        String edited = edit("\"coverage\": {", "\"decided\": 23", "\"decided\": 30");

        VerdictReadException e = failure(edited);

        assertThat(e.path()).contains("coverage");
        assertThat(e.reason()).isEqualTo("the coverage of the verdict is 30 of 41, but its findings decide 23 of 41");
    }

    @Test
    void should_refuse_a_finding_left_out_of_its_area() {
        String edited = edit("\"area\": \"performance\",", "\"performance.latency-p95-peak\",\n", "");

        VerdictReadException e = failure(edited);

        // the area's coverage no longer counts it: the first contradiction found is named
        assertThat(e.reason()).isEqualTo("the coverage of area 'performance' is 3 of 9, but its findings decide"
                + " 2 of 8");
    }

    @Test
    void should_read_versions_in_their_documented_form_only() {
        for (String version : new String[] {"01.0", "1.00", "+1.0", "1.0.0", " 1.0"}) {
            String edited = json.replaceFirst("\"schemaVersion\": \"1.2\"", "\"schemaVersion\": \"" + version + "\"");
            assertThat(failure(edited).getMessage()).as(version).isEqualTo("<string>, line 3, column 20 (at"
                    + " schemaVersion): schemaVersion must be MAJOR.MINOR in decimal without leading zeros, such as"
                    + " \"1.2\", but was \"" + version + "\"");
        }
    }

    @Test
    void should_refuse_a_number_or_a_boolean_where_text_is_expected() {
        assertThat(failure(json.replaceFirst("\"subject\": \"checkout-service\"", "\"subject\": 12")).getMessage())
                .isEqualTo("<string>, line 4, column 14 (at subject): subject must be text, but was the number 12");
        assertThat(failure(json.replaceFirst("\"name\": \"checklist\"", "\"name\": true")).reason())
                .isEqualTo("name must be text, but was true");
        assertThat(failure(json.replaceFirst("\"location\": \"perf/black-friday-rehearsal.hlog\"",
                "\"location\": 2.5")).reason()).isEqualTo("location must be text, but was the number 2.5");
    }

    @Test
    void should_name_what_is_wrong_in_words_of_its_own() {
        assertThat(failure(json.replaceFirst("\"outcome\": \"OPTIMIZE\"", "\"outcome\": \"MAYBE\"")).reason())
                .isEqualTo("outcome must be one of [HEALTHY, OPTIMIZE, REBUILD, INCONCLUSIVE], but was the text"
                        + " \"MAYBE\"");
        assertThat(failure(json.replaceFirst("\"outcome\": \"OPTIMIZE\",", "")).reason())
                .isEqualTo("field 'outcome' is missing");
        assertThat(failure(json.replaceFirst("\"subject\"", "\"subjekt\": \"x\",\n  \"subject\"")).reason())
                .startsWith("unknown field 'subjekt'; did you mean 'subject'? Known: [");
        assertThat(failure(json.replaceFirst("\"evaluatedAt\": \"2026-11-20T09:00:00Z\"",
                "\"evaluatedAt\": \"last tuesday\"")).reason())
                .isEqualTo("evaluatedAt must be an ISO-8601 instant such as 2026-11-20T09:00:00Z, but was the text"
                        + " \"last tuesday\"");
        assertThat(failure(json.replaceFirst("\"type\": \"measurement\"", "\"type\": \"gauge\"")).reason())
                .isEqualTo("type must be one of [answer, measurement, notApplicable, timeSeries], but was \"gauge\"");
    }

    @Test
    void should_never_show_the_json_library_in_a_message() {
        String[] broken = {
            json.replaceFirst("\"decided\": 23", "\"decided\": \"many\""),
            json.replaceFirst("\"decided\": 23", "\"decided\": 23.5"),
            json.replaceFirst("\"decided\": 23", "\"decided\": null"),
            json.replaceFirst("\"decided\": 23", "\"decided\": {}"),
            json.replaceFirst("\"findings\": \\[", "\"findings\": [ null,"),
            json.replaceFirst("\"subject\": \"checkout-service\"", "\"subject\": [1]"),
            json.replaceFirst("\"figures\": \\[ ]", "\"figures\": [ {\"owner\": \"x\", \"name\": \"y\", \"kind\":"
                    + " \"NUMBER\", \"value\": \"text\"} ]"),
            json.replaceFirst("\"type\": \"measurement\",", ""),
            json.substring(0, json.length() / 3),
            json + "{}",
        };
        for (String document : broken) {
            VerdictReadException e = failure(document);
            assertThat(e).isNotNull();
            assertThat(e.getMessage()).doesNotContain("`", "Jackson", "jackson", "Coercion", "Feature", "creator",
                    "java.", "JsonToken", "REDACTED", "Source:");
        }
    }
}
