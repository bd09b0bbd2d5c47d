package dev.backendaudit.dsl;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.backendaudit.architecture.PublicSurface;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** audit-dsl's module exports exactly its API packages, and no public signature there names an internal type. */
class DslSurfaceTest {

    private static final JavaClasses CLASSES = PublicSurface.mainClasses("dev.backendaudit.dsl");

    @Test
    void should_export_exactly_the_api_packages_under_a_stable_name() {
        PublicSurface.checkExports(Path.of("target/classes"), "dev.backendaudit.dsl");
    }

    @Test
    void should_not_name_an_internal_type_in_a_public_signature() {
        PublicSurface.noInternalTypesInPublicSignatures().forEach(rule -> rule.check(CLASSES));
    }
}
