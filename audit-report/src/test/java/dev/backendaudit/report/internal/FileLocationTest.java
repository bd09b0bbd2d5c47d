package dev.backendaudit.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendaudit.model.Provenance;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which provenance locations are files (with lines), which are packages, and which are neither. */
class FileLocationTest {

    private static Provenance at(String location) {
        return Provenance.of("collector", location, Instant.EPOCH);
    }

    @Test
    void should_read_a_file_with_a_line() {
        assertThat(FileLocation.of(at("src/main/java/com/shop/Invoice.java:42")))
                .contains(new FileLocation("src/main/java/com/shop/Invoice.java", Optional.of(42)));
        assertThat(FileLocation.of(at("src/Invoice.java:42:7")))
                .contains(new FileLocation("src/Invoice.java", Optional.of(42)));
    }

    @Test
    void should_read_a_file_without_a_line() {
        assertThat(FileLocation.of(at("perf/peak.hlog"))).contains(new FileLocation("perf/peak.hlog", Optional.empty()));
        assertThat(FileLocation.of(at("jacoco.xml"))).contains(new FileLocation("jacoco.xml", Optional.empty()));
    }

    @Test
    void should_percent_encode_what_a_uri_cannot_hold() {
        assertThat(FileLocation.of(at("docs/r\u00e9sum\u00e9#1.md"))).hasValueSatisfying(f ->
                assertThat(f.uri()).isEqualTo("docs/r%C3%A9sum%C3%A9%231.md"));
    }

    @Test
    void should_not_take_commits_urls_prose_or_packages_for_files() {
        assertThat(FileLocation.of(at("main@4f2a9c1 (52 weeks)"))).isEmpty();
        assertThat(FileLocation.of(at("v1.2..v1.3"))).isEmpty();
        assertThat(FileLocation.of(at("https://grafana.example/d/abc"))).isEmpty();
        assertThat(FileLocation.of(at("com.shop.orders"))).isEmpty();
        assertThat(FileLocation.of(Provenance.manual())).isEmpty();
    }

    @Test
    void should_recognise_a_java_package_but_not_a_dotted_file_name() {
        assertThat(FileLocation.packageOf(at("com.shop.orders.billing"))).contains("com.shop.orders.billing");
        assertThat(FileLocation.packageOf(at("build.gradle"))).isEmpty();
        assertThat(FileLocation.packageOf(at("src/com/shop"))).isEmpty();
    }
}
