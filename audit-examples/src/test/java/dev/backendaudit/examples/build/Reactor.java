package dev.backendaudit.examples.build;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.maven.model.Model;
import org.apache.maven.model.Parent;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.building.DefaultModelBuildingRequest;
import org.apache.maven.model.building.ModelProblem;
import org.apache.maven.model.building.ModelProblemCollectorRequest;
import org.apache.maven.model.inheritance.DefaultInheritanceAssembler;
import org.apache.maven.model.io.xpp3.MavenXpp3Reader;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.codehaus.plexus.util.xml.pull.XmlPullParserException;

/**
 * The modules of this Maven reactor, read from its POMs with Maven's own model reader and with Maven's own
 * inheritance (so {@code child.project.url.inherit.append.path} and the like count as Maven counts them): what the
 * build tests check the published artifacts against, instead of a hand-written list of modules.
 */
final class Reactor {

    /** The property whose value {@code true} marks a module that is not published (audit-examples, benchmarks). */
    static final String NOT_PUBLISHED = "maven.deploy.skip";

    /**
     * One module of the reactor, the root included.
     *
     * @param dir the module's directory
     * @param raw its POM as written
     * @param effective its POM with what it inherits from its parent in the reactor
     */
    record Module(Path dir, Model raw, Model effective) {

        String artifactId() {
            return effective.getArtifactId();
        }

        String groupId() {
            return effective.getGroupId() != null ? effective.getGroupId() : effective.getParent().getGroupId();
        }

        String version() {
            return effective.getVersion() != null ? effective.getVersion() : effective.getParent().getVersion();
        }

        String packaging() {
            return effective.getPackaging();
        }

        /** Whether the module goes to Maven Central: it does not set {@code maven.deploy.skip} to {@code true}. */
        boolean published() {
            return !"true".equals(effective.getProperties().getProperty(NOT_PUBLISHED));
        }

        boolean jar() {
            return "jar".equals(packaging());
        }

        /** The file {@code mvn package} writes for this module with that classifier ("" for the main jar). */
        Path artifact(String classifier) {
            String suffix = classifier.isEmpty() ? "" : "-" + classifier;
            return dir.resolve("target").resolve(artifactId() + "-" + version() + suffix + ".jar");
        }

        /** The main source directory and those build-helper adds (audit-test's {@code src/fixtures/java}). */
        List<Path> sourceRoots() {
            List<Path> roots = new ArrayList<>();
            String main = effective.getBuild() == null ? null : effective.getBuild().getSourceDirectory();
            roots.add(dir.resolve(main != null ? main : "src/main/java"));
            Optional.ofNullable(effective.getBuild())
                    .map(build -> build.getPluginsAsMap().get("org.codehaus.mojo:build-helper-maven-plugin"))
                    .map(Plugin::getExecutions).orElse(List.of()).stream()
                    .filter(execution -> execution.getGoals().contains("add-source"))
                    .map(execution -> (Xpp3Dom) execution.getConfiguration())
                    .filter(configuration -> configuration != null && configuration.getChild("sources") != null)
                    .flatMap(configuration -> List.of(configuration.getChild("sources").getChildren()).stream())
                    .forEach(source -> roots.add(dir.resolve(source.getValue().trim())));
            return roots;
        }
    }

    private final Map<String, Module> modules;

    private Reactor(Map<String, Module> modules) {
        this.modules = modules;
    }

    /**
     * Reads the reactor whose root POM is in that directory, and every module it lists, at any depth.
     *
     * @param root the directory of the root {@code pom.xml}
     * @return the reactor
     * @throws IOException if a POM cannot be read
     */
    static Reactor read(Path root) throws IOException {
        Map<Path, Model> raw = new LinkedHashMap<>();
        collect(root.toAbsolutePath().normalize(), raw);
        Map<String, Module> modules = new LinkedHashMap<>();
        Map<Path, Model> effective = new LinkedHashMap<>();
        for (Map.Entry<Path, Model> entry : raw.entrySet()) {
            Module module = new Module(entry.getKey(), entry.getValue(), effective(entry.getKey(), raw, effective));
            modules.put(module.artifactId(), module);
        }
        return new Reactor(modules);
    }

    /** The directory above the module Surefire and Failsafe run in: the repository's root. */
    static Reactor ofThisRepository() throws IOException {
        return read(Path.of("").toAbsolutePath().getParent());
    }

    /** Every module, the root first, in the order the POMs list them. */
    List<Module> modules() {
        return List.copyOf(modules.values());
    }

    /** The root POM's module (the parent). */
    Module root() {
        return modules.values().iterator().next();
    }

    Module module(String artifactId) {
        Module module = modules.get(artifactId);
        if (module == null) {
            throw new IllegalArgumentException("no module '" + artifactId + "' in the reactor; there are " + modules.keySet());
        }
        return module;
    }

    List<Module> published() {
        return modules.values().stream().filter(Module::published).collect(Collectors.toList());
    }

    private static void collect(Path dir, Map<Path, Model> raw) throws IOException {
        Model model = parse(dir.resolve("pom.xml"));
        raw.put(dir, model);
        for (String module : model.getModules()) {
            collect(dir.resolve(module).normalize(), raw);
        }
    }

    private static Model effective(Path dir, Map<Path, Model> raw, Map<Path, Model> done) {
        Model known = done.get(dir);
        if (known != null) {
            return known;
        }
        Model model = raw.get(dir).clone();
        Parent parent = model.getParent();
        if (parent != null) {
            Path parentDir = dir.resolve(parent.getRelativePath()).normalize();
            parentDir = parentDir.getFileName().toString().equals("pom.xml") ? parentDir.getParent() : parentDir;
            Model parentRaw = raw.get(parentDir);
            if (parentRaw == null || !parentRaw.getArtifactId().equals(parent.getArtifactId())) {
                throw new IllegalStateException(dir.resolve("pom.xml") + ": parent " + parent.getId()
                        + " is not a module of this reactor at " + parentDir + "; the build tests check only what the reactor holds");
            }
            List<ModelProblem.Severity> severe = new ArrayList<>();
            List<String> messages = new ArrayList<>();
            new DefaultInheritanceAssembler().assembleModelInheritance(model, effective(parentDir, raw, done),
                    new DefaultModelBuildingRequest(), (ModelProblemCollectorRequest request) -> {
                        severe.add(request.getSeverity());
                        messages.add(request.getMessage());
                    });
            if (severe.stream().anyMatch(s -> s != ModelProblem.Severity.WARNING)) {
                throw new IllegalStateException(dir.resolve("pom.xml") + ": cannot inherit from " + parent.getId() + ": " + messages);
            }
        }
        done.put(dir, model);
        return model;
    }

    private static Model parse(Path pom) throws IOException {
        try (Reader reader = Files.newBufferedReader(pom)) {
            return new MavenXpp3Reader().read(reader, true);
        } catch (XmlPullParserException e) {
            throw new IOException(pom + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": not a POM: " + e.getMessage(), e);
        }
    }
}
