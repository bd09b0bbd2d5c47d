package dev.backendaudit.model;

/**
 * What a piece of {@link Evidence} is about: a {@link Metric} that is measured or a
 * {@link Question} that is answered. Topics are identified by their {@link #id()}.
 */
public sealed interface Topic permits Metric, Question {

    /** Stable lowercase identifier, unique among all topics of an audit. */
    String id();

    /** The area the topic belongs to. */
    Area area();

    /** A short name a person reads, e.g. {@code "p95 latency under peak load"}. */
    String name();
}
