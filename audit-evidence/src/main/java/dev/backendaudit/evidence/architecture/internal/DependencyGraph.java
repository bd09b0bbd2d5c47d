package dev.backendaudit.evidence.architecture.internal;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.library.cycle_detection.Cycle;
import com.tngtech.archunit.library.cycle_detection.CycleConfiguration;
import com.tngtech.archunit.library.cycle_detection.CycleDetector;
import com.tngtech.archunit.library.cycle_detection.Cycles;
import com.tngtech.archunit.library.cycle_detection.Edge;
import dev.backendaudit.evidence.architecture.CycleEdge;
import dev.backendaudit.evidence.architecture.DependencyCycle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The dependencies between groups of classes (packages or components), each edge with one example
 * class dependency, and its cycles as ArchUnit's {@link CycleDetector} finds them: the same
 * dependencies ({@code JavaClass.getDirectDependenciesFromSelf()}, between imported classes) and the
 * same cycle search that {@code slices().should().beFreeOfCycles()} runs.
 */
public final class DependencyGraph {

    private static final Comparator<Dependency> EXAMPLE_ORDER = Comparator
            .comparing((Dependency d) -> d.getOriginClass().getName())
            .thenComparing(d -> d.getTargetClass().getName())
            .thenComparingInt(d -> d.getSourceCodeLocation().getLineNumber())
            .thenComparing(Dependency::getDescription);

    private final Set<String> nodes;
    private final Map<String, Map<String, Dependency>> edges;

    private DependencyGraph(Set<String> nodes, Map<String, Map<String, Dependency>> edges) {
        this.nodes = nodes;
        this.edges = edges;
    }

    /**
     * The graph of {@code classes} grouped by {@code group}.
     *
     * @param classes the imported classes
     * @param group   each class's node; null leaves the class out
     * @return the graph
     */
    public static DependencyGraph of(JavaClasses classes, Function<JavaClass, String> group) {
        return of(classes, List.of(group)).get(0);
    }

    /**
     * The graphs of {@code classes} grouped by each of {@code groups}, from one pass over the
     * dependencies (ArchUnit computes a class's dependencies anew on every call).
     *
     * @param classes the imported classes
     * @param groups  each grouping: a class's node, or null to leave it out
     * @return one graph per grouping, in order
     */
    public static List<DependencyGraph> of(JavaClasses classes, List<Function<JavaClass, String>> groups) {
        List<Set<String>> nodes = new ArrayList<>();
        List<Map<String, Map<String, Dependency>>> edges = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            nodes.add(new TreeSet<>());
            edges.add(new TreeMap<>());
        }
        String[] from = new String[groups.size()];
        for (JavaClass origin : classes) {
            for (int g = 0; g < groups.size(); g++) {
                from[g] = groups.get(g).apply(origin);
                if (from[g] != null) {
                    nodes.get(g).add(from[g]);
                }
            }
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                String targetName = dependency.getTargetClass().getName();
                if (!classes.contain(targetName)) {
                    continue;
                }
                JavaClass target = classes.get(targetName);
                for (int g = 0; g < groups.size(); g++) {
                    String to = from[g] == null ? null : groups.get(g).apply(target);
                    if (to != null && !to.equals(from[g])) {
                        edges.get(g).computeIfAbsent(from[g], k -> new TreeMap<>())
                                .merge(to, dependency, (a, b) -> EXAMPLE_ORDER.compare(a, b) <= 0 ? a : b);
                    }
                }
            }
        }
        List<DependencyGraph> graphs = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            graphs.add(new DependencyGraph(nodes.get(g), edges.get(g)));
        }
        return graphs;
    }

    /** The nodes, sorted. */
    public Set<String> nodes() {
        return nodes;
    }

    /** For each node, the nodes it depends on, sorted. */
    public Map<String, Set<String>> successors() {
        Map<String, Set<String>> result = new TreeMap<>();
        nodes.forEach(n -> result.put(n, new TreeSet<>(edges.getOrDefault(n, Map.of()).keySet())));
        return result;
    }

    /** How many edges there are. */
    public int edgeCount() {
        return edges.values().stream().mapToInt(Map::size).sum();
    }

    /**
     * The elementary cycles, at most {@code max} of them, sorted by their node sequence.
     *
     * @param max the most cycles to enumerate
     * @return the cycles and whether enumeration stopped at {@code max}
     */
    public Found cycles(int max) {
        List<GroupEdge> all = new ArrayList<>();
        edges.forEach((from, targets) -> targets.forEach((to, example) -> all.add(new GroupEdge(from, to, example))));
        Cycles<GroupEdge> cycles = ArchConfiguration.withThreadLocalScope(configuration -> {
            configuration.setProperty(CycleConfiguration.MAX_NUMBER_OF_CYCLES_TO_DETECT_PROPERTY_NAME,
                    Integer.toString(max));
            return CycleDetector.detectCycles(nodes, all);
        });
        List<DependencyCycle> result = new ArrayList<>();
        for (Cycle<GroupEdge> cycle : cycles) {
            result.add(normalized(cycle.getEdges()));
        }
        result.sort(Comparator.comparing((DependencyCycle c) -> c.nodes().size())
                .thenComparing(c -> String.join("\u0000", c.nodes())));
        return new Found(result, cycles.maxNumberOfCyclesReached());
    }

    private static DependencyCycle normalized(List<GroupEdge> edges) {
        int start = 0;
        for (int i = 1; i < edges.size(); i++) {
            if (edges.get(i).from.compareTo(edges.get(start).from) < 0) {
                start = i;
            }
        }
        List<CycleEdge> ordered = new ArrayList<>(edges.size());
        for (int i = 0; i < edges.size(); i++) {
            GroupEdge edge = edges.get((start + i) % edges.size());
            ordered.add(new CycleEdge(edge.from, edge.to, edge.example.getOriginClass().getName(),
                    edge.example.getTargetClass().getName(), edge.example.getDescription()));
        }
        return new DependencyCycle(ordered);
    }

    /**
     * Cycles found.
     *
     * @param cycles    the cycles
     * @param truncated whether enumeration stopped at the limit, so that there are more
     */
    public record Found(List<DependencyCycle> cycles, boolean truncated) {
        /** Copies the list. */
        public Found {
            cycles = List.copyOf(cycles);
        }
    }

    private record GroupEdge(String from, String to, Dependency example) implements Edge<String> {
        @Override
        public String getOrigin() {
            return from;
        }

        @Override
        public String getTarget() {
            return to;
        }
    }
}
