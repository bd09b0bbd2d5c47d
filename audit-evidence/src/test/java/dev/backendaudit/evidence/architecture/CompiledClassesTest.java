package dev.backendaudit.evidence.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.checklist.Questions;
import dev.backendaudit.model.Answer;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.Topic;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompiledClassesTest {

    static final Instant AT = Instant.parse("2026-11-20T09:00:00Z");

    @TempDir
    Path dir;

    /** orders and billing use each other; catalog is used by orders; the api package is all interfaces. */
    Path shop() throws Exception {
        return JavaSources.compile(dir.resolve("classes"), Map.of(
                "com.shop.orders.Order", JavaSources.type("com.shop.orders.Order",
                        "com.shop.billing.Invoice invoice; com.shop.catalog.Item item;"),
                "com.shop.orders.OrderLine", JavaSources.type("com.shop.orders.OrderLine", "int quantity;"),
                "com.shop.billing.Invoice", JavaSources.type("com.shop.billing.Invoice",
                        "Object bill(com.shop.orders.Order order) { return order; }"),
                "com.shop.catalog.Item", JavaSources.type("com.shop.catalog.Item", "String name;"),
                "com.shop.api.Pricing", "package com.shop.api;\npublic interface Pricing { long price(); }\n"));
    }

    static Evidence about(ArchitectureReport report, Topic topic) {
        return report.evidence().stream().filter(e -> e.topic().equals(topic)).findFirst().orElseThrow();
    }

    @Test
    void should_name_each_component_cycle_with_an_example_dependency_on_every_edge() throws Exception {
        // WHEN
        ArchitectureReport report = CompiledClasses.analyze(ClassesOptions.of(shop()).at(AT));
        // THEN
        assertThat(report.classes()).isEqualTo(5);
        assertThat(report.rootPackage()).isEqualTo("com.shop");
        assertThat(report.componentCycles()).hasSize(1);
        DependencyCycle cycle = report.componentCycles().get(0);
        assertThat(cycle.path()).isEqualTo("com.shop.billing -> com.shop.orders -> com.shop.billing");
        assertThat(cycle.edges()).extracting(CycleEdge::originClass, CycleEdge::targetClass)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("com.shop.billing.Invoice", "com.shop.orders.Order"),
                        org.assertj.core.groups.Tuple.tuple("com.shop.orders.Order", "com.shop.billing.Invoice"));
        assertThat(cycle.edges().get(0).example())
                .isEqualTo("Method <com.shop.billing.Invoice.bill(com.shop.orders.Order)> has parameter of type"
                        + " <com.shop.orders.Order> in (Invoice.java:0)");
        assertThat(cycle.edges().get(1).example())
                .isEqualTo("Field <com.shop.orders.Order.invoice> has type <com.shop.billing.Invoice> in (Order.java:0)");
        assertThat(report.packageCycles()).extracting(DependencyCycle::path)
                .containsExactly("com.shop.billing -> com.shop.orders -> com.shop.billing");
    }

    @Test
    void should_turn_a_component_cycle_into_standard_architecture_evidence() throws Exception {
        // WHEN
        ArchitectureReport report = CompiledClasses.analyze(ClassesOptions.of(shop()).at(AT));
        // THEN
        assertThat(((Measurement) about(report, Metrics.DEPENDENCY_CYCLES)).baseValue()).isEqualTo(1);
        Answer modular = (Answer) about(report, Questions.ARCHITECTURE_MODULAR);
        assertThat(modular.describe()).isEqualTo("no (components depend on each other in a cycle:"
                + " com.shop.billing -> com.shop.orders -> com.shop.billing)");
        assertThat(about(report, Questions.COMPONENTS_SCALE_INDEPENDENTLY).describe()).isEqualTo("no (components in a"
                + " dependency cycle cannot be deployed or scaled without each other: com.shop.billing -> com.shop.orders"
                + " -> com.shop.billing)");
        assertThat(modular.provenance().toString()).isEqualTo("compiled-classes (" + dir.resolve("classes")
                + ", 5 classes, 4 components by packages 1 level below the root package, 2026-11-20T09:00:00Z)");
    }

    @Test
    void should_measure_each_component_with_archunits_dependency_metrics() throws Exception {
        // WHEN
        ArchitectureReport report = CompiledClasses.analyze(ClassesOptions.of(shop()).at(AT));
        // THEN: Ce and Ca count other components; I = Ce / (Ca + Ce); A = abstract types / types; D = |A + I - 1|
        assertThat(report.components()).extracting(ComponentMetrics::name)
                .containsExactly("com.shop.api", "com.shop.billing", "com.shop.catalog", "com.shop.orders");
        ComponentMetrics orders = report.components().get(3);
        assertThat(orders.classes()).isEqualTo(2);
        assertThat(orders.efferent()).isEqualTo(2);
        assertThat(orders.afferent()).isEqualTo(1);
        assertThat(orders.instability()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(orders.abstractness()).isZero();
        assertThat(orders.distance()).isCloseTo(1.0 / 3, within(1e-9));
        ComponentMetrics catalog = report.components().get(2);
        assertThat(catalog.instability()).isZero();
        assertThat(catalog.distance()).isEqualTo(1.0);    // concrete and stable: the zone of pain
        ComponentMetrics api = report.components().get(0);
        assertThat(api.abstractness()).isEqualTo(1.0);     // untouched by others: ArchUnit's instability 1
        assertThat(api.distance()).isEqualTo(1.0);
        double mean = (1.0 + 0.5 + 1.0 + 1.0 / 3) / 4;
        assertThat(report.meanDistance()).hasValueSatisfying(d -> assertThat(d).isCloseTo(mean, within(1e-9)));
        assertThat(((Measurement) about(report, Metrics.MAIN_SEQUENCE_DISTANCE)).baseValue()).isCloseTo(mean, within(1e-9));
        // Lakos: api reaches 1, catalog 1, billing and orders each reach billing, orders, catalog: 1 + 1 + 3 + 3
        assertThat(report.cumulativeDependency()).hasValue(8);
        assertThat(((Measurement) about(report, StructureMetrics.CUMULATIVE_COMPONENT_DEPENDENCY)).baseValue()).isEqualTo(8);
    }

    @Test
    void should_answer_modular_when_components_form_no_cycle() throws Exception {
        // GIVEN a layered system: web -> domain -> store
        Path classes = JavaSources.compile(dir.resolve("layered"), Map.of(
                "app.web.Controller", JavaSources.type("app.web.Controller", "app.domain.Service service;"),
                "app.domain.Service", JavaSources.type("app.domain.Service", "app.store.Repository repository;"),
                "app.store.Repository", JavaSources.type("app.store.Repository", "")));
        // WHEN
        ArchitectureReport report = CompiledClasses.analyze(ClassesOptions.of(classes).at(AT));
        // THEN
        assertThat(report.componentCycles()).isEmpty();
        assertThat(((Measurement) about(report, Metrics.DEPENDENCY_CYCLES)).baseValue()).isZero();
        assertThat(about(report, Questions.ARCHITECTURE_MODULAR).describe())
                .isEqualTo("yes (3 components, and no dependency cycle between them)");
        assertThat(report.evidence()).noneMatch(e -> e.topic().equals(Questions.COMPONENTS_SCALE_INDEPENDENTLY));
        assertThat(report.unknowns()).containsExactly("whether components scale independently: compiled classes show"
                + " no cycle that would tie components together, but not whether they are deployed and scaled apart");
        assertThat(report.cumulativeDependency()).hasValue(3 + 2 + 1);
    }

    @Test
    void should_leave_component_evidence_unknown_when_all_classes_fall_into_one_component() throws Exception {
        // GIVEN
        Path classes = JavaSources.compile(dir.resolve("flat"), Map.of(
                "app.A", JavaSources.type("app.A", "app.B b;"), "app.B", JavaSources.type("app.B", "app.A a;")));
        // WHEN
        ArchitectureReport report = CompiledClasses.analyze(ClassesOptions.of(classes).at(AT));
        // THEN
        assertThat(report.evidence()).isEmpty();
        assertThat(report.unknowns()).containsExactly(
                "package cycles: all classes are in one package, so no package can depend on another",
                "dependency cycles between components, distance from the main sequence, whether the system is modular:"
                        + " the classes fall into one component (app) by packages 1 level below the root package; draw"
                        + " components with a deeper level or a mapping of package prefixes");
    }

    @Test
    void should_group_components_by_a_mapping_of_package_prefixes() throws Exception {
        // WHEN orders and billing are mapped into one component; catalog into none
        ArchitectureReport report = CompiledClasses.analyze(ClassesOptions.of(shop()).at(AT)
                .components(Components.byPrefix(Map.of("com.shop.orders", "sales", "com.shop.billing", "sales",
                        "com.shop.api", "api"))));
        // THEN
        assertThat(report.components()).extracting(ComponentMetrics::name).containsExactly("api", "sales");
        assertThat(report.unassignedClasses()).isEqualTo(1);
        assertThat(report.componentCycles()).isEmpty();
        assertThat(report.packageCycles()).hasSize(1);
        assertThat(((Measurement) about(report, StructureMetrics.PACKAGE_CYCLES)).baseValue()).isEqualTo(1);
    }

    @Test
    void should_read_a_jar_exactly_as_its_class_directory() throws Exception {
        // GIVEN
        Path classes = shop();
        Path jar = JavaSources.jar(classes, dir.resolve("shop.jar"));
        // WHEN
        ArchitectureReport fromDirectory = CompiledClasses.analyze(ClassesOptions.of(classes).at(AT));
        ArchitectureReport fromJar = CompiledClasses.analyze(ClassesOptions.of(jar).at(AT));
        // THEN
        assertThat(fromJar.classes()).isEqualTo(5);
        assertThat(fromJar.components()).isEqualTo(fromDirectory.components());
        assertThat(fromJar.componentCycles()).isEqualTo(fromDirectory.componentCycles());
        assertThat(fromJar.classFileVersions()).isEqualTo(Integer.toString(Runtime.version().feature() + 44));
    }

    @Test
    void should_leave_test_classes_out_unless_asked_for() throws Exception {
        // GIVEN a Maven test-classes directory
        Path tests = JavaSources.compile(dir.resolve("module/target/test-classes"), Map.of(
                "app.web.ControllerTest", JavaSources.type("app.web.ControllerTest", "")));
        // WHEN
        ArchitectureReport included = CompiledClasses.analyze(ClassesOptions.of(tests).includeTests(true).at(AT));
        // THEN
        assertThat(included.classes()).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CompiledClasses.analyze(ClassesOptions.of(tests)))
                .isInstanceOf(ClassImportException.class)
                .hasMessage(tests + " holds only test classes (1 class files), which are left out: point at the main"
                        + " classes, or include tests");
    }

    @Test
    void should_report_that_cycle_enumeration_stopped_at_the_limit() throws Exception {
        // GIVEN three packages that all use each other: 5 elementary cycles
        Path classes = JavaSources.compile(dir.resolve("tangle"), Map.of(
                "t.a.A", JavaSources.type("t.a.A", "t.b.B b; t.c.C c;"),
                "t.b.B", JavaSources.type("t.b.B", "t.a.A a; t.c.C c;"),
                "t.c.C", JavaSources.type("t.c.C", "t.a.A a; t.b.B b;")));
        // WHEN
        ArchitectureReport all = CompiledClasses.analyze(ClassesOptions.of(classes).at(AT));
        ArchitectureReport limited = CompiledClasses.analyze(ClassesOptions.of(classes).maxCycles(2).at(AT));
        // THEN
        assertThat(all.componentCycles()).extracting(DependencyCycle::path).containsExactly(
                "t.a -> t.b -> t.a", "t.a -> t.c -> t.a", "t.b -> t.c -> t.b", "t.a -> t.b -> t.c -> t.a",
                "t.a -> t.c -> t.b -> t.a");
        assertThat(all.componentCyclesTruncated()).isFalse();
        assertThat(limited.componentCyclesTruncated()).isTrue();
        assertThat(about(limited, Metrics.DEPENDENCY_CYCLES).provenance().location()).hasValueSatisfying(l ->
                assertThat(l).endsWith("(enumeration stopped at " + limited.componentCycles().size()
                        + " cycles: there are at least that many)"));
        assertThat(List.of(limited.summary().split("\n"))).contains("  at least " + limited.componentCycles().size()
                + " component cycles");
    }
}
