package dev.backendaudit.dsl;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.constructors;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Only the entry class and the grammar's step interfaces are public; everything else stays inside. */
class DslArchitectureTest {

    private static JavaClasses dsl;

    @BeforeAll
    static void importDsl() {
        dsl = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.backendaudit.dsl");
    }

    @Test
    void should_make_only_the_entry_class_and_step_interfaces_public() {
        classes().that().arePublic().should().beInterfaces().orShould().haveFullyQualifiedName(BackendAudit.class.getName())
                .because("users start from BackendAudit and see only the grammar; implementations may change freely")
                .check(dsl);
    }

    @Test
    void should_keep_implementations_package_private() {
        classes().that().areNotInterfaces().and().doNotHaveFullyQualifiedName(BackendAudit.class.getName())
                .should().notBePublic().andShould().notBeProtected()
                .check(dsl);
    }

    @Test
    void should_make_the_entry_class_final_with_static_starters_only() {
        classes().that().haveFullyQualifiedName(BackendAudit.class.getName()).should().haveModifier(JavaModifier.FINAL)
                .check(dsl);
        methods().that().areDeclaredIn(BackendAudit.class).and().arePublic().should().beStatic().check(dsl);
        constructors().that().areDeclaredIn(BackendAudit.class).should().bePrivate().check(dsl);
    }

    @Test
    void should_not_reach_into_cores_internals() {
        noClasses().should().dependOnClassesThat().resideInAPackage("dev.backendaudit.internal..")
                .because("audit-dsl is a client of audit-core's public API like any other")
                .check(dsl);
    }

    @Test
    void should_depend_only_on_core_and_the_jdk() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("dev.backendaudit..", "java..")
                .check(dsl);
    }
}
