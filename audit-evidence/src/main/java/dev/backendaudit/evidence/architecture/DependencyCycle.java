package dev.backendaudit.evidence.architecture;

import java.util.ArrayList;
import java.util.List;

/**
 * A dependency cycle between packages or components: each one depends, through the next, on
 * itself. The edges are in cycle order and start at the node whose name sorts first, so a cycle
 * has one way to be written.
 *
 * @param edges the edges, each with an example class dependency; the last one leads back to the first node
 */
public record DependencyCycle(List<CycleEdge> edges) {

    /**
     * Copies the edges.
     *
     * @throws IllegalArgumentException if there are fewer than two edges
     */
    public DependencyCycle {
        edges = List.copyOf(edges);
        if (edges.size() < 2) {
            throw new IllegalArgumentException("a dependency cycle must have at least 2 edges, but had " + edges.size());
        }
    }

    /**
     * The nodes of the cycle in order, without repeating the first at the end.
     *
     * @return e.g. {@code [billing, orders]}
     */
    public List<String> nodes() {
        List<String> nodes = new ArrayList<>(edges.size());
        edges.forEach(e -> nodes.add(e.from()));
        return nodes;
    }

    /**
     * The cycle as a person reads it.
     *
     * @return e.g. {@code "billing -> orders -> billing"}
     */
    public String path() {
        return String.join(" -> ", nodes()) + " -> " + edges.get(0).from();
    }

    @Override
    public String toString() {
        return path();
    }
}
