package dev.backendaudit.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * audit-core's module exports its API packages and shares its internal helpers with the sibling modules only
 * (the compiler, on the module path, keeps every other module out of them).
 */
class CoreSurfaceTest {

    private static final JavaClasses CORE = PublicSurface.mainClasses("dev.backendaudit");

    @Test
    void should_export_exactly_the_api_packages_under_a_stable_name() {
        PublicSurface.checkExports(Path.of("target/classes"), "dev.backendaudit.core");
    }

    @Test
    void should_not_name_an_internal_type_in_a_public_signature() {
        PublicSurface.noInternalTypesInPublicSignatures().forEach(rule -> rule.check(CORE));
    }
}
