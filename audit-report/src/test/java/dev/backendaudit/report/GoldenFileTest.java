package dev.backendaudit.report;

import dev.backendaudit.report.json.VerdictJson;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every format of every case study against its reviewed golden file. */
class GoldenFileTest {

    static Stream<ExampleVerdicts.Case> cases() {
        return ExampleVerdicts.cases().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void should_write_json_as_reviewed(ExampleVerdicts.Case c) throws IOException {
        GoldenFiles.assertMatches(c.name() + ".json", VerdictJson.write(c.verdict()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void should_write_markdown_as_reviewed(ExampleVerdicts.Case c) throws IOException {
        GoldenFiles.assertMatches(c.name() + ".md", MarkdownReport.render(c.verdict()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void should_write_html_as_reviewed(ExampleVerdicts.Case c) throws IOException {
        GoldenFiles.assertMatches(c.name() + ".html", HtmlReport.render(c.verdict()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void should_write_sarif_as_reviewed(ExampleVerdicts.Case c) throws IOException {
        GoldenFiles.assertMatches(c.name() + ".sarif", SarifReport.render(c.verdict()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void should_write_openmetrics_as_reviewed(ExampleVerdicts.Case c) throws IOException {
        GoldenFiles.assertMatches(c.name() + ".prom", OpenMetricsReport.render(c.verdict()));
    }

    @Test
    void should_write_html_with_history_as_reviewed() throws IOException {
        GoldenFiles.assertMatches("optimize-history.html",
                HtmlReport.render(ExampleVerdicts.optimize(), ExampleVerdicts.checkoutHistory()));
    }

    @Test
    void should_write_a_history_document_as_reviewed() throws IOException {
        GoldenFiles.assertMatches("checkout-history.json",
                VerdictJson.writeHistory(ExampleVerdicts.checkoutHistory().verdicts()));
    }

    @Test
    void should_read_the_golden_history_back() {
        org.assertj.core.api.Assertions.assertThat(
                VerdictJson.readHistory(GoldenFiles.FOLDER.resolve("checkout-history.json")))
                .isEqualTo(ExampleVerdicts.checkoutHistory().verdicts());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void should_read_the_golden_json_back_to_the_verdict(ExampleVerdicts.Case c) {
        org.assertj.core.api.Assertions.assertThat(
                VerdictJson.read(GoldenFiles.FOLDER.resolve(c.name() + ".json"))).isEqualTo(c.verdict());
    }
}
