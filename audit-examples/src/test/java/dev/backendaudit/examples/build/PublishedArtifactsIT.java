package dev.backendaudit.examples.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.maven.model.Developer;
import org.apache.maven.model.License;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.Profile;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What Maven Central requires of every published module, checked after {@code mvn package} has built the reactor's
 * jars (Failsafe runs it in audit-examples, which comes after every published module): the metadata, a sources jar
 * holding every source file, a Javadoc jar with a page for every public type of the API, and a release profile that
 * signs and bundles exactly the published modules. The modules are read from the reactor's POMs ({@link Reactor}).
 */
class PublishedArtifactsIT {

    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "^public\\s+(?:(?:final|abstract|sealed|non-sealed|strictfp)\\s+)*(?:class|interface|enum|record|@interface)\\s+(\\w+)",
            Pattern.MULTILINE);

    private static Reactor reactor;

    @BeforeAll
    static void readReactor() throws IOException {
        reactor = Reactor.ofThisRepository();
    }

    /** The metadata Central checks, as one comparable value. */
    record Metadata(String url, List<String> licenses, List<String> developers, String scmUrl, String scmConnection,
                    String scmDeveloperConnection, String issues) {

        static Metadata of(Model model) {
            return new Metadata(model.getUrl(),
                    model.getLicenses().stream().map(l -> l.getName() + " <" + l.getUrl() + ">").collect(Collectors.toList()),
                    model.getDevelopers().stream().map(Developer::getName).collect(Collectors.toList()),
                    model.getScm() == null ? null : model.getScm().getUrl(),
                    model.getScm() == null ? null : model.getScm().getConnection(),
                    model.getScm() == null ? null : model.getScm().getDeveloperConnection(),
                    model.getIssueManagement() == null ? null : model.getIssueManagement().getUrl());
        }
    }

    @Test
    void should_give_every_published_module_the_metadata_central_requires() {
        // GIVEN the parent's metadata, complete
        Model parent = reactor.root().effective();
        Metadata expected = Metadata.of(parent);
        assertThat(expected.url()).as("parent url").startsWith("https://");
        assertThat(expected.scmUrl()).as("parent scm url").isNotBlank();
        assertThat(expected.scmConnection()).as("parent scm connection").startsWith("scm:git:");
        assertThat(expected.scmDeveloperConnection()).as("parent scm developerConnection").startsWith("scm:git:");
        assertThat(expected.issues()).as("parent issueManagement url").startsWith("https://");
        assertThat(parent.getLicenses()).as("parent licenses").isNotEmpty()
                .allSatisfy(l -> assertThat(List.of(l.getName(), l.getUrl())).allSatisfy(v -> assertThat(v).isNotBlank()));
        assertThat(parent.getDevelopers()).as("parent developers").isNotEmpty()
                .allSatisfy(d -> assertThat(d.getName()).as("developer name").isNotBlank());

        // THEN every published module (the BOM, which inherits nothing, included) has the same, and a name and description
        assertThat(reactor.published()).extracting(Reactor.Module::artifactId).contains("audit-bom", "audit-core");
        for (Reactor.Module module : reactor.published()) {
            assertThat(Metadata.of(module.effective())).as(module.artifactId() + "'s url, licenses, developers, scm, issueManagement")
                    .isEqualTo(expected);
            assertThat(module.effective().getName()).as(module.artifactId() + " name").isNotBlank();
            assertThat(module.effective().getDescription()).as(module.artifactId() + " description").isNotBlank();
        }
    }

    @Test
    void should_ship_the_licence_the_poms_declare() throws IOException {
        License license = reactor.root().effective().getLicenses().get(0);
        assertThat(license.getName()).isEqualTo("Apache-2.0");
        Path file = reactor.root().dir().resolve("LICENSE");
        assertThat(file).as("LICENSE at the repository root").isRegularFile();
        String text = Files.readString(file);
        assertThat(text).contains("Apache License", "Version 2.0, January 2004", "TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION",
                "END OF TERMS AND CONDITIONS");
    }

    @Test
    void should_build_a_sources_jar_with_every_source_file_of_every_published_jar_module() throws IOException {
        List<Reactor.Module> jars = publishedJars();
        for (Reactor.Module module : jars) {
            assertThat(module.artifact("")).as(module.artifactId() + " jar (run mvn verify, not mvn test)").isRegularFile();
            Set<String> entries = entries(module.artifact("sources"), module.artifactId() + " sources jar");
            Set<String> sources = sourceFiles(module).stream().map(PublishedArtifactsIT::slashed).collect(Collectors.toCollection(TreeSet::new));
            assertThat(sources).as(module.artifactId() + " source files").isNotEmpty();
            assertThat(entries).as(module.artifactId() + " sources jar, against " + module.sourceRoots()).containsAll(sources);
        }
        assertThat(reactor.module("audit-test").sourceRoots()).as("audit-test's fixtures are a source root of their own")
                .anySatisfy(root -> assertThat(root).endsWith(Path.of("src/fixtures/java")));
    }

    @Test
    void should_build_a_javadoc_jar_with_a_page_for_every_public_api_type_and_none_for_internals() throws IOException {
        for (Reactor.Module module : publishedJars()) {
            Set<String> entries = new java.util.TreeSet<>(entries(module.artifact("javadoc"),
                    module.artifactId() + " javadoc jar"));
            // a named module's pages are under a directory named after the module
            String moduleDir = moduleName(module) + "/";
            assertThat(entries).as(module.artifactId() + " javadoc jar: the module's pages").contains(moduleDir);
            entries = entries.stream().map(e -> e.startsWith(moduleDir) ? e.substring(moduleDir.length()) : e)
                    .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
            assertThat(entries).as(module.artifactId() + " javadoc jar").contains("index.html");
            List<String> pages = new ArrayList<>();
            for (String source : sourceFiles(module)) {
                var type = PUBLIC_TYPE.matcher(Files.readString(sourceFile(module, source)));
                if (!isInternal(source) && type.find()) {
                    pages.add(slashed(source).replaceAll("[^/]+\\.java$", type.group(1) + ".html"));
                }
            }
            assertThat(pages).as(module.artifactId() + " public API types").isNotEmpty();
            assertThat(entries).as(module.artifactId() + " javadoc jar pages").containsAll(pages);
            assertThat(entries).as(module.artifactId() + " javadoc jar: internal packages are not API")
                    .noneMatch(entry -> entry.contains("/internal/"));
        }
    }

    @Test
    void should_sign_and_bundle_exactly_the_published_modules_in_a_release_profile_that_is_off_by_default() {
        Model parent = reactor.root().raw();
        Profile release = parent.getProfiles().stream().filter(p -> p.getId().equals("release")).findFirst().orElse(null);
        assertThat(release).as("profile 'release' in the parent POM").isNotNull();
        assertThat(release.getActivation()).as("the release profile's activation: none, so a build needs no key").isNull();
        assertThat(parent.getBuild().getPluginsAsMap()).as("plugins of the default build")
                .doesNotContainKeys("org.apache.maven.plugins:maven-gpg-plugin", "org.sonatype.central:central-publishing-maven-plugin");

        Plugin gpg = release.getBuild().getPluginsAsMap().get("org.apache.maven.plugins:maven-gpg-plugin");
        assertThat(gpg).as("maven-gpg-plugin in the release profile").isNotNull();
        assertThat(gpg.getExecutions()).singleElement().satisfies(execution -> {
            assertThat(execution.getGoals()).containsExactly("sign");
            assertThat(((Xpp3Dom) execution.getConfiguration()).getChild("skip").getValue())
                    .as("signing skipped where publishing is").isEqualTo("${" + Reactor.NOT_PUBLISHED + "}");
        });

        Plugin central = release.getBuild().getPluginsAsMap().get("org.sonatype.central:central-publishing-maven-plugin");
        assertThat(central).as("central-publishing-maven-plugin in the release profile").isNotNull();
        assertThat(central.isExtensions()).as("central-publishing-maven-plugin replaces deploy: extensions").isTrue();
        Xpp3Dom excludes = ((Xpp3Dom) central.getConfiguration()).getChild("excludeArtifacts");
        List<String> excluded = excludes == null ? List.of()
                : Stream.of(excludes.getChildren()).map(Xpp3Dom::getValue).collect(Collectors.toList());
        List<String> unpublished = reactor.modules().stream().filter(m -> !m.published()).map(Reactor.Module::artifactId)
                .collect(Collectors.toList());
        assertThat(unpublished).as("modules that set " + Reactor.NOT_PUBLISHED).contains("audit-examples");
        assertThat(excluded).as("excludeArtifacts of the Central bundle: the modules that set " + Reactor.NOT_PUBLISHED)
                .containsExactlyInAnyOrderElementsOf(unpublished);
    }

    private static List<Reactor.Module> publishedJars() {
        List<Reactor.Module> jars = reactor.published().stream().filter(Reactor.Module::jar).collect(Collectors.toList());
        assertThat(jars).as("published jar modules").extracting(Reactor.Module::artifactId).contains("audit-core", "audit-test");
        return jars;
    }

    /** Every {@code .java} file of the module's source roots, relative to its root. */
    private static List<String> sourceFiles(Reactor.Module module) throws IOException {
        List<String> files = new ArrayList<>();
        for (Path root : module.sourceRoots()) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".java")).forEach(p -> files.add(root.relativize(p).toString()));
            }
        }
        return files;
    }

    private static Path sourceFile(Reactor.Module module, String relative) {
        return module.sourceRoots().stream().map(root -> root.resolve(relative)).filter(Files::isRegularFile).findFirst().orElseThrow();
    }

    private static boolean isInternal(String source) {
        return List.of(slashed(source).split("/")).contains("internal");
    }

    private static String slashed(String path) {
        return path.replace('\\', '/');
    }

    /** The name the module declares in its {@code module-info.java}. */
    private static String moduleName(Reactor.Module module) throws IOException {
        for (String source : sourceFiles(module)) {
            if (source.endsWith("module-info.java")) {
                var name = java.util.regex.Pattern.compile("\\bmodule\\s+([\\w.]+)\\s*\\{")
                        .matcher(Files.readString(sourceFile(module, source)));
                assertThat(name.find()).as(module.artifactId() + " module-info.java declares a module").isTrue();
                return name.group(1);
            }
        }
        throw new AssertionError(module.artifactId() + " has no module-info.java");
    }

    private static Set<String> entries(Path jar, String what) throws IOException {
        assertThat(jar).as(what + " (run mvn verify, not mvn test)").isRegularFile();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().map(ZipEntry::getName).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
