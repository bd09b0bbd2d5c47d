package dev.backendaudit.benchmarks.evidence;

import dev.backendaudit.evidence.quality.CoverageOptions;
import dev.backendaudit.evidence.quality.CoverageReport;
import dev.backendaudit.evidence.quality.CoverageReports;
import dev.backendaudit.evidence.quality.TestReport;
import dev.backendaudit.evidence.quality.TestReports;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.core.data.SessionInfoStore;
import org.jacoco.report.IReportVisitor;
import org.jacoco.report.xml.XMLFormatter;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading build reports against a plain read of the same bytes ({@code Files.readAllBytes} of each
 * file): a JaCoCo XML report that JaCoCo's own analyzer and writer produce from JGit's classes (the
 * jar in the local Maven repository, a few MB of XML), and 400 Surefire reports of 25 tests each in the format Surefire 3.5 writes (with
 * failures, flaky reruns and captured output).
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar 'evidence.ReportParsingBenchmarks'
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReportParsingBenchmarks {

    private static final javax.xml.stream.XMLInputFactory STAX = stax();

    private Path dir;
    private Path jacoco;
    private Path surefire;
    private List<Path> surefireFiles;
    private final CoverageOptions options = CoverageOptions.defaults().at(Instant.EPOCH);

    /** Writes the reports once. */
    @Setup
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("report-benchmarks");
        jacoco = dir.resolve("jacoco.xml");
        Path jgit = Path.of(System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository"),
                "org/eclipse/jgit/org.eclipse.jgit/7.8.1.202611041320-r/org.eclipse.jgit-7.8.1.202611041320-r.jar");
        CoverageBuilder builder = new CoverageBuilder();
        try (InputStream in = Files.newInputStream(jgit)) {
            new Analyzer(new ExecutionDataStore(), builder).analyzeAll(in, "jgit");
        }
        try (OutputStream out = Files.newOutputStream(jacoco)) {
            IReportVisitor visitor = new XMLFormatter().createVisitor(out);
            visitor.visitInfo(new SessionInfoStore().getInfos(), new ExecutionDataStore().getContents());
            visitor.visitBundle(builder.getBundle("jgit"), null);
            visitor.visitEnd();
        }
        surefire = Files.createDirectories(dir.resolve("surefire-reports"));
        for (int suite = 0; suite < 400; suite++) {
            Files.writeString(surefire.resolve("TEST-com.acme.Suite" + suite + "Test.xml"), suite(suite));
        }
        try (Stream<Path> files = Files.list(surefire)) {
            surefireFiles = files.sorted().toList();
        }
        CoverageReport coverage = jacocoReport();
        TestReport tests = surefireReports();
        System.out.printf(Locale.ROOT, "%nJaCoCo report: %,d bytes, %d classes, %d methods; Surefire: %d files, %,d bytes,"
                + " %d tests%n", Files.size(jacoco), coverage.classes().size(), coverage.methods(), surefireFiles.size(),
                surefireFiles.stream().mapToLong(ReportParsingBenchmarks::size).sum(), tests.tests());
    }

    private static javax.xml.stream.XMLInputFactory stax() {
        javax.xml.stream.XMLInputFactory factory = javax.xml.stream.XMLInputFactory.newDefaultFactory();
        factory.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, false);
        return factory;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String suite(int n) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite xmlns:xsi="
                + "\"http://www.w3.org/2001/XMLSchema-instance\" version=\"3.0.2\" name=\"com.acme.Suite" + n
                + "Test\" time=\"1.5\" tests=\"25\" errors=\"0\" skipped=\"1\" failures=\"1\">\n  <properties>\n");
        for (int p = 0; p < 40; p++) {
            xml.append("    <property name=\"prop.").append(p).append("\" value=\"/usr/lib/jvm/java-17/lib/").append(p)
                    .append("\"/>\n");
        }
        xml.append("  </properties>\n");
        for (int t = 0; t < 25; t++) {
            xml.append("  <testcase name=\"should_do_thing_").append(t).append("\" classname=\"com.acme.Suite").append(n)
                    .append("Test\" time=\"0.0").append(t % 10).append("\"");
            if (t == 3) {
                xml.append(">\n    <failure message=\"expected: 3 but was: 2\" type=\"org.opentest4j.AssertionFailedError\">"
                        + "<![CDATA[org.opentest4j.AssertionFailedError: expected: 3 but was: 2\n")
                        .append("\tat com.acme.Suite.should(Suite.java:31)\n".repeat(30)).append("]]></failure>\n"
                        + "    <system-out><![CDATA[").append("INFO starting the checkout flow\n".repeat(20))
                        .append("]]></system-out>\n  </testcase>\n");
            } else if (t == 7) {
                xml.append(">\n    <flakyFailure message=\"timeout\" type=\"java.util.concurrent.TimeoutException\">"
                        + "<stackTrace><![CDATA[java.util.concurrent.TimeoutException: timeout\n")
                        .append("\tat com.acme.Suite.should(Suite.java:44)\n".repeat(30))
                        .append("]]></stackTrace></flakyFailure>\n  </testcase>\n");
            } else if (t == 9) {
                xml.append(">\n    <skipped message=\"not yet\"/>\n  </testcase>\n");
            } else {
                xml.append("/>\n");
            }
        }
        return xml.append("</testsuite>\n").toString();
    }

    /** Deletes the reports. */
    @TearDown
    public void tearDown() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** The baseline for the JaCoCo report: its bytes, read. */
    @Benchmark
    public long jacocoPlainRead() throws IOException {
        return Files.readAllBytes(jacoco).length;
    }

    /** How fast the JDK's StAX reader alone gets through the JaCoCo report: every event, nothing done with it. */
    @Benchmark
    public long jacocoStaxEventsOnly() throws Exception {
        long events = 0;
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(jacoco), 1 << 16)) {
            javax.xml.stream.XMLStreamReader xml = STAX.createXMLStreamReader(in);
            while (xml.hasNext()) {
                events += xml.next();
            }
            xml.close();
        }
        return events;
    }

    /** The JaCoCo report read into coverage and complexity. */
    @Benchmark
    public CoverageReport jacocoReport() {
        return CoverageReports.read(List.of(jacoco), options);
    }

    /** The baseline for the Surefire reports: their bytes, read file by file. */
    @Benchmark
    public long surefirePlainRead() throws IOException {
        long bytes = 0;
        for (Path file : surefireFiles) {
            bytes += Files.readAllBytes(file).length;
        }
        return bytes;
    }

    /** Surefire's own parser alone, file by file, as {@code TestReports} calls it. */
    @Benchmark
    public int surefireParserOnly() throws Exception {
        int tests = 0;
        TestSuiteXmlParser parser = new TestSuiteXmlParser(new NullConsoleLogger());
        for (Path file : surefireFiles) {
            try (java.io.InputStreamReader reader = new java.io.InputStreamReader(Files.newInputStream(file),
                    java.nio.charset.StandardCharsets.UTF_8)) {
                for (ReportTestSuite suite : parser.parse(reader)) {
                    tests += suite.getNumberOfTests();
                }
            }
        }
        return tests;
    }

    /** The Surefire reports read: listing, the StAX check and Surefire's parser, file by file. */
    @Benchmark
    public TestReport surefireReports() {
        return TestReports.read(List.of(surefire));
    }
}
