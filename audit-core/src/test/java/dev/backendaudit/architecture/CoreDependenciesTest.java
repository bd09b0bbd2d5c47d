package dev.backendaudit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** audit-core stays light: the JDK and SLF4J only, and the model depends on nothing above it. */
class CoreDependenciesTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.backendaudit");

    @Test
    void should_depend_on_the_jdk_and_slf4j_only() {
        // org.immutables.value: the annotations that drive the compile-time generation of builders and
        // withers (class retention, scope provided); nothing of it is used at run time, which the next rule checks
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("dev.backendaudit..", "java..", "org.slf4j..", "org.immutables.value..")
                .check(CORE);
    }

    @Test
    void should_use_immutables_for_annotations_only() {
        // annotations (and their members) only: no call, field or constructor of Immutables is reached
        noClasses().should().accessClassesThat().resideInAPackage("org.immutables..").check(CORE);
    }

    @Test
    void should_keep_the_model_free_of_scoring_and_engine() {
        noClasses().that().resideInAPackage("dev.backendaudit.model..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("dev.backendaudit.scoring..", "dev.backendaudit.engine..",
                        "dev.backendaudit.checklist..", "dev.backendaudit.text..")
                .check(CORE);
    }

    @Test
    void should_keep_the_certainty_values_the_verdict_carries_free_of_scoring_and_engine() {
        // the model refers to them, so they must not pull scoring or the engine into it; only the search does
        noClasses().that().resideInAPackage("dev.backendaudit.bounds")
                .and().doNotHaveSimpleName("CertaintySearch")
                .should().dependOnClassesThat()
                .resideInAnyPackage("dev.backendaudit.scoring..", "dev.backendaudit.engine..", "dev.backendaudit.text..",
                        "dev.backendaudit.bounds.internal..")
                .check(CORE);
    }
}
