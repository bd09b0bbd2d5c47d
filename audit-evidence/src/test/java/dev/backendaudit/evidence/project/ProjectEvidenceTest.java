package dev.backendaudit.evidence.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendaudit.checklist.Areas;
import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.checklist.Questions;
import dev.backendaudit.checklist.StandardChecklist;
import dev.backendaudit.engine.Evaluator;
import dev.backendaudit.evidence.architecture.ArchitectureReport;
import dev.backendaudit.evidence.architecture.JavaSources;
import dev.backendaudit.evidence.delivery.DoraReport;
import dev.backendaudit.evidence.delivery.RecordFormatException;
import dev.backendaudit.evidence.git.RepositorySubject;
import dev.backendaudit.evidence.latency.JmeterSteps;
import dev.backendaudit.evidence.latency.RecordingScan;
import dev.backendaudit.evidence.scalability.ExpectedPeak;
import dev.backendaudit.evidence.scalability.ScalabilityReport;
import dev.backendaudit.evidence.scalability.ScalabilityScan;
import dev.backendaudit.evidence.scalability.UslModel;
import dev.backendaudit.evidence.quality.CoverageReport;
import dev.backendaudit.evidence.quality.JacocoWriter;
import dev.backendaudit.evidence.quality.ReportReadException;
import dev.backendaudit.evidence.quality.TestReport;
import dev.backendaudit.model.Answer;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.FindingStatus;
import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.Provenance;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectEvidenceTest {

    static final Instant START = Instant.parse("2026-01-05T09:00:00Z");
    static final Instant END = Instant.parse("2026-03-02T00:00:00Z");

    @TempDir
    Path root;

    @TempDir
    Path elsewhere;

    static final String SUITE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"shop.orders.OrderTest\""
            + " time=\"0.1\" tests=\"2\" errors=\"0\" skipped=\"0\" failures=\"0\">\n"
            + "<testcase name=\"a\" classname=\"shop.orders.OrderTest\" time=\"0.01\"/>\n"
            + "<testcase name=\"b\" classname=\"shop.orders.OrderTest\" time=\"0.01\"/>\n</testsuite>\n";

    /** A Maven module (orders, with reports) and a Gradle module (billing), in one git repository. */
    void multiModuleProject() throws Exception {
        Map<String, String> orders = Map.of(
                "shop.orders.Order", JavaSources.type("shop.orders.Order",
                        "shop.orders.api.Pricing pricing; public static void total() { long x = 0; for (int i = 0; i < 3; i++) { x += i; } }"),
                "shop.orders.api.Pricing", "package shop.orders.api;\npublic interface Pricing { long price(); }\n");
        Path ordersClasses = JavaSources.compile(root.resolve("orders/target/classes"), orders);
        for (var source : orders.entrySet()) {
            Path file = root.resolve("orders/src/main/java/" + source.getKey().replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
        }
        Files.createDirectories(root.resolve("orders/target/site/jacoco"));
        JacocoWriter.runAndReport(ordersClasses, "shop.orders.Order", new String[] {"total"},
                root.resolve("orders/target/site/jacoco/jacoco.xml"));
        Files.createDirectories(root.resolve("orders/target/surefire-reports"));
        Files.writeString(root.resolve("orders/target/surefire-reports/TEST-shop.orders.OrderTest.xml"), SUITE);
        JavaSources.compile(root.resolve("billing/build/classes/java/main"), Map.of(
                "shop.billing.Invoice", JavaSources.type("shop.billing.Invoice", "shop.orders.Order order;")), ordersClasses);
        Files.createDirectories(root.resolve(".github/workflows"));
        Files.writeString(root.resolve(".github/workflows/ci.yml"), "on: push\n");
        Files.writeString(root.resolve(".gitignore"), "target/\nbuild/\n");
        try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
            for (int i = 0; i < 30; i++) {
                Files.writeString(root.resolve("orders/src/main/java/shop/orders/Notes.txt"), "v" + i);
                git.add().addFilepattern(".").call();
                PersonIdent ident = new PersonIdent("Dev", "dev@example.com", START.plusSeconds(i * 100_000L),
                        ZoneOffset.UTC);
                git.commit().setMessage(i % 5 == 0 ? "fix: bug " + i : "feature " + i).setAuthor(ident)
                        .setCommitter(ident).setSign(false).call();
            }
        }
    }

    ProjectOptions options() {
        return ProjectOptions.of(root).history(h -> h.window(START, END));
    }

    static Evidence about(ProjectReport report, dev.backendaudit.model.Topic topic) {
        return report.evidence().stream().filter(e -> e.topic().equals(topic)).findFirst().orElseThrow();
    }

    @Test
    void should_find_and_measure_every_module_of_a_multi_module_project() throws Exception {
        // GIVEN
        multiModuleProject();
        // WHEN
        ProjectReport report = ProjectEvidence.collect(options());
        // THEN every module is found where Maven and Gradle put their output
        assertThat(report.files().modules()).extracting(m -> root.relativize(m.directory()).toString())
                .containsExactly("billing", "orders");
        assertThat(report.sources()).extracting(SourceReport::source).containsExactly("git-history",
                "repository-layout", "delivery-records", "recordings", "compiled-classes", "jacoco", "test-reports", "source-size");
        // AND the classes of both modules are read as one system: billing -> orders, orders -> orders.api
        ArchitectureReport classes = report.source("compiled-classes").detail(ArchitectureReport.class).orElseThrow();
        assertThat(classes.classes()).isEqualTo(3);
        assertThat(classes.components()).extracting(c -> c.name()).containsExactly("shop.billing", "shop.orders");
        assertThat(((Measurement) about(report, Metrics.DEPENDENCY_CYCLES)).baseValue()).isZero();
        assertThat(((Answer) about(report, Questions.ARCHITECTURE_MODULAR)).choice()).isEqualTo("yes");
        // AND the reports are read
        CoverageReport coverage = report.source("jacoco").detail(CoverageReport.class).orElseThrow();
        assertThat(coverage.lineCoverage()).hasValueSatisfying(c -> assertThat(c).isPositive());
        assertThat(((Measurement) about(report, Metrics.TEST_COVERAGE)).baseValue()).isPositive();
        assertThat(report.source("test-reports").detail(TestReport.class).orElseThrow().tests()).isEqualTo(2);
        assertThat(report.source("git-history").evidence()).isNotEmpty();
        assertThat(report.subject()).isEqualTo(RepositorySubject.of(root)).startsWith(root.getFileName() + "@");
        assertThat(report.source("delivery-records").unknowns()).containsExactly("no deployment records given:"
                + " deployment frequency, lead time, change failure rate and time to restore stay unknown");
        // AND the verdict has measured evidence in Architecture and Code quality
        Verdict verdict = Evaluator.evaluate(Audit.builder("shop").at(report.at())
                .checklist(StandardChecklist.checklist()).evidence(report.evidence()).build());
        assertThat(verdict.area(Areas.ARCHITECTURE).coverage().decided()).isEqualTo(3);
        // (Code quality: coverage and complexity from JaCoCo, the bug-fix share from the history; the throughput trend
        // stays UNKNOWN, since a trend needs 5 complete quarters of history and this one holds 8 weeks)
        assertThat(verdict.area(Areas.CODE_QUALITY).findings()).filteredOn(f -> f.status() != FindingStatus.UNKNOWN)
                .extracting(f -> f.criterion().id()).containsExactlyInAnyOrder("code-quality.test-coverage",
                        "code-quality.mean-complexity", "code-quality.bug-fix-share");
        assertThat(report.unknowns()).anyMatch(u -> u.startsWith("git-history: the history holds 0 complete quarters"));
        assertThat(report.coverage(verdict)).contains("  Architecture              3 of 6 decided  from compiled-classes\n")
                .containsPattern("  Code quality +\\d+ of \\d+ decided  from git-history, jacoco\n");
    }

    @Test
    void should_say_what_stays_unknown_in_a_directory_that_holds_nothing() {
        // WHEN
        ProjectReport report = ProjectEvidence.collect(options());
        // THEN
        assertThat(report.evidence()).isEmpty();
        assertThat(report.subject()).isEqualTo(root.toAbsolutePath().normalize().toString());
        assertThat(report.unknowns()).contains(
                "git-history: " + root + " is in no git repository (not a work tree, a directory inside one, or a"
                        + " bare repository): commit throughput, fixes, refixes, hotspots and releases stay unknown",
                "compiled-classes: no compiled classes under " + root + " (looked for target/classes,"
                        + " build/classes/java/main and build/classes/kotlin/main in every module): dependency cycles,"
                        + " component metrics and modularity stay unknown; build the project first",
                "jacoco: no JaCoCo XML report under " + root + " (looked for target/site/jacoco*/jacoco.xml and"
                        + " build/reports/jacoco/test/jacocoTestReport.xml): test coverage and method complexity stay"
                        + " unknown; add jacoco-maven-plugin's prepare-agent and report goals and run the tests",
                "test-reports: no test reports under " + root + " (looked for TEST-*.xml in target/surefire-reports,"
                        + " target/failsafe-reports and build/test-results/test): test failures and flaky tests stay"
                        + " unknown; run the tests first",
                "source-size: no main sources under " + root + " (looked for src/main/java in every module): oversized"
                        + " files and classes stay unknown");
        assertThat(report.summary()).contains("compiled-classes: nothing measured\n  UNKNOWN: no compiled classes");
    }

    @Test
    void should_count_only_the_delivery_records_of_the_audited_service() throws Exception {
        // GIVEN one deployment log and one incident log holding the records of two services
        Path deployments = Files.writeString(root.resolve("deployments.csv"), "time,service,version,status\n"
                + "2026-01-10T10:00:00Z,checkout,1.0,success\n2026-01-12T10:00:00Z,billing,7.0,success\n"
                + "2026-01-13T10:00:00Z,billing,7.1,failure\n2026-01-14T10:00:00Z,billing,7.2,success\n"
                + "2026-01-20T10:00:00Z,checkout,1.1,failure\n");
        Path incidents = Files.writeString(root.resolve("incidents.csv"), "start,restored,service,caused_by\n"
                + "2026-01-13T11:00:00Z,2026-01-13T15:00:00Z,billing,7.1\n");
        // WHEN checkout is audited (its subject's last segment names the service), and then billing by name
        ProjectReport checkout = ProjectEvidence.collect(options().subject("github.com/shop/checkout")
                .deployments(deployments).incidents(incidents));
        ProjectReport billing = ProjectEvidence.collect(options().subject("github.com/shop/checkout")
                .deployments(deployments).incidents(incidents).service("billing"));
        // THEN each counts its own records only, and says how many of the other service it left out
        DoraReport own = checkout.source("delivery-records").detail(DoraReport.class).orElseThrow();
        assertThat(own.service()).isEqualTo("checkout");
        assertThat(own.deployments()).isEqualTo(2);
        assertThat(own.changeFailures()).isEqualTo(1);
        assertThat(own.medianTimeToRestore()).isEmpty();
        assertThat(own.notes()).containsExactly("3 deployment and 1 incident records of other services (billing) are"
                + " not counted");
        assertThat(checkout.source("delivery-records").summary()).startsWith("delivery records of service 'checkout',");
        assertThat(checkout.subject()).isEqualTo("github.com/shop/checkout");
        DoraReport other = billing.source("delivery-records").detail(DoraReport.class).orElseThrow();
        assertThat(other.service()).isEqualTo("billing");
        assertThat(other.deployments()).isEqualTo(3);
        assertThat(other.changeFailures()).isEqualTo(1);
        assertThat(other.medianTimeToRestore()).hasValue(java.time.Duration.ofHours(4));
        // AND a subject that none of several services is fails, naming them
        assertThatThrownBy(() -> ProjectEvidence.collect(options().subject("orders").deployments(deployments)))
                .isInstanceOf(RecordFormatException.class)
                .hasMessage(deployments + ": the records are of the services [billing, checkout], and none is the"
                        + " audited subject 'orders': name the service to audit");
    }

    @Test
    void should_measure_the_recordings_a_project_holds_or_those_named_instead() throws Exception {
        // GIVEN a project holding a stepped JMeter run (JMeter's own writer), and a load test outside it
        Path perf = Files.createDirectories(root.resolve("perf"));
        JmeterSteps.write(perf.resolve("stepped.jtl"), new UslModel(0.03, 0.0005, 50), 10, 8, 20);
        Path named = elsewhere.resolve("named-steps.csv");
        Files.writeString(named, "concurrency,throughput\n1,50\n2,97\n4,180\n8,300\n16,420\n32,480\n64,430\n");
        // WHEN found
        ProjectReport found = ProjectEvidence.collect(options().recordings(ProjectRecordings.found()
                .expectedPeak(ExpectedPeak.of(30, "plan"))));
        // THEN the run gives latency at normal and peak load and the USL fit judged against the peak
        SourceReport recordings = found.source("recordings");
        assertThat(recordings.evidence()).extracting(e -> e.topic().id())
                .contains("performance.latency-p95-peak", "scalability.peak-headroom", "scalability.handles-spikes");
        assertThat(recordings.summary()).startsWith("latency recordings in " + root + "\n"
                + "  perf/stepped.jtl (JMeter result file (CSV)): read and used (the newest)\n")
                .contains("load tests in " + root + "\n  perf/stepped.jtl: 10 steps\n");
        ProjectRecordings.Measured detail = recordings.detail(ProjectRecordings.Measured.class).orElseThrow();
        assertThat(detail.latency()).containsInstanceOf(RecordingScan.class);
        assertThat(detail.loadTest()).containsInstanceOf(ScalabilityScan.class);
        // WHEN a load test is named: it replaces the search for load tests, not for latency recordings
        ProjectReport chosen = ProjectEvidence.collect(options().recordings(ProjectRecordings.found().loadTest(named)));
        ProjectRecordings.Measured measured = chosen.source("recordings").detail(ProjectRecordings.Measured.class)
                .orElseThrow();
        assertThat(measured.latency()).containsInstanceOf(RecordingScan.class);
        assertThat(measured.loadTest()).containsInstanceOf(ScalabilityReport.class);
        assertThat(chosen.source("recordings").summary()).contains("load test " + named).doesNotContain("load tests in");
    }

    @Test
    void should_refuse_a_jacoco_report_of_another_project() throws Exception {
        // GIVEN this project's classes, and a report of HdrHistogram's classes where its report belongs
        JavaSources.compile(root.resolve("target/classes"), Map.of("shop.A", JavaSources.type("shop.A", "")));
        Path jar = Path.of(org.HdrHistogram.Histogram.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path xml = Files.createDirectories(root.resolve("target/site/jacoco")).resolve("jacoco.xml");
        JacocoWriter.analyzeAndReport(jar, "HdrHistogram", xml);
        // WHEN / THEN
        assertThatThrownBy(() -> ProjectEvidence.collect(options())).isInstanceOf(ReportReadException.class)
                .hasMessageStartingWith(xml + " describes another project: none of its ")
                .hasMessageEndingWith(" is among this project's 1 compiled classes; expected the JaCoCo report of "
                        + root + " (a report copied from elsewhere, or older than a rename?)");
    }

    @Test
    void should_run_a_further_source_after_the_standard_ones() {
        // GIVEN a team's own source
        EvidenceSource manual = new EvidenceSource() {
            @Override
            public String name() {
                return "load-test";
            }

            @Override
            public SourceReport collect(ProjectFiles files, ProjectOptions options) {
                Measurement p95 = Measurement.of(Metrics.LATENCY_P95_PEAK, Quantity.millis(420),
                        Provenance.of(name(), "perf/peak.hlog", options.at()));
                return SourceReport.measured(name(), "load test: p95 420 ms\n", List.of(), List.of(p95), p95);
            }
        };
        // WHEN
        ProjectReport report = ProjectEvidence.collect(options().source(manual));
        // THEN
        assertThat(report.sources().get(report.sources().size() - 1).source()).isEqualTo("load-test");
        assertThat(report.evidence()).extracting(e -> e.topic().id()).containsExactly("performance.latency-p95-peak");
        assertThat(report.source("load-test").detail(Measurement.class)).isPresent();
        assertThatThrownBy(() -> report.source("load-tests")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("source name must name a source of this report, but was 'load-tests'; did you mean"
                        + " 'load-test'? Known: [compiled-classes, delivery-records, git-history, jacoco, load-test,"
                        + " recordings, repository-layout, source-size, test-reports]");
    }

    @Test
    void should_refuse_incidents_without_deployments_and_a_root_that_is_not_a_directory() {
        assertThatThrownBy(() -> options().incidents(root.resolve("incidents.csv")))
                .hasMessage("incident records need deployment records beside them (the DORA measures rest on"
                        + " deployments), but only incidents " + root.resolve("incidents.csv") + " were given");
        assertThatThrownBy(() -> options().service("billing")).hasMessage("service needs deployment records beside it"
                + " (it picks whose records count), but service 'billing' was given without any");
        assertThatThrownBy(() -> options().subject(" ")).hasMessage("subject must not be blank, but was ' '");
        assertThatThrownBy(() -> ProjectEvidence.collect(ProjectOptions.of(root.resolve("missing"))))
                .hasMessage("project directory must be a directory, but was " + root.resolve("missing"));
    }
}
