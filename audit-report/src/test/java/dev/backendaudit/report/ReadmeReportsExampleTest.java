package dev.backendaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.report.json.VerdictJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The snippet of README.md's "Reports (audit-report)" section, compiled and run. */
class ReadmeReportsExampleTest {

    @Test
    void should_run_the_readme_snippet(@TempDir Path dir) throws Exception {
        Verdict verdict = ExampleVerdicts.optimize();
        ExampleVerdicts.checkoutHistory().latest(4).subList(0, 3).forEach(v -> VerdictJson.store(v, dir.resolve("audit-history")));

        // --- README snippet, with paths under the test's folder ---
        Files.writeString(dir.resolve("comment.md"), MarkdownReport.render(verdict));
        Files.writeString(dir.resolve("audit.sarif"), SarifReport.render(verdict, "pom.xml"));
        Files.writeString(dir.resolve("audit.prom"), OpenMetricsReport.render(verdict));
        VerdictJson.store(verdict, dir.resolve("audit-history"));
        AuditHistory history = VerdictJson.loadHistory(dir.resolve("audit-history"), "checkout-service");
        Files.writeString(dir.resolve("audit.html"), HtmlReport.render(verdict, history));
        // ---

        assertThat(dir.resolve("audit-history/checkout-service_2026-11-20T09-00-00Z.json")).exists();
        assertThat(history).isEqualTo(ExampleVerdicts.checkoutHistory());
        assertThat(Files.readString(dir.resolve("audit.html"))).contains("Health of each area over 4 audits");
    }
}
