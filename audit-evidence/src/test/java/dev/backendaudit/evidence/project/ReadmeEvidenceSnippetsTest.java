package dev.backendaudit.evidence.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendaudit.checklist.Areas;
import dev.backendaudit.checklist.StandardChecklist;
import dev.backendaudit.engine.Evaluator;
import dev.backendaudit.evidence.architecture.ArchitectureReport;
import dev.backendaudit.evidence.architecture.ClassesOptions;
import dev.backendaudit.evidence.architecture.CompiledClasses;
import dev.backendaudit.evidence.architecture.Components;
import dev.backendaudit.evidence.architecture.JavaSources;
import dev.backendaudit.evidence.quality.CoverageOptions;
import dev.backendaudit.evidence.quality.CoverageReport;
import dev.backendaudit.evidence.quality.CoverageReports;
import dev.backendaudit.evidence.quality.JacocoWriter;
import dev.backendaudit.evidence.quality.SourceSize;
import dev.backendaudit.evidence.quality.SourceSizeReport;
import dev.backendaudit.evidence.quality.TestReport;
import dev.backendaudit.evidence.quality.TestReports;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's snippets for compiled classes, build reports and the one-call project audit, run on
 * a project these tests build: {@code ReadmeDslTest} in audit-examples keeps the README equal to
 * the tagged regions.
 */
class ReadmeEvidenceSnippetsTest {

    @TempDir
    Path project;

    @BeforeEach
    void buildProject() throws Exception {
        Path classes = JavaSources.compile(project.resolve("target/classes"), Map.of(
                "com.acme.orders.Order", JavaSources.type("com.acme.orders.Order",
                        "com.acme.billing.Invoice invoice; public static void place() { }"),
                "com.acme.billing.Invoice", JavaSources.type("com.acme.billing.Invoice", "com.acme.orders.Order order;")));
        Files.createDirectories(project.resolve("target/site/jacoco"));
        JacocoWriter.runAndReport(classes, "com.acme.orders.Order", new String[] {"place"},
                project.resolve("target/site/jacoco/jacoco.xml"));
        Files.createDirectories(project.resolve("target/surefire-reports"));
        Files.writeString(project.resolve("target/surefire-reports/TEST-com.acme.orders.OrderTest.xml"),
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"com.acme.orders.OrderTest\" time=\"0.2\""
                        + " tests=\"1\" errors=\"0\" skipped=\"0\" failures=\"0\"><testcase name=\"should_place\""
                        + " classname=\"com.acme.orders.OrderTest\" time=\"0.1\"/></testsuite>\n");
        Path sources = Files.createDirectories(project.resolve("src/main/java/com/acme/orders"));
        Files.writeString(sources.resolve("Order.java"), "package com.acme.orders;\npublic class Order { }\n");
    }

    @Test
    void should_run_the_project_snippet() {
        Instant since = Instant.parse("2026-01-01T00:00:00Z");
        Instant until = Instant.parse("2026-07-01T00:00:00Z");
        // tag::project[]
        ProjectReport report = ProjectEvidence.collect(ProjectOptions.of(project)
                .history(h -> h.window(since, until)));
        Audit audit = Audit.builder("checkout-service")
                .at(report.at())
                .checklist(StandardChecklist.checklist())
                .evidence(report.evidence())
                .build();
        Verdict verdict = Evaluator.evaluate(audit);
        System.out.print(report.summary());            // what each source measured, and what stayed UNKNOWN, and why
        System.out.print(report.coverage(verdict));    // per area: criteria decided, and by which sources
        // end::project[]
        assertThat(report.source("git-history").unknowns()).hasSize(1);
        assertThat(verdict.area(Areas.ARCHITECTURE).coverage().decided()).isEqualTo(4);   // orders and billing form a cycle
        assertThat(verdict.area(Areas.CODE_QUALITY).coverage().decided()).isEqualTo(2);
    }

    @Test
    void should_run_the_classes_snippet() {
        // tag::classes[]
        ArchitectureReport report = CompiledClasses.analyze(ClassesOptions.of(project.resolve("target/classes"))
                .components(Components.byPrefix(Map.of("com.acme.orders", "orders", "com.acme.billing", "billing"))));
        report.componentCycles().forEach(cycle -> {
            System.out.println(cycle.path());                                   // billing -> orders -> billing
            cycle.edges().forEach(edge -> System.out.println("  " + edge.example()));
        });
        report.components();       // Ce, Ca, instability, abstractness, distance from the main sequence, per component
        // end::classes[]
        assertThat(report.componentCycles()).extracting(c -> c.path()).containsExactly("billing -> orders -> billing");
    }

    @Test
    void should_run_the_reports_snippet() {
        // tag::reports[]
        CoverageReport coverage = CoverageReports.read(List.of(project.resolve("target/site/jacoco/jacoco.xml")),
                CoverageOptions.defaults().complexityBound(10).worstMethods(5));
        coverage.lineCoverage();      // Optional[0.333...]: covered lines over all lines
        coverage.worstMethods();      // the most complex methods, named, from JaCoCo's COMPLEXITY counters
        TestReport tests = TestReports.read(List.of(project.resolve("target/surefire-reports")));
        tests.flakyTests();           // failed, then passed on a rerun
        SourceSizeReport size = SourceSize.measure(List.of(project.resolve("src/main/java")),
                SourceSize.DEFAULT_FILE_BOUND, SourceSize.DEFAULT_CLASS_BOUND, Instant.now());
        size.oversizedClasses();
        // end::reports[]
        assertThat(coverage.lineCoverage()).hasValue(1.0 / 3);
        assertThat(tests.tests()).isEqualTo(1);
        assertThat(size.files()).isEqualTo(1);
    }
}
