package dev.backendaudit.evidence.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a project directory holds: its modules (the directories, at any depth, with build output or
 * main sources of their own) and, for each, compiled classes, JaCoCo reports, test reports and
 * source roots at the places Maven and Gradle put them.
 *
 * <pre>{@code
 * ProjectFiles files = ProjectFiles.discover(Path.of("."));
 * files.modules().forEach(m -> System.out.println(m.directory() + " " + m.classes()));
 * }</pre>
 *
 * <p>Directories that hold no modules are skipped: hidden ones, build output ({@code target},
 * {@code build}, {@code out}), dependencies ({@code node_modules}, {@code vendor}) and source trees.
 *
 * @param root    the project directory
 * @param modules its modules, in path order
 */
public record ProjectFiles(Path root, List<ProjectModule> modules) {

    /** How deep below the root modules are looked for. */
    public static final int MAX_DEPTH = 8;

    private static final Set<String> SKIPPED = Set.of("target", "build", "out", "dist", "node_modules", "vendor", "src",
            "bin", "gradle");

    /** Copies the list. */
    public ProjectFiles {
        modules = List.copyOf(modules);
    }

    /**
     * Looks for modules under {@code root}.
     *
     * @param root the project directory
     * @return what it holds
     * @throws IllegalArgumentException if {@code root} is not a directory
     */
    public static ProjectFiles discover(Path root) {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("project directory must be a directory, but was " + root);
        }
        List<ProjectModule> modules = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.noneOf(java.nio.file.FileVisitOption.class), MAX_DEPTH,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                            String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                            if (!dir.equals(root) && (name.startsWith(".") || SKIPPED.contains(name))) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            module(dir).ifPresent(modules::add);
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root + ": " + e.getMessage(), e);
        }
        modules.sort(java.util.Comparator.comparing(m -> m.directory().toString()));
        return new ProjectFiles(root, modules);
    }

    private static Optional<ProjectModule> module(Path dir) {
        List<Path> classes = existing(dir, Files::isDirectory, "target/classes", "build/classes/java/main",
                "build/classes/kotlin/main");
        Optional<Path> coverage = existing(dir, Files::isRegularFile, "target/site/jacoco/jacoco.xml",
                "build/reports/jacoco/test/jacocoTestReport.xml").stream().findFirst();
        Optional<Path> it = existing(dir, Files::isRegularFile, "target/site/jacoco-it/jacoco.xml").stream().findFirst();
        Optional<Path> aggregate = existing(dir, Files::isRegularFile, "target/site/jacoco-aggregate/jacoco.xml").stream()
                .findFirst();
        List<Path> tests = existing(dir, ProjectFiles::holdsTestReports, "target/surefire-reports",
                "target/failsafe-reports", "build/test-results/test");
        List<Path> sources = existing(dir, Files::isDirectory, "src/main/java");
        if (classes.isEmpty() && coverage.isEmpty() && it.isEmpty() && aggregate.isEmpty() && tests.isEmpty()
                && sources.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ProjectModule(dir, classes, coverage, it, aggregate, tests, sources));
    }

    private static List<Path> existing(Path dir, java.util.function.Predicate<Path> test, String... candidates) {
        List<Path> found = new ArrayList<>();
        for (String candidate : candidates) {
            Path path = dir.resolve(candidate);
            if (test.test(path)) {
                found.add(path);
            }
        }
        return found;
    }

    private static boolean holdsTestReports(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.anyMatch(p -> p.getFileName().toString().startsWith("TEST-")
                    && p.getFileName().toString().endsWith(".xml"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Every compiled class directory, module by module.
     *
     * @return the directories
     */
    public List<Path> classDirectories() {
        return modules.stream().flatMap(m -> m.classes().stream()).toList();
    }

    /**
     * Every test report directory, module by module.
     *
     * @return the directories
     */
    public List<Path> testReportDirectories() {
        return modules.stream().flatMap(m -> m.testReports().stream()).toList();
    }

    /**
     * Every main source root, module by module.
     *
     * @return the roots
     */
    public List<Path> sourceRoots() {
        return modules.stream().flatMap(m -> m.sources().stream()).toList();
    }
}
