package dev.backendaudit.evidence.architecture;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.metrics.ArchitectureMetrics;
import com.tngtech.archunit.library.metrics.ComponentDependencyMetrics;
import com.tngtech.archunit.library.metrics.LakosMetrics;
import com.tngtech.archunit.library.metrics.MetricsComponent;
import com.tngtech.archunit.library.metrics.MetricsComponents;
import dev.backendaudit.evidence.architecture.internal.ArchitectureEvidence;
import dev.backendaudit.evidence.architecture.internal.ClassFiles;
import dev.backendaudit.evidence.architecture.internal.DependencyGraph;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;

/**
 * Measures the architecture of compiled classes with ArchUnit: dependency cycles between packages
 * and between components, each edge with an example class dependency; each component's efferent
 * and afferent coupling, instability, abstractness and distance from the main sequence
 * ({@code ArchitectureMetrics.componentDependencyMetrics}); and John Lakos' cumulative component
 * dependency ({@code ArchitectureMetrics.lakosMetrics}).
 *
 * <pre>{@code
 * ArchitectureReport report = CompiledClasses.analyze(ClassesOptions.of(Path.of("target/classes")));
 * Audit audit = Audit.builder("checkout-service")
 *         .checklist(StandardChecklist.checklist())
 *         .evidence(report.evidence())
 *         .build();
 * }</pre>
 *
 * <p>Evidence: {@code Metrics.DEPENDENCY_CYCLES} counts cycles between components and
 * {@code Metrics.MAIN_SEQUENCE_DISTANCE} is the components' mean distance (both need at least two
 * components); {@code Questions.ARCHITECTURE_MODULAR} is answered "no" when components form a cycle
 * and "yes" when at least two components form none; {@code Questions.COMPONENTS_SCALE_INDEPENDENTLY}
 * is answered "no" when components form a cycle (neither can be deployed without the other) and
 * otherwise left unknown, since classes do not show how they are deployed; the metrics of
 * {@link StructureMetrics} are carried as context. Provenance: {@value #SOURCE}, the locations read.
 *
 * <p>Every class file is checked before the import (a jar that is not a jar, a directory without
 * classes, a file that is not a class file or that a JDK newer than Java 27 wrote are errors), and
 * after it every class file must have been imported: ArchUnit skips what it cannot read with a log
 * line, and a half-read set of classes is never measured.
 */
public final class CompiledClasses {

    /** The collector's name in provenance. */
    public static final String SOURCE = "compiled-classes";

    private CompiledClasses() {
    }

    /**
     * Imports the classes and measures them.
     *
     * @param options what to read and how to group it
     * @return the measures and the evidence
     * @throws ClassImportException if a location cannot be read as compiled classes, naming it and what was expected
     */
    public static ArchitectureReport analyze(ClassesOptions options) {
        Imported imported = importChecked(options);
        return measure(imported.classes(), imported.scans(), options);
    }

    /**
     * Imports the classes of {@code options}' locations, checked as {@link #analyze} checks them, for
     * ArchUnit rules of your own.
     *
     * @param options what to read
     * @return the classes
     * @throws ClassImportException if a location cannot be read as compiled classes
     */
    public static JavaClasses importClasses(ClassesOptions options) {
        return importChecked(options).classes();
    }

    private static Imported importChecked(ClassesOptions options) {
        List<ImportOption> importOptions = options.includeTests() ? List.of() : List.of(new ImportOption.DoNotIncludeTests());
        List<ClassFiles.Scan> scans = new ArrayList<>();
        for (Path location : options.locations()) {
            scans.add(ClassFiles.scan(location, importOptions));
        }
        JavaClasses classes = ArchConfiguration.withThreadLocalScope(configuration -> {
            // the audited project's dependencies are not on this process's class path; never look for them there
            configuration.setResolveMissingDependenciesFromClassPath(false);
            return read(scans, importOptions);
        });
        for (ClassFiles.Scan scan : scans) {
            List<String> missing = scan.classNames().stream().filter(name -> !classes.contain(name)).toList();
            if (!missing.isEmpty()) {
                throw new ClassImportException(missing.size() + " of the " + scan.classNames().size() + " class files in "
                        + scan.location() + " could not be imported (first: " + missing.get(0).replace('.', '/')
                        + ".class): the class files are damaged or not what their header says; nothing was measured");
            }
        }
        return new Imported(classes, scans);
    }

    private static JavaClasses read(List<ClassFiles.Scan> scans, List<ImportOption> importOptions) {
        ClassFileImporter importer = new ClassFileImporter(importOptions);
        List<Path> directories = scans.stream().filter(s -> !s.jar()).map(ClassFiles.Scan::location).toList();
        List<JarFile> jars = new ArrayList<>();
        try {
            for (ClassFiles.Scan scan : scans) {
                if (scan.jar()) {
                    jars.add(new JarFile(scan.location().toFile()));
                }
            }
            if (jars.isEmpty()) {
                return importer.importPaths(directories);
            }
            List<com.tngtech.archunit.core.importer.Location> locations = new ArrayList<>();
            directories.forEach(d -> locations.add(com.tngtech.archunit.core.importer.Location.of(d)));
            jars.forEach(j -> locations.add(com.tngtech.archunit.core.importer.Location.of(j)));
            return importer.importLocations(locations);
        } catch (IOException e) {
            throw new ClassImportException("cannot read " + e.getMessage(), e);
        } finally {
            for (JarFile jar : jars) {
                try {
                    jar.close();
                } catch (IOException ignored) {
                    // read already; nothing is lost
                }
            }
        }
    }

    /**
     * Measures classes already imported.
     *
     * @param classes the classes
     * @param scans   what each location held (for the report)
     * @param options how to group and how many cycles to enumerate
     * @return the measures and the evidence
     */
    private static ArchitectureReport measure(JavaClasses classes, List<ClassFiles.Scan> scans, ClassesOptions options) {
        Set<String> packageNames = new TreeSet<>();
        classes.forEach(c -> packageNames.add(c.getPackageName()));
        Map<String, String> packageToComponent = options.components().assign(packageNames);
        Map<String, List<JavaClass>> byComponent = new TreeMap<>();
        int unassigned = 0;
        for (JavaClass javaClass : classes) {
            String component = packageToComponent.get(javaClass.getPackageName());
            if (component == null) {
                unassigned++;
            } else {
                byComponent.computeIfAbsent(component, k -> new ArrayList<>()).add(javaClass);
            }
        }
        List<DependencyGraph> graphs = DependencyGraph.of(classes, List.of(JavaClass::getPackageName,
                c -> packageToComponent.get(c.getPackageName())));
        DependencyGraph.Found packageCycles = graphs.get(0).cycles(options.maxCycles());
        DependencyGraph.Found componentCycles = graphs.get(1).cycles(options.maxCycles());

        List<MetricsComponent<JavaClass>> metricsComponents = new ArrayList<>();
        byComponent.forEach((name, members) -> metricsComponents.add(MetricsComponent.of(name, members)));
        ComponentDependencyMetrics dependencyMetrics = ArchitectureMetrics.componentDependencyMetrics(
                MetricsComponents.of(metricsComponents));
        List<ComponentMetrics> components = new ArrayList<>();
        byComponent.forEach((name, members) -> components.add(new ComponentMetrics(name, members.size(),
                dependencyMetrics.getEfferentCoupling(name), dependencyMetrics.getAfferentCoupling(name),
                dependencyMetrics.getInstability(name), dependencyMetrics.getAbstractness(name),
                dependencyMetrics.getNormalizedDistanceFromMainSequence(name))));
        Optional<Double> meanDistance = Optional.empty();
        Optional<Integer> ccd = Optional.empty();
        Optional<Double> nccd = Optional.empty();
        if (components.size() >= 2) {
            meanDistance = Optional.of(components.stream().mapToDouble(ComponentMetrics::distance).average().orElseThrow());
            LakosMetrics lakos = ArchitectureMetrics.lakosMetrics(MetricsComponents.of(metricsComponents));
            ccd = Optional.of(lakos.getCumulativeComponentDependency());
            nccd = Optional.of(lakos.getNormalizedCumulativeComponentDependency());
        }
        int min = scans.stream().mapToInt(ClassFiles.Scan::minVersion).min().orElse(0);
        int max = scans.stream().mapToInt(ClassFiles.Scan::maxVersion).max().orElse(0);
        List<String> locations = scans.stream().map(s -> s.location().toString()).toList();
        ArchitectureEvidence.Input input = new ArchitectureEvidence.Input(locations, classes.size(), packageNames.size(),
                components, packageCycles, componentCycles, meanDistance, ccd, nccd, options.at(),
                options.components().describe());
        ArchitectureEvidence.Output output = ArchitectureEvidence.of(input);
        return new ArchitectureReport(locations, classes.size(), packageNames.size(),
                min == max ? Integer.toString(max) : min + ".." + max,
                options.components().isBelowRoot() ? Components.commonRoot(packageNames) : "",
                options.components().describe(), components, unassigned, packageCycles.cycles(),
                packageCycles.truncated(), componentCycles.cycles(), componentCycles.truncated(), meanDistance, ccd,
                nccd, output.unknowns(), output.evidence());
    }

    private record Imported(JavaClasses classes, List<ClassFiles.Scan> scans) {
    }
}
