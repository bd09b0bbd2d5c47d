package dev.backendaudit.evidence.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.Topic;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestReportsTest {

    @TempDir
    Path dir;

    /** A suite as Surefire 3.5 writes it with rerunFailingTestsCount=2: one flaky test, one failing all runs. */
    static final String RERUN_SUITE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuite xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:noNamespaceSchemaLocation="https://maven.apache.org/surefire/maven-surefire-plugin/xsd/surefire-test-report.xsd" \
            version="3.0.2" name="com.shop.CheckoutTest" time="0.412" tests="4" errors="0" skipped="1" failures="1">
              <properties><property name="java.version" value="17.0.15"/></properties>
              <testcase name="should_total_the_cart" classname="com.shop.CheckoutTest" time="0.011"/>
              <testcase name="should_reserve_stock" classname="com.shop.CheckoutTest" time="0.201">
                <flakyFailure message="expected: 3 but was: 2" type="org.opentest4j.AssertionFailedError">
                  <stackTrace><![CDATA[org.opentest4j.AssertionFailedError: expected: 3 but was: 2
            \tat com.shop.CheckoutTest.should_reserve_stock(CheckoutTest.java:31)]]></stackTrace>
                </flakyFailure>
              </testcase>
              <testcase name="should_charge_the_card" classname="com.shop.CheckoutTest" time="0.150">
                <failure message="timeout" type="java.util.concurrent.TimeoutException"><![CDATA[java.util.concurrent.TimeoutException: timeout
            \tat com.shop.CheckoutTest.should_charge_the_card(CheckoutTest.java:44)]]></failure>
                <rerunFailure message="timeout" type="java.util.concurrent.TimeoutException">
                  <stackTrace><![CDATA[java.util.concurrent.TimeoutException: timeout]]></stackTrace>
                </rerunFailure>
              </testcase>
              <testcase name="should_ship_abroad" classname="com.shop.CheckoutTest" time="0">
                <skipped message="not yet"/>
              </testcase>
            </testsuite>
            """;

    static Measurement about(TestReport report, Topic topic) {
        return (Measurement) report.evidence().stream().filter(e -> e.topic().equals(topic)).findFirst().orElseThrow();
    }

    @Test
    void should_count_failures_skips_and_flaky_reruns() throws Exception {
        // GIVEN
        Path reports = Files.createDirectories(dir.resolve("target/surefire-reports"));
        Files.writeString(reports.resolve("TEST-com.shop.CheckoutTest.xml"), RERUN_SUITE);
        Files.writeString(reports.resolve("com.shop.CheckoutTest.txt"), "not read");
        // WHEN
        TestReport report = TestReports.read(List.of(reports));
        // THEN
        assertThat(report.files()).containsExactly(reports.resolve("TEST-com.shop.CheckoutTest.xml").toString());
        assertThat(List.of(report.suites(), report.tests(), report.failures(), report.errors(), report.skipped(),
                report.flaky())).containsExactly(1, 4, 1, 0, 1, 1);
        assertThat(report.failedTests()).containsExactly("com.shop.CheckoutTest.should_charge_the_card");
        assertThat(report.flakyTests()).containsExactly("com.shop.CheckoutTest.should_reserve_stock");
        assertThat(about(report, QualityMetrics.TESTS_EXECUTED).baseValue()).isEqualTo(3);
        assertThat(about(report, QualityMetrics.TEST_FAILURE_SHARE).baseValue()).isEqualTo(1.0 / 3);
        assertThat(about(report, QualityMetrics.FLAKY_TESTS).baseValue()).isEqualTo(1);
        assertThat(about(report, QualityMetrics.SKIPPED_TESTS).baseValue()).isEqualTo(1);
        assertThat(report.summary()).isEqualTo("test reports: 1 files, 1 suites\n  4 tests, 1 failures, 0 errors,"
                + " 1 skipped, 1 flaky\n  failed: com.shop.CheckoutTest.should_charge_the_card\n"
                + "  flaky: com.shop.CheckoutTest.should_reserve_stock\n");
    }

    @Test
    void should_agree_with_the_plain_text_summaries_surefire_wrote_for_this_projects_own_core_tests() throws Exception {
        // GIVEN the reports the reactor build of audit-core wrote before this module's tests run
        Path reports = Path.of("..", "audit-core", "target", "surefire-reports");
        assumeTrue(Files.isDirectory(reports) && TestReports.read(List.of(reports)).tests() > 0,
                "audit-core's tests have not run in this build");
        Pattern line = Pattern.compile("Tests run: (\\d+), Failures: (\\d+), Errors: (\\d+), Skipped: (\\d+)");
        int compared = 0;
        List<Path> xmlFiles;
        try (Stream<Path> files = Files.list(reports)) {
            xmlFiles = files.filter(f -> f.getFileName().toString().startsWith("TEST-")).sorted().toList();
        }
        for (Path xml : xmlFiles) {
            // WHEN
            TestReport report = TestReports.read(List.of(xml));
            String name = xml.getFileName().toString().replaceAll("^TEST-|\\.xml$", "");
            Matcher m = line.matcher(Files.readString(reports.resolve(name + ".txt")));
            assertThat(m.find()).isTrue();
            if (report.suites() > 1) {
                continue;   // @Nested classes: Surefire's text summary counts 0 tests for the outer class
            }
            // THEN each file's counts are those of Surefire's own text summary
            assertThat(new int[] {report.tests(), report.failures(), report.errors(), report.skipped()})
                    .as(name).containsExactly(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
            compared++;
        }
        assertThat(compared).isGreaterThan(10);
    }

    @Test
    void should_refuse_a_document_type_which_surefires_own_parser_would_resolve() throws Exception {
        // GIVEN a report whose test name is an external entity reading a secret
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-PASSWORD");
        Path xml = Files.writeString(dir.resolve("TEST-x.xml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE testsuite [<!ENTITY"
                + " xxe SYSTEM \"" + secret.toUri() + "\">]>\n<testsuite name=\"x\" tests=\"1\" failures=\"0\" errors=\"0\""
                + " skipped=\"0\" time=\"1\"><testcase name=\"t\" classname=\"x\" time=\"1\"><failure message=\"m\""
                + " type=\"E\">&xxe;</failure></testcase></testsuite>");
        // THEN Surefire's parser alone reads the secret
        List<ReportTestSuite> leaked = new TestSuiteXmlParser(new NullConsoleLogger())
                .parse(new InputStreamReader(Files.newInputStream(xml), StandardCharsets.UTF_8));
        assertThat(leaked.get(0).getTestCases().get(0).getFailureDetail()).contains("TOP-SECRET-PASSWORD");
        // WHEN
        Throwable thrown = catchThrowable(() -> TestReports.read(List.of(xml)));
        // THEN
        assertThat(thrown).isInstanceOf(ReportReadException.class).hasMessageStartingWith(xml + ":2:")
                .hasMessageEndingWith(": declares a document type, but a Surefire report declares none (document types"
                        + " are never loaded, nor their entities resolved)");
        assertThat(thrown.getMessage()).doesNotContain("TOP-SECRET");
    }

    @Test
    void should_refuse_malformed_xml_another_schema_and_a_directory_without_reports() throws Exception {
        Path truncated = Files.writeString(dir.resolve("TEST-a.xml"), RERUN_SUITE.substring(0, 400));
        assertThat(catchThrowable(() -> TestReports.read(List.of(truncated)))).isInstanceOf(ReportReadException.class)
                .hasMessageStartingWith(truncated + ":").hasMessageContaining(": malformed XML: ");
        Path summary = Files.writeString(dir.resolve("failsafe-summary.xml"), "<?xml version=\"1.0\"?>\n"
                + "<failsafe-summary result=\"255\" timeout=\"false\"><completed>3</completed></failsafe-summary>");
        assertThat(catchThrowable(() -> TestReports.read(List.of(summary)))).isInstanceOf(ReportReadException.class)
                .hasMessage(summary + ":2:48: expected a Surefire report (root element <testsuite> or <testsuites>), but"
                        + " the root element is <failsafe-summary>");
        Path empty = Files.createDirectories(dir.resolve("target/failsafe-reports"));
        assertThat(catchThrowable(() -> TestReports.read(List.of(empty)))).isInstanceOf(ReportReadException.class)
                .hasMessage(empty + " holds no test report (TEST-*.xml): expected the reports Surefire or Failsafe write;"
                        + " run the tests first");
    }

    @Test
    void should_count_the_test_cases_as_surefires_parser_does_not_the_suites_attributes() throws Exception {
        Path edited = Files.writeString(dir.resolve("TEST-b.xml"), RERUN_SUITE.replace("tests=\"4\"", "tests=\"99\""));
        assertThat(TestReports.read(List.of(edited)).tests()).isEqualTo(4);
    }
}
