package dev.backendaudit.examples.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.model.Dependency;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * audit-bom, the one import that keeps a user's backend-audit modules in step, names every module the reactor
 * publishes and nothing else. The list of modules is read from the reactor's POMs, so a module added to the reactor
 * and published, or one that stops being published, fails this test until the BOM follows.
 */
class BomTest {

    private static Reactor reactor;
    private static Reactor.Module bom;

    @BeforeAll
    static void readReactor() throws IOException {
        reactor = Reactor.ofThisRepository();
        bom = reactor.module("audit-bom");
    }

    @Test
    void should_list_exactly_the_published_jar_modules_of_the_reactor() {
        // GIVEN the modules a user can depend on: published, with a jar
        List<String> published = reactor.published().stream().filter(Reactor.Module::jar)
                .map(Reactor.Module::artifactId).collect(Collectors.toList());
        assertThat(published).as("published jar modules of the reactor").isNotEmpty().contains("audit-core");

        // WHEN the BOM is read as written
        List<String> listed = managed().stream().map(Dependency::getArtifactId).collect(Collectors.toList());

        // THEN it names each of them once, and no other module
        assertThat(listed).as("the artifacts audit-bom manages").doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(published);
    }

    @Test
    void should_pin_every_entry_to_the_version_and_group_of_the_reactor() {
        assertThat(bom.raw().getParent()).as("audit-bom inherits nothing: importing it brings in only its entries").isNull();
        assertThat(bom.version()).isEqualTo(reactor.root().version());
        assertThat(bom.groupId()).isEqualTo(reactor.root().groupId());
        for (Dependency dependency : managed()) {
            Reactor.Module module = reactor.module(dependency.getArtifactId());
            assertThat(dependency.getGroupId()).as(dependency.getArtifactId() + " groupId")
                    .isEqualTo(module.groupId());
            assertThat(dependency.getVersion()).as(dependency.getArtifactId() + " version").isEqualTo("${project.version}");
            assertThat(dependency.getType()).as(dependency.getArtifactId() + " type").isEqualTo("jar");
            assertThat(dependency.getScope()).as(dependency.getArtifactId() + " scope (the user's to choose)").isNull();
        }
    }

    private static List<Dependency> managed() {
        return bom.raw().getDependencyManagement().getDependencies();
    }
}
