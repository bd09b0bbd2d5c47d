package dev.backendaudit.evidence.project.internal;

import dev.backendaudit.evidence.architecture.ArchitectureReport;
import dev.backendaudit.evidence.architecture.ClassesOptions;
import dev.backendaudit.evidence.architecture.CompiledClasses;
import dev.backendaudit.evidence.project.EvidenceSource;
import dev.backendaudit.evidence.project.ProjectFiles;
import dev.backendaudit.evidence.project.ProjectModule;
import dev.backendaudit.evidence.project.ProjectOptions;
import dev.backendaudit.evidence.project.SourceReport;
import dev.backendaudit.evidence.quality.CoverageReport;
import dev.backendaudit.evidence.quality.CoverageReports;
import dev.backendaudit.evidence.quality.ReportReadException;
import dev.backendaudit.evidence.quality.SourceSize;
import dev.backendaudit.evidence.quality.SourceSizeReport;
import dev.backendaudit.evidence.quality.TestReport;
import dev.backendaudit.evidence.quality.TestReports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The sources that read build output and sources: compiled classes, JaCoCo and test reports, source size. */
public final class BuildSources {

    private BuildSources() {
    }

    /** Compiled classes ({@link CompiledClasses}) of every module, read together as one system. */
    public static final class Classes implements EvidenceSource {
        @Override
        public String name() {
            return CompiledClasses.SOURCE;
        }

        @Override
        public SourceReport collect(ProjectFiles files, ProjectOptions options) {
            List<Path> withClasses = files.classDirectories().stream().filter(d -> !classNames(d).isEmpty()).toList();
            if (withClasses.isEmpty()) {
                return SourceReport.unknown(name(), "no compiled classes under " + files.root() + " (looked for"
                        + " target/classes, build/classes/java/main and build/classes/kotlin/main in every module):"
                        + " dependency cycles, component metrics and modularity stay unknown; build the project first");
            }
            ArchitectureReport report = CompiledClasses.analyze(ClassesOptions.of(withClasses)
                    .components(options.components()).at(options.at()));
            return SourceReport.measured(name(), report.summary(), report.unknowns(), report.evidence(), report);
        }
    }

    /** JaCoCo reports ({@link CoverageReports}), checked to describe this project's classes. */
    public static final class Coverage implements EvidenceSource {
        @Override
        public String name() {
            return CoverageReports.SOURCE;
        }

        @Override
        public SourceReport collect(ProjectFiles files, ProjectOptions options) {
            List<Path> aggregates = files.modules().stream().flatMap(m -> m.aggregateCoverage().stream()).toList();
            List<Path> chosen = new ArrayList<>(aggregates);
            List<String> notes = new ArrayList<>();
            if (chosen.isEmpty()) {
                for (ProjectModule module : files.modules()) {
                    module.coverage().or(module::integrationCoverage).ifPresent(chosen::add);
                    if (module.coverage().isPresent() && module.integrationCoverage().isPresent()) {
                        notes.add(module.integrationCoverage().get() + " is not combined with " + module.coverage().get()
                                + ": merge their execution data (jacoco:merge) for the coverage of both");
                    }
                }
            }
            if (chosen.isEmpty()) {
                return SourceReport.unknown(name(), "no JaCoCo XML report under " + files.root() + " (looked for"
                        + " target/site/jacoco*/jacoco.xml and build/reports/jacoco/test/jacocoTestReport.xml): test"
                        + " coverage and method complexity stay unknown; add jacoco-maven-plugin's prepare-agent and"
                        + " report goals and run the tests");
            }
            CoverageReport report = CoverageReports.read(chosen, options.coverage());
            notes.addAll(checkBelongs(files, report));
            List<String> unknowns = new ArrayList<>(report.unknowns());
            StringBuilder summary = new StringBuilder(report.summary());
            notes.forEach(n -> summary.append("  note: ").append(n).append('\n'));
            return SourceReport.measured(name(), summary.toString(), unknowns, report.evidence(), report);
        }
    }

    /**
     * Refuses a report none of whose classes this project has; notes reports some of whose classes it lacks.
     */
    static List<String> checkBelongs(ProjectFiles files, CoverageReport coverage) {
        Set<String> compiled = new HashSet<>();
        files.classDirectories().forEach(d -> compiled.addAll(classNames(d)));
        List<String> notes = new ArrayList<>();
        for (var entry : coverage.classesByReport().entrySet()) {
            String report = entry.getKey();
            Set<String> described = entry.getValue();
            if (described.isEmpty()) {
                continue;
            }
            long known;
            String against;
            if (!compiled.isEmpty()) {
                known = described.stream().filter(compiled::contains).count();
                against = compiled.size() + " compiled classes";
            } else if (!files.sourceRoots().isEmpty()) {
                known = described.stream().filter(c -> hasSource(files, c)).count();
                against = "sources in " + files.sourceRoots().size() + " source roots";
            } else {
                notes.add("could not check that " + report + " describes this project: it has no compiled classes"
                        + " or sources to compare with");
                continue;
            }
            String first = described.stream().sorted().findFirst().orElseThrow();
            if (known == 0) {
                throw new ReportReadException(report + " describes another project: none of its " + described.size()
                        + " classes (first: " + first + ") is among this project's " + against + "; expected the"
                        + " JaCoCo report of " + files.root() + " (a report copied from elsewhere, or older than a"
                        + " rename?)");
            }
            if (known < described.size()) {
                notes.add((described.size() - known) + " of the " + described.size() + " classes in " + report
                        + " are not among this project's " + against + ": the report may be older than the build");
            }
        }
        return notes;
    }

    private static boolean hasSource(ProjectFiles files, String className) {
        String top = className.contains("$") ? className.substring(0, className.indexOf('$')) : className;
        String path = top.replace('.', '/') + ".java";
        return files.sourceRoots().stream().anyMatch(root -> Files.isRegularFile(root.resolve(path)));
    }

    /** Binary names of the class files under {@code dir}. */
    static Set<String> classNames(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            Set<String> names = new HashSet<>();
            walk.filter(p -> p.getFileName().toString().endsWith(".class")).forEach(p -> {
                String relative = dir.relativize(p).toString().replace('\\', '/');
                names.add(relative.substring(0, relative.length() - ".class".length()).replace('/', '.'));
            });
            names.removeIf(n -> n.endsWith("module-info") || n.endsWith("package-info"));
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Surefire and Failsafe reports ({@link TestReports}) of every module. */
    public static final class Tests implements EvidenceSource {
        @Override
        public String name() {
            return TestReports.SOURCE;
        }

        @Override
        public SourceReport collect(ProjectFiles files, ProjectOptions options) {
            List<Path> directories = files.testReportDirectories();
            if (directories.isEmpty()) {
                return SourceReport.unknown(name(), "no test reports under " + files.root() + " (looked for TEST-*.xml"
                        + " in target/surefire-reports, target/failsafe-reports and build/test-results/test): test"
                        + " failures and flaky tests stay unknown; run the tests first");
            }
            TestReport report = TestReports.read(directories);
            return SourceReport.measured(name(), report.summary(), report.unknowns(), report.evidence(), report);
        }
    }

    /** Source size ({@link SourceSize}) of every module's main sources. */
    public static final class Size implements EvidenceSource {
        @Override
        public String name() {
            return SourceSize.SOURCE;
        }

        @Override
        public SourceReport collect(ProjectFiles files, ProjectOptions options) {
            List<Path> roots = files.sourceRoots();
            if (roots.isEmpty()) {
                return SourceReport.unknown(name(), "no main sources under " + files.root() + " (looked for"
                        + " src/main/java in every module): oversized files and classes stay unknown");
            }
            SourceSizeReport report = SourceSize.measure(roots, options.fileBound(), options.classBound(), options.at());
            return SourceReport.measured(name(), report.summary(), report.unknowns(), report.evidence(), report);
        }
    }
}
