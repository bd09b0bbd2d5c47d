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
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("dev.backendaudit..", "java..", "org.slf4j..")
                .check(CORE);
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
