package dev.backendaudit.test.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendaudit.test.VerdictsAccess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineFileTest {

    @TempDir
    Path dir;

    @Test
    void should_write_and_read_back_a_baseline_sorted_for_clean_diffs() throws IOException {
        // GIVEN
        Baseline baseline = Baseline.of(VerdictsAccess.optimize());
        Path file = dir.resolve("sub/audit-baseline.json");
        // WHEN
        BaselineFile.write(file, baseline);
        // THEN
        assertThat(BaselineFile.readBaseline(file)).isEqualTo(baseline);
        String text = Files.readString(file);
        assertThat(text).startsWith("{\n  \"format\" : \"backend-audit-baseline\",\n  \"version\" : 1,")
                .endsWith("}\n");
        assertThat(text.indexOf("performance.latency-p95-peak")).isLessThan(text.indexOf("scalability.automatic-scaling"));
    }

    @Test
    void should_write_and_read_back_waivers() {
        Waivers waivers = Waivers.of(new Waiver("b.c", "bob", "later", "2027-01-31"),
                new Waiver("a.c", "alice", "soon", "2026-12-31"));
        Path file = dir.resolve("waivers.json");
        BaselineFile.write(file, waivers);
        assertThat(BaselineFile.readWaivers(file)).isEqualTo(waivers);
        assertThat(BaselineFile.readWaivers(file).waivers().get(0).criterion()).isEqualTo("a.c");
    }

    @Test
    void should_name_file_line_and_reason_for_broken_json_and_leave_it_untouched() throws IOException {
        // GIVEN a hand-edited file with a missing comma on line 4
        String broken = "{\n  \"format\" : \"backend-audit-baseline\",\n  \"version\" : 1\n  \"subject\" : \"x\",\n"
                + "  \"accepted\" : [ ]\n}\n";
        Path file = write("broken.json", broken);
        // WHEN / THEN
        assertThatThrownBy(() -> BaselineFile.readBaseline(file))
                .isInstanceOf(AuditFileException.class)
                .hasMessageStartingWith(file + ":4:")
                .hasMessageContaining("Unexpected character")
                .satisfies(e -> assertThat(((AuditFileException) e).line()).isEqualTo(4));
        assertThat(Files.readString(file)).isEqualTo(broken);
    }

    @Test
    void should_reject_an_unknown_severity_with_its_line() throws IOException {
        Path file = write("severity.json", "{\n  \"format\" : \"backend-audit-baseline\",\n  \"version\" : 1,\n"
                + "  \"subject\" : \"x\",\n  \"accepted\" : [ {\n    \"criterion\" : \"a.b\",\n"
                + "    \"severity\" : \"SEVERE\",\n    \"note\" : \"\"\n  } ]\n}\n");
        assertThatThrownBy(() -> BaselineFile.readBaseline(file))
                .hasMessage(file + ":7:18: severity must be one of [WARNING, CRITICAL], but was the text \"SEVERE\"");
    }

    @Test
    void should_reject_a_missing_field() throws IOException {
        Path file = write("missing.json", "{\n  \"format\" : \"backend-audit-waivers\",\n  \"version\" : 1,\n"
                + "  \"waivers\" : [ {\n    \"criterion\" : \"a.b\",\n    \"reason\" : \"r\",\n"
                + "    \"expires\" : \"2027-01-01\"\n  } ]\n}\n");
        assertThatThrownBy(() -> BaselineFile.readWaivers(file))
                .isInstanceOf(AuditFileException.class)
                .hasMessage(file + ":8:3: field 'owner' is missing");
    }

    @Test
    void should_reject_a_bad_expiry_date() throws IOException {
        Path file = write("date.json", "{\n  \"format\" : \"backend-audit-waivers\",\n  \"version\" : 1,\n"
                + "  \"waivers\" : [ {\n    \"criterion\" : \"a.b\",\n    \"owner\" : \"o\",\n    \"reason\" : \"r\",\n"
                + "    \"expires\" : \"next spring\"\n  } ]\n}\n");
        assertThatThrownBy(() -> BaselineFile.readWaivers(file))
                .hasMessageStartingWith(file + ":")
                .hasMessageContaining("waiver expires of 'a.b' must be an ISO date such as 2027-03-31, but was \"next spring\"");
    }

    @Test
    void should_reject_a_newer_format_version() throws IOException {
        Path file = write("newer.json", "{\n  \"format\" : \"backend-audit-baseline\",\n  \"version\" : 2,\n"
                + "  \"subject\" : \"x\",\n  \"accepted\" : [ ]\n}\n");
        assertThatThrownBy(() -> BaselineFile.readBaseline(file))
                .hasMessageContaining("version must be 1, but was 2 (written by a newer version of this library)");
    }

    @Test
    void should_reject_an_unknown_field() throws IOException {
        Path file = write("unknown.json", "{\n  \"format\" : \"backend-audit-baseline\",\n  \"version\" : 1,\n"
                + "  \"subject\" : \"x\",\n  \"comment\" : \"hand-added\",\n  \"accepted\" : [ ]\n}\n");
        assertThatThrownBy(() -> BaselineFile.readBaseline(file))
                // the reader notices an unknown field when the object closes, on line 7
                .hasMessage(file + ":7:2: unknown field 'comment'; known: [accepted, format, subject, version]");
    }

    @Test
    void should_reject_a_misspelt_field_as_missing() throws IOException {
        Path file = write("misspelt.json", "{\n  \"format\" : \"backend-audit-baseline\",\n  \"version\" : 1,\n"
                + "  \"subject\" : \"x\",\n  \"acepted\" : [ ]\n}\n");
        assertThatThrownBy(() -> BaselineFile.readBaseline(file))
                .hasMessage(file + ":6:1: field 'accepted' is missing");
    }

    @Test
    void should_say_when_the_file_does_not_exist_and_offer_an_empty_default() {
        Path missing = dir.resolve("none.json");
        assertThatThrownBy(() -> BaselineFile.readBaseline(missing)).hasMessage(missing + ": no such file");
        assertThat(BaselineFile.readBaselineOrEmpty(missing, "svc")).isEqualTo(Baseline.empty("svc"));
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }
}
