package dev.backendaudit.model;

/**
 * What a piece of {@link Evidence} is about: a {@link Metric} that is measured or a
 * {@link Question} that is answered. Topics are identified by their {@link #id()}.
 */
public sealed interface Topic permits Metric, Question {

    /**
     * Stable lowercase identifier, unique among all topics of an audit.
     *
     * @return the id, e.g. {@code "performance.latency-p95-peak"}
     */
    String id();

    /**
     * The area the topic belongs to.
     *
     * @return the area whose criteria read this topic
     */
    Area area();

    /**
     * A short name a person reads, e.g. {@code "p95 latency under peak load"}.
     *
     * @return the name, not blank
     */
    String name();
}
