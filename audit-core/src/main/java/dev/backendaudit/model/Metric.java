package dev.backendaudit.model;

import dev.backendaudit.internal.Checks;

/**
 * Something that can be measured, such as p95 latency under peak load or change failure rate.
 *
 * <p>The standard metrics are constants of {@code dev.backendaudit.checklist.Metrics}. Users
 * define their own:
 *
 * <pre>{@code
 * Metric openCves = Metric.of("security.open-cves", security, "open CVEs", Dimension.COUNT);
 * }</pre>
 *
 * <p>Two metrics are equal when their ids are equal.
 *
 * @param id        stable lowercase identifier
 * @param area      the area the metric informs
 * @param name      a short name a person reads
 * @param dimension what kind of quantity it is; a measurement in a unit of another dimension is rejected
 */
public record Metric(String id, Area area, String name, Dimension dimension) implements Topic {

    /**
     * Creates a {@code Metric}, checking its components.
     *
     * @param id        stable lowercase identifier
     * @param area      the area the metric informs
     * @param name      a short name a person reads
     * @param dimension what kind of quantity it is; a measurement in a unit of another dimension is rejected
     * @throws IllegalArgumentException if the id is not a lowercase identifier or the name is blank
     */
    public Metric {
        Checks.identifier("metric id", id);
        Checks.notNull("metric '" + id + "' area", area);
        Checks.notBlank("metric '" + id + "' name", name);
        Checks.notNull("metric '" + id + "' dimension", dimension);
    }

    /**
     * A metric; see the record's components.
     *
     * @param id        the metric's id, a lowercase identifier such as {@code "performance.latency-p95-peak"}
     * @param area      the area the metric informs
     * @param name      a short name a person reads, not blank
     * @param dimension what kind of quantity it is: time, a ratio, a count...
     * @return the metric
     * @throws IllegalArgumentException if the id is not a lowercase identifier or the name is blank
     */
    public static Metric of(String id, Area area, String name, Dimension dimension) {
        return new Metric(id, area, name, dimension);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Metric && ((Metric) other).id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
