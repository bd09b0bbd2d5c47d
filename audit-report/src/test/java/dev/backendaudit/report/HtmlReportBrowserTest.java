package dev.backendaudit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML report in a real browser, headless Chromium (Debian's {@code chromium} package,
 * which {@code .ci/run} installs), and checks that it renders without errors. The page's inline
 * script records every script error, failed load and console error in the
 * {@code data-report-errors} attribute of {@code <html>}; the DOM Chromium dumps after loading
 * the page shows it. Skipped, saying why, where Chromium is not installed.
 */
class HtmlReportBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path dir;

    @BeforeEach
    void needChromium() {
        assumeTrue(Files.isExecutable(CHROMIUM), "headless Chromium is not installed at " + CHROMIUM
                + " (apt-get install chromium; .ci/run installs it), so the browser check is skipped");
    }

    /** What Chromium printed: the dumped DOM (stdout) and its log (stderr). */
    private record Run(int exit, String stdout, String stderr) {
    }

    private Run chromium(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createTempDirectory(dir, "profile"), "--enable-logging=stderr", "--v=0",
                "--virtual-time-budget=3000"));
        command.addAll(List.of(args));
        Path out = dir.resolve("stdout-" + System.nanoTime());
        Path err = dir.resolve("stderr-" + System.nanoTime());
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("Chromium did not finish within 120 s: " + command);
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private Path page(String name, String html) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, html, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void should_render_the_report_with_history_without_errors() throws Exception {
        // GIVEN
        Path file = page("optimize.html", HtmlReport.render(ExampleVerdicts.optimize(), ExampleVerdicts.checkoutHistory()));
        // WHEN
        Run run = chromium("--dump-dom", file.toUri().toString());
        // THEN
        assertThat(run.exit()).as("Chromium exit code; stderr:%n%s", run.stderr()).isZero();
        assertThat(run.stdout()).contains("data-report-errors=\"0\"")
                .contains("<h1 id=\"outcome\">OPTIMIZE</h1>")
                .contains("<svg class=\"timeline\"");
        assertThat(run.stderr()).doesNotContain("Uncaught").doesNotContain(":CONSOLE");
    }

    @Test
    void should_render_every_case_study_without_errors() throws Exception {
        for (ExampleVerdicts.Case c : ExampleVerdicts.cases()) {
            // GIVEN
            Path file = page(c.name() + ".html", HtmlReport.render(c.verdict()));
            // WHEN
            Run run = chromium("--dump-dom", file.toUri().toString());
            // THEN
            assertThat(run.stdout()).as(c.name()).contains("data-report-errors=\"0\"")
                    .contains("<h1 id=\"outcome\">" + c.verdict().outcome() + "</h1>")
                    .contains("<div class=\"bounds\" id=\"bounds\"");
        }
    }

    @Test
    void should_notice_a_broken_page_so_that_the_check_means_something() throws Exception {
        // GIVEN: the report with a failing script added at the end of its body
        String broken = HtmlReport.render(ExampleVerdicts.rebuild())
                .replace("</body>", "<script>undefinedFunctionOfTheReport();</script>\n</body>");
        Path file = page("broken.html", broken);
        // WHEN
        Run run = chromium("--dump-dom", file.toUri().toString());
        // THEN
        assertThat(run.stdout()).contains("data-report-errors=\"1\"").contains("undefinedFunctionOfTheReport");
    }

    @Test
    void should_take_a_screenshot_of_the_page() throws Exception {
        // GIVEN
        Path file = page("screenshot.html", HtmlReport.render(ExampleVerdicts.optimize(), ExampleVerdicts.checkoutHistory()));
        Path png = dir.resolve("report.png");
        // WHEN
        Run run = chromium("--hide-scrollbars", "--window-size=1200,1800", "--screenshot=" + png, file.toUri().toString());
        // THEN
        assertThat(run.exit()).as("stderr:%n%s", run.stderr()).isZero();
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
        assertThat(bytes.length).as("a rendered page, not a blank one").isGreaterThan(50_000);
    }
}
