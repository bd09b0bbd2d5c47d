package dev.backendaudit.evidence.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageReportsBadInputTest {

    static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<!DOCTYPE report PUBLIC \"-//JACOCO//DTD Report 1.1//EN\" \"report.dtd\">";

    @TempDir
    Path dir;

    Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    static Throwable read(Path file) {
        return org.assertj.core.api.Assertions.catchThrowable(() ->
                CoverageReports.read(List.of(file), CoverageOptions.defaults()));
    }

    @Test
    void should_not_resolve_an_external_entity() throws Exception {
        // GIVEN a secret on disk and a report whose internal subset declares an entity that reads it
        Path secret = write("secret.txt", "TOP-SECRET-PASSWORD");
        String doctype = "<!DOCTYPE report [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
        Path xml = write("jacoco.xml", "<?xml version=\"1.0\"?>" + doctype
                + "<report name=\"&xxe;\"><counter type=\"LINE\" missed=\"0\" covered=\"1\"/></report>");
        int column = "<?xml version=\"1.0\"?>".length() + doctype.length() + 2;   // where the parser stands after it
        // WHEN
        Throwable thrown = read(xml);
        // THEN nothing of the secret is read, and the file is refused
        assertThat(thrown).isInstanceOf(ReportReadException.class)
                .hasMessage(xml + ":1:" + column + ": declares the document type " + doctype + ", but a JaCoCo report declares only \"-//JACOCO//DTD Report 1.1//EN\""
                        + " (document types are never loaded, nor their entities resolved)");
        assertThat(thrown.getMessage()).doesNotContain("TOP-SECRET");
    }

    @Test
    void should_not_load_an_external_dtd() throws Exception {
        // GIVEN an external DTD that declares an entity reading a secret, used in the report's name
        Path secret = write("secret.txt", "TOP-SECRET-PASSWORD");
        Path dtd = write("evil.dtd", "<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">");
        Path xml = write("jacoco.xml", "<?xml version=\"1.0\"?><!DOCTYPE report SYSTEM \"" + dtd.toUri()
                + "\"><report name=\"&xxe;\"><counter type=\"LINE\" missed=\"0\" covered=\"1\"/></report>");
        // WHEN
        Throwable thrown = read(xml);
        // THEN the DTD is never read, and the file is refused
        assertThat(thrown).isInstanceOf(ReportReadException.class).hasMessageContaining(": declares the document type"
                + " <!DOCTYPE report SYSTEM \"" + dtd.toUri() + "\">, but a JaCoCo report declares only");
        assertThat(thrown.getMessage()).doesNotContain("TOP-SECRET");
    }

    @Test
    void should_name_the_position_of_malformed_xml() throws Exception {
        Path xml = write("jacoco.xml", HEADER + "<report name=\"x\">\n<package name=\"a\">\n<class name=\"a/B\"");
        assertThat(read(xml)).isInstanceOf(ReportReadException.class)
                .hasMessage(xml + ":3:18: malformed XML: XML document structures must start and end within the same entity.");
    }

    @Test
    void should_refuse_a_report_of_another_schema() throws Exception {
        // GIVEN a Cobertura report where a JaCoCo report was expected
        Path xml = write("coverage.xml", "<?xml version=\"1.0\"?>\n<coverage line-rate=\"0.8\"><packages/></coverage>");
        assertThat(read(xml)).isInstanceOf(ReportReadException.class)
                .hasMessage(xml + ":2:27: expected a JaCoCo XML report (root element <report>), but the root element is"
                        + " <coverage>");
    }

    @Test
    void should_refuse_an_element_the_schema_does_not_have() throws Exception {
        Path xml = write("jacoco.xml", HEADER + "<report name=\"x\"><package name=\"a\"><file name=\"B.java\"/>"
                + "</package></report>");
        assertThat(read(xml)).isInstanceOf(ReportReadException.class)
                .hasMessage(xml + ":1:181: unexpected element <file> in <package>: not a JaCoCo XML report"
                        + " (report.dtd 1.1)");
    }

    @Test
    void should_refuse_an_unknown_counter_and_a_count_that_is_not_a_number() throws Exception {
        Path unknown = write("a.xml", HEADER + "<report name=\"x\"><counter type=\"STATEMENT\" missed=\"1\" covered=\"2\"/>"
                + "</report>");
        assertThat(read(unknown)).isInstanceOf(ReportReadException.class).hasMessage(unknown + ":1:192: counter type"
                + " must be one of [INSTRUCTION, BRANCH, LINE, COMPLEXITY, METHOD, CLASS], but was 'STATEMENT'");
        Path negative = write("b.xml", HEADER + "<report name=\"x\"><counter type=\"LINE\" missed=\"-4\" covered=\"2\"/>"
                + "</report>");
        assertThat(read(negative)).isInstanceOf(ReportReadException.class).hasMessage(negative + ":1:188: <counter>"
                + " missed must be a whole number >= 0, but was '-4'");
    }

    @Test
    void should_refuse_an_empty_list_and_an_empty_file() throws Exception {
        assertThatThrownBy(() -> CoverageReports.read(List.of(), CoverageOptions.defaults()))
                .hasMessage("JaCoCo reports must name at least one file, but were empty");
        Path empty = write("empty.xml", "");
        assertThat(read(empty)).isInstanceOf(ReportReadException.class).hasMessageStartingWith(empty + ":1:1: malformed XML:");
        assertThatThrownBy(() -> CoverageOptions.defaults().complexityBound(0))
                .hasMessage("complexity bound must be >= 1, but was 0");
    }
}
