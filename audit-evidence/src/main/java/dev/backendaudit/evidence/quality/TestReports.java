package dev.backendaudit.evidence.quality;

import dev.backendaudit.evidence.quality.internal.SecureXml;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.Provenance;
import dev.backendaudit.model.Quantity;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLStreamConstants;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads Surefire and Failsafe XML reports ({@code TEST-*.xml}) with Surefire's own parser,
 * {@code surefire-report-parser}: tests, failures, errors, skipped and flaky tests (the
 * {@code flakyFailure}/{@code flakyError} of {@code rerunFailingTestsCount}).
 *
 * <pre>{@code
 * TestReport report = TestReports.read(List.of(Path.of("target/surefire-reports"), Path.of("target/failsafe-reports")));
 * audit.evidence(report.evidence());
 * }</pre>
 *
 * <p>Surefire's parser resolves external entities (it uses the JDK's SAX defaults), so the prolog of
 * each file is first read with StAX with document type declarations off: a Surefire report declares
 * none, and a file that does, or whose root is not {@code testsuite}/{@code testsuites}, is refused
 * with its position before Surefire's parser sees it (a document type cannot follow the root
 * element). Malformed XML is refused with the file, line and column. Evidence: {@link QualityMetrics#TESTS_EXECUTED},
 * {@link QualityMetrics#TEST_FAILURE_SHARE}, {@link QualityMetrics#SKIPPED_TESTS} and
 * {@link QualityMetrics#FLAKY_TESTS}; provenance {@value #SOURCE}, the files, the newest file's time.
 */
public final class TestReports {

    /** The collector's name in provenance. */
    public static final String SOURCE = "test-reports";

    private TestReports() {
    }

    /**
     * Reads report files, and the {@code TEST-*.xml} files of report directories.
     *
     * @param locations files and directories, at least one
     * @return the counts and the evidence
     * @throws ReportReadException      if a report is malformed, of another schema or unreadable, or a directory holds none
     * @throws IllegalArgumentException if {@code locations} is empty
     */
    public static TestReport read(List<Path> locations) {
        if (locations.isEmpty()) {
            throw new IllegalArgumentException("test reports must name at least one file or directory, but were empty");
        }
        List<Path> files = new ArrayList<>();
        for (Path location : locations) {
            files.addAll(files(location));
        }
        TestSuiteXmlParser parser = new TestSuiteXmlParser(new NullConsoleLogger());
        int suites = 0;
        int tests = 0;
        int failures = 0;
        int errors = 0;
        int skipped = 0;
        int flaky = 0;
        TreeSet<String> failed = new TreeSet<>();
        TreeSet<String> flakyTests = new TreeSet<>();
        Instant newest = null;
        for (Path file : files) {
            check(file);
            List<ReportTestSuite> parsed = parse(parser, file);
            for (ReportTestSuite suite : parsed) {
                suites++;
                tests += suite.getNumberOfTests();
                failures += suite.getNumberOfFailures();
                errors += suite.getNumberOfErrors();
                skipped += suite.getNumberOfSkipped();
                flaky += suite.getNumberOfFlakes();
                for (ReportTestCase test : suite.getTestCases()) {
                    if (test.hasFailure() || test.hasError()) {
                        failed.add(test.getFullClassName() + "." + test.getName());
                    } else if (test.hasFlakes()) {
                        flakyTests.add(test.getFullClassName() + "." + test.getName());
                    }
                }
            }
            Instant modified = modified(file);
            newest = newest == null || modified.isAfter(newest) ? modified : newest;
        }
        List<String> names = files.stream().map(Path::toString).toList();
        Provenance provenance = Provenance.of(SOURCE, names.get(0) + (names.size() == 1 ? ""
                : " and " + (names.size() - 1) + " more"), newest);
        List<Evidence> evidence = new ArrayList<>();
        List<String> unknowns = new ArrayList<>();
        int executed = tests - skipped;
        evidence.add(Measurement.of(QualityMetrics.TESTS_EXECUTED, Quantity.count(executed), provenance));
        evidence.add(Measurement.of(QualityMetrics.SKIPPED_TESTS, Quantity.count(skipped), provenance));
        evidence.add(Measurement.of(QualityMetrics.FLAKY_TESTS, Quantity.count(flaky), provenance));
        if (executed > 0) {
            evidence.add(Measurement.of(QualityMetrics.TEST_FAILURE_SHARE,
                    Quantity.ratio(Math.min(1.0, (double) (failures + errors) / executed)), provenance));
        } else {
            unknowns.add("test failure share: the reports record no executed test");
        }
        return new TestReport(names, suites, tests, failures, errors, skipped, flaky, List.copyOf(failed),
                List.copyOf(flakyTests), unknowns, evidence);
    }

    private static List<Path> files(Path location) {
        if (Files.isRegularFile(location)) {
            return List.of(location);
        }
        if (!Files.isDirectory(location)) {
            throw new ReportReadException(location + " does not exist: expected a Surefire or Failsafe report"
                    + " (TEST-*.xml) or a directory of them");
        }
        try (Stream<Path> list = Files.list(location)) {
            List<Path> reports = list.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith("TEST-") && name.endsWith(".xml") && Files.isRegularFile(p);
            }).sorted().toList();
            if (reports.isEmpty()) {
                throw new ReportReadException(location + " holds no test report (TEST-*.xml): expected the reports"
                        + " Surefire or Failsafe write; run the tests first");
            }
            return reports;
        } catch (IOException e) {
            throw new ReportReadException("cannot list " + location + ": " + e.getMessage(), e);
        }
    }

    /**
     * The StAX pass over the prolog: no document type, the Surefire schema's root. A document type can
     * only come before the root element, so the pass stops there; the rest is Surefire's parser's.
     */
    private static void check(Path file) {
        SecureXml.read(file, xml -> {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new ReportReadException(SecureXml.position(file, xml.getLocation()) + ": declares a document"
                            + " type, but a Surefire report declares none (document types are never loaded, nor"
                            + " their entities resolved)");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (!name.equals("testsuite") && !name.equals("testsuites")) {
                        throw new ReportReadException(SecureXml.position(file, xml.getLocation()) + ": expected a"
                                + " Surefire report (root element <testsuite> or <testsuites>), but the root element"
                                + " is <" + name + ">");
                    }
                    return null;
                }
            }
            throw new ReportReadException(file + ": expected a Surefire report (root element <testsuite>), but"
                    + " the file holds no element");
        });
    }

    private static List<ReportTestSuite> parse(TestSuiteXmlParser parser, Path file) {
        try (InputStreamReader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            List<ReportTestSuite> suites = parser.parse(reader);
            if (!parser.isValid()) {
                throw new ReportReadException(file + ": a test time must be a number, but one is not (Surefire's parser"
                        + " could not read it)");
            }
            return suites;
        } catch (SAXParseException e) {
            throw new ReportReadException(file + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": malformed XML: "
                    + e.getMessage(), e);
        } catch (SAXException | ParserConfigurationException e) {
            throw new ReportReadException(file + ": Surefire's parser refused the report: " + e.getMessage(), e);
        } catch (NumberFormatException e) {
            throw new ReportReadException(file + ": a count must be a whole number: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ReportReadException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.SECONDS);
        } catch (IOException e) {
            return Clock.systemUTC().instant().truncatedTo(ChronoUnit.SECONDS);
        }
    }
}
