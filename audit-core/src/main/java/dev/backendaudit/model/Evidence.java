package dev.backendaudit.model;

/**
 * One observation about the system, with its {@link Provenance}.
 *
 * <ul>
 *   <li>{@link Measurement}: a number with a unit, such as p95 latency of 870 ms;</li>
 *   <li>{@link Answer}: an answer to a checklist {@link Question}, with an optional note;</li>
 *   <li>{@link TimeSeries}: values over time, for trends;</li>
 *   <li>{@link NotApplicable}: the topic does not apply to this system, and why.</li>
 * </ul>
 *
 * <p>Evidence is immutable and safe to share between threads.
 */
public sealed interface Evidence permits Measurement, Answer, TimeSeries, NotApplicable {

    /**
     * What this evidence is about.
     *
     * @return the topic: the metric measured or the question answered
     */
    Topic topic();

    /**
     * Where it came from.
     *
     * @return the collector or person, the location and the time of the observation
     */
    Provenance provenance();

    /**
     * The observed value as a person reads it, e.g. {@code "870 ms"} or {@code "no (scaled by hand)"}.
     *
     * @return the value in words, with its unit
     */
    String describe();

    /**
     * Whether {@code other} reports the same observation, ignoring provenance: two collectors
     * that measured the same value agree; two that measured different values conflict.
     *
     * @param other evidence about the same topic, from another source
     * @return true when both report the same value; false when they conflict or are of different kinds
     */
    boolean agreesWith(Evidence other);
}
