package dev.backendaudit.evidence.architecture;

import dev.backendaudit.model.Evidence;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What an analysis of compiled classes measured: cycles between packages and between components
 * (each edge with an example dependency), each component's dependency metrics, Lakos' cumulative
 * component dependency, and the evidence for an audit.
 *
 * <pre>{@code
 * ArchitectureReport report = CompiledClasses.analyze(ClassesOptions.of(Path.of("target/classes")));
 * report.componentCycles().forEach(c -> System.out.println(c.path()));
 * audit.evidence(report.evidence());
 * }</pre>
 *
 * @param locations                the directories and jars read
 * @param classes                  classes imported (tests left out unless asked for)
 * @param packages                 packages that hold them
 * @param classFileVersions        the lowest and highest class file versions read, e.g. {@code "61"} or {@code "52..61"}
 * @param rootPackage              the classes' common root package, {@code ""} when they share none
 * @param grouping                 how classes were grouped into components
 * @param components               each component's metrics, by name
 * @param unassignedClasses        classes in no component (a mapping that leaves their package out)
 * @param packageCycles            cycles between packages
 * @param packageCyclesTruncated   whether package cycle enumeration stopped at the limit
 * @param componentCycles          cycles between components
 * @param componentCyclesTruncated whether component cycle enumeration stopped at the limit
 * @param meanDistance             mean distance of the components from the main sequence; empty with fewer than 2
 * @param cumulativeDependency     Lakos' CCD of the components; empty with fewer than 2
 * @param normalizedCumulativeDependency the CCD over a balanced binary tree's; empty with fewer than 2
 * @param unknowns                 what could not be measured, and why
 * @param evidence                 the evidence, ready for {@code Audit.Builder.evidence(...)}
 */
public record ArchitectureReport(List<String> locations, int classes, int packages, String classFileVersions,
                                 String rootPackage, String grouping, List<ComponentMetrics> components,
                                 int unassignedClasses, List<DependencyCycle> packageCycles,
                                 boolean packageCyclesTruncated, List<DependencyCycle> componentCycles,
                                 boolean componentCyclesTruncated, Optional<Double> meanDistance,
                                 Optional<Integer> cumulativeDependency, Optional<Double> normalizedCumulativeDependency,
                                 List<String> unknowns, List<Evidence> evidence) {

    /** Copies the lists. */
    public ArchitectureReport {
        locations = List.copyOf(locations);
        components = List.copyOf(components);
        packageCycles = List.copyOf(packageCycles);
        componentCycles = List.copyOf(componentCycles);
        unknowns = List.copyOf(unknowns);
        evidence = List.copyOf(evidence);
    }

    /**
     * A few lines a person reads: counts, cycles with an example dependency, the components furthest
     * from the main sequence, what is unknown.
     *
     * @return the summary, one item per line
     */
    public String summary() {
        StringBuilder text = new StringBuilder("compiled classes: ").append(classes).append(" classes in ")
                .append(packages).append(" packages (class file version ").append(classFileVersions).append(") from ")
                .append(locations.size() == 1 ? locations.get(0) : locations.size() + " locations").append('\n');
        text.append("  ").append(components.size()).append(" components (").append(grouping)
                .append(rootPackage.isEmpty() ? "" : ", root " + rootPackage).append(')')
                .append(unassignedClasses > 0 ? ", " + unassignedClasses + " classes in no component" : "").append('\n');
        cycles(text, "component", componentCycles, componentCyclesTruncated);
        cycles(text, "package", packageCycles, packageCyclesTruncated);
        meanDistance.ifPresent(d -> text.append("  mean distance from the main sequence ").append(number(d)));
        cumulativeDependency.ifPresent(ccd -> text.append(", CCD ").append(ccd).append(" (normalized ")
                .append(number(normalizedCumulativeDependency.orElse(0.0))).append(')'));
        if (meanDistance.isPresent()) {
            text.append('\n');
        }
        components.stream().sorted((a, b) -> Double.compare(b.distance(), a.distance())).limit(3)
                .filter(c -> c.distance() > 0)
                .forEach(c -> text.append("  component ").append(c.name()).append(": Ce ").append(c.efferent())
                        .append(", Ca ").append(c.afferent()).append(", I ").append(number(c.instability()))
                        .append(", A ").append(number(c.abstractness())).append(", D ").append(number(c.distance()))
                        .append('\n'));
        unknowns.forEach(u -> text.append("  UNKNOWN: ").append(u).append('\n'));
        return text.toString();
    }

    private static void cycles(StringBuilder text, String level, List<DependencyCycle> cycles, boolean truncated) {
        text.append("  ").append(truncated ? "at least " : "").append(cycles.size()).append(' ').append(level)
                .append(cycles.size() == 1 ? " cycle" : " cycles").append('\n');
        for (DependencyCycle cycle : cycles.subList(0, Math.min(3, cycles.size()))) {
            text.append("    ").append(cycle.path()).append('\n');
            cycle.edges().forEach(e -> text.append("      ").append(e.from()).append(" -> ").append(e.to()).append(": ")
                    .append(e.example()).append('\n'));
        }
        if (cycles.size() > 3) {
            text.append("    ... and ").append(cycles.size() - 3).append(" more\n");
        }
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
