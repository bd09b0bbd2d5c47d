package dev.backendaudit.report.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.backendaudit.model.Verdict;
import dev.backendaudit.report.ExampleVerdicts;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad documents fail with the source, the position and the reason; good ones of the same major version read. */
class VerdictJsonReadingTest {

    private final String json = VerdictJson.write(ExampleVerdicts.optimize());

    private VerdictReadException failure(String document) {
        return catchThrowableOfType(VerdictReadException.class, () -> VerdictJson.read(document));
    }

    @Test
    void should_name_the_line_and_column_where_a_truncated_document_ends() {
        // GIVEN
        String truncated = json.substring(0, json.length() / 2);
        long lines = truncated.lines().count();
        // WHEN
        VerdictReadException e = failure(truncated);
        // THEN
        assertThat(e).isNotNull();
        assertThat(e.line()).hasValueSatisfying(line -> assertThat(line).isBetween((int) lines - 1, (int) lines + 1));
        assertThat(e.column()).isPresent();
        assertThat(e.getMessage()).startsWith("<string>, line ").contains("end-of-input");
    }

    @Test
    void should_name_the_position_path_and_types_of_a_value_of_the_wrong_type() {
        // GIVEN
        String wrong = json.replaceFirst("\"decided\": 23", "\"decided\": \"many\"");
        int line = (int) wrong.substring(0, wrong.indexOf("\"many\"")).lines().count();
        // WHEN
        VerdictReadException e = failure(wrong);
        // THEN
        assertThat(e.line()).contains(line);
        assertThat(e.path()).contains("coverage.decided");
        assertThat(e.reason()).isEqualTo("decided must be a whole number, but was the text \"many\"");
    }

    @Test
    void should_refuse_a_float_where_a_count_belongs() {
        // GIVEN
        String wrong = json.replaceFirst("\"decided\": 23", "\"decided\": 23.5");
        // WHEN
        VerdictReadException e = failure(wrong);
        // THEN
        assertThat(e.path()).contains("coverage.decided");
        assertThat(e.line()).isPresent();
    }

    @Test
    void should_refuse_a_newer_major_schema_version_saying_so_at_its_position() {
        // GIVEN
        String newer = json.replaceFirst("\"schemaVersion\": \"" + VerdictJson.SCHEMA_VERSION + "\"", "\"schemaVersion\": \"2.0\"");
        // WHEN
        VerdictReadException e = failure(newer);
        // THEN
        assertThat(e.getMessage()).isEqualTo("<string>, line 3, column 20 (at schemaVersion): schemaVersion 2.0 is"
                + " newer than this library reads (1.x); read it with a newer backend-audit release");
    }

    @Test
    void should_refuse_a_schema_version_that_is_not_major_dot_minor() {
        // WHEN
        VerdictReadException e = failure(json.replaceFirst("\"schemaVersion\": \"" + VerdictJson.SCHEMA_VERSION + "\"", "\"schemaVersion\": \"one\""));
        // THEN
        assertThat(e.reason()).contains("MAJOR.MINOR").contains("\"one\"");
        assertThat(e.line()).contains(3);
    }

    @Test
    void should_refuse_a_document_without_schema_version() {
        // WHEN
        VerdictReadException e = failure(json.replaceFirst("\"schemaVersion\": \"" + VerdictJson.SCHEMA_VERSION + "\",", ""));
        // THEN
        assertThat(e.reason()).startsWith("schemaVersion is missing");
    }

    @Test
    void should_ignore_unknown_fields_of_a_newer_minor_version() {
        // GIVEN
        String newerMinor = json.replaceFirst("\"schemaVersion\": \"" + VerdictJson.SCHEMA_VERSION + "\"", "\"schemaVersion\": \"1.7\"")
                .replaceFirst("\"subject\"", "\"addedInMinor7\": {\"x\": [1, 2]},\n  \"subject\"");
        // WHEN
        Verdict verdict = VerdictJson.read(newerMinor);
        // THEN
        assertThat(verdict).isEqualTo(ExampleVerdicts.optimize());
    }

    @Test
    void should_refuse_unknown_fields_of_the_same_version() {
        // WHEN
        VerdictReadException e = failure(json.replaceFirst("\"subject\"", "\"subjekt\": \"x\",\n  \"subject\""));
        // THEN
        assertThat(e.reason()).contains("subjekt");
        assertThat(e.line()).contains(4);
    }

    @Test
    void should_name_a_missing_required_field() {
        // WHEN
        VerdictReadException e = failure(json.replaceFirst("\"outcome\": \"OPTIMIZE\",", ""));
        // THEN
        assertThat(e.reason()).contains("outcome");
        assertThat(e.line()).isPresent();
    }

    @Test
    void should_name_an_unknown_enum_constant_and_where_it_is() {
        // WHEN
        VerdictReadException e = failure(json.replaceFirst("\"outcome\": \"OPTIMIZE\"", "\"outcome\": \"MAYBE\""));
        // THEN
        assertThat(e.path()).contains("outcome");
        assertThat(e.reason()).contains("MAYBE").contains("REBUILD");
        assertThat(e.line()).contains(6);
    }

    @Test
    void should_refuse_an_explicit_null_where_a_value_is_required() {
        // WHEN
        VerdictReadException e = failure(json.replaceFirst("\"subject\": \"checkout-service\"", "\"subject\": null"));
        // THEN
        assertThat(e.path()).contains("subject");
        assertThat(e.line()).contains(4);
    }

    @Test
    void should_refuse_a_null_element_of_a_list() {
        // WHEN
        VerdictReadException e = failure(json.replaceFirst("\"findings\": \\[", "\"findings\": [ null,"));
        // THEN
        assertThat(e.reason()).contains("null");
        assertThat(e.line()).isPresent();
    }

    @Test
    void should_name_the_path_of_an_id_the_catalog_does_not_define() {
        // GIVEN
        String criterion = ExampleVerdicts.optimize().findings().get(0).criterion().id();
        String dangling = json.replaceFirst("\"criterion\": \"" + criterion + "\"", "\"criterion\": \"no.such\"");
        // WHEN
        VerdictReadException e = failure(dangling);
        // THEN
        int line = (int) dangling.substring(0, dangling.indexOf("\"no.such\"")).lines().count();
        assertThat(e.getMessage()).startsWith("<string>, line " + line + ", column 7 (at findings[0].criterion):"
                + " criterion 'no.such' is not defined; known: [architecture.at-scaling-limit, ");
        assertThat(e.getMessage()).endsWith(", ... (41 in all)]");
    }

    @Test
    void should_pass_on_the_model_rule_a_value_breaks_with_its_path() {
        // WHEN
        VerdictReadException e = failure(json.replaceFirst("\"decided\": 23", "\"decided\": 99"));
        // THEN
        assertThat(e.path()).contains("coverage");
        assertThat(e.reason()).isEqualTo("coverage decided must be in [0, 41], but was 99");
    }

    @Test
    void should_point_to_read_history_when_given_a_history() {
        // WHEN
        VerdictReadException e = failure(VerdictJson.writeHistory(java.util.List.of(ExampleVerdicts.optimize())));
        // THEN
        assertThat(e.reason()).contains("readHistory");
    }

    @Test
    void should_refuse_input_that_is_not_an_object() {
        assertThat(failure("").reason()).contains("empty");
        assertThat(failure("[1, 2]").reason()).contains("must be a JSON object");
    }

    @Test
    void should_refuse_duplicate_keys() {
        // WHEN
        VerdictReadException e = failure(json.replaceFirst("\"subject\"", "\"outcome\": \"HEALTHY\",\n  \"subject\""));
        // THEN
        assertThat(e.reason()).isEqualTo("duplicate field 'outcome': each field may appear only once");
        assertThat(e.line()).isPresent();
    }

    @Test
    void should_name_the_file_it_read(@TempDir Path folder) throws Exception {
        // GIVEN
        Path file = folder.resolve("verdict.json");
        Files.writeString(file, json.substring(0, 200));
        // WHEN
        VerdictReadException e = catchThrowableOfType(VerdictReadException.class, () -> VerdictJson.read(file));
        // THEN
        assertThat(e.source()).isEqualTo(file.toString());
        assertThat(e.getMessage()).startsWith(file + ", line ");
    }
}
