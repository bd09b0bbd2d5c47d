package dev.backendaudit.evidence.git.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendaudit.evidence.git.CouplingKind;
import dev.backendaudit.evidence.git.HistoryOptions;
import org.junit.jupiter.api.Test;

class FileKindsTest {

    final FileKinds kinds = new FileKinds(HistoryOptions.DEFAULT_GENERATED_FILES);

    @Test
    void should_match_the_default_globs_of_lock_and_generated_files() {
        assertThat(kinds.generated("yarn.lock")).isTrue();
        assertThat(kinds.generated("web/package-lock.json")).isTrue();
        assertThat(kinds.generated("Cargo.lock")).isTrue();
        assertThat(kinds.generated("go.sum")).isTrue();
        assertThat(kinds.generated("static/app.min.js")).isTrue();
        assertThat(kinds.generated("generated/Api.java")).isTrue();
        assertThat(kinds.generated("build/generated-sources/annotations/Foo.java")).isTrue();
        assertThat(kinds.generated("src/main/java/Lock.java")).isFalse();
        assertThat(kinds.generated("package.json")).isFalse();
        assertThat(kinds.generated("src/generatedness/Foo.java")).isFalse();
    }

    @Test
    void should_keep_star_within_a_directory_and_let_double_star_cross_them() {
        FileKinds custom = new FileKinds(java.util.List.of("docs/*.md", "out/**"));
        assertThat(custom.generated("docs/a.md")).isTrue();
        assertThat(custom.generated("docs/x/a.md")).isFalse();
        assertThat(custom.generated("out/a/b/c.txt")).isTrue();
        assertThat(custom.generated("src/out/c.txt")).isFalse();
    }

    @Test
    void should_tell_a_class_and_its_own_test_from_other_pairs() {
        assertThat(FileKinds.pair("src/main/java/a/Order.java", "src/test/java/a/OrderTests.java"))
                .isEqualTo(CouplingKind.CLASS_AND_TEST);
        assertThat(FileKinds.pair("src/main/java/a/Order.java", "src/it/java/a/OrderIT.java"))
                .isEqualTo(CouplingKind.CLASS_AND_TEST);
        assertThat(FileKinds.pair("src/Order.groovy", "src/OrderSpec.groovy")).isEqualTo(CouplingKind.CLASS_AND_TEST);
        assertThat(FileKinds.pair("pkg/order.go", "pkg/order_test.go")).isEqualTo(CouplingKind.CLASS_AND_TEST);
        assertThat(FileKinds.pair("app/order.py", "tests/test_order.py")).isEqualTo(CouplingKind.CLASS_AND_TEST);
        assertThat(FileKinds.pair("web/order.ts", "web/order.spec.ts")).isEqualTo(CouplingKind.CLASS_AND_TEST);
        assertThat(FileKinds.pair("src/main/java/a/Order.java", "src/test/java/a/CartTests.java"))
                .isEqualTo(CouplingKind.OTHER);
        assertThat(FileKinds.pair("src/main/java/a/Order.java", "src/main/java/a/Cart.java"))
                .isEqualTo(CouplingKind.PRODUCTION);
        assertThat(FileKinds.pair(".github/workflows/ci.yml", ".github/workflows/release.yml"))
                .isEqualTo(CouplingKind.CI_OR_CONFIGURATION);
        assertThat(FileKinds.pair("src/main/java/a/Order.java", "src/main/resources/application.yml"))
                .isEqualTo(CouplingKind.CI_OR_CONFIGURATION);
        assertThat(FileKinds.pair("README.md", "docs/guide.adoc")).isEqualTo(CouplingKind.OTHER);
    }
}
