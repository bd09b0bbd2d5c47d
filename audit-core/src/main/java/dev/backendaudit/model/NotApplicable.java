package dev.backendaudit.model;

import dev.backendaudit.internal.Checks;

/**
 * Says that a topic does not apply to the audited system, and why: a batch job has no peak-load
 * latency, a library has no deployments. A criterion whose topic is not applicable yields a
 * {@link FindingStatus#NOT_APPLICABLE} finding and leaves evidence coverage unchanged; it is
 * never counted as healthy.
 *
 * <pre>{@code
 * NotApplicable.of(Metrics.LATENCY_P95_PEAK, "nightly batch job: no interactive traffic");
 * }</pre>
 *
 * @param topic      what does not apply
 * @param reason     why, in words
 * @param provenance who said so
 */
public record NotApplicable(Topic topic, String reason, Provenance provenance) implements Evidence {

    /**
     * Creates a {@code NotApplicable}, checking its components.
     *
     * @param topic      what does not apply
     * @param reason     why, in words
     * @param provenance who said so
     * @throws IllegalArgumentException if {@code reason} is blank
     */
    public NotApplicable {
        Checks.notNull("not-applicable topic", topic);
        Checks.notBlank("not-applicable reason for '" + topic.id() + "'", reason);
        Checks.notNull("not-applicable provenance for '" + topic.id() + "'", provenance);
    }

    /**
     * Said by a person.
     *
     * @param topic  the metric or question that does not apply
     * @param reason why, in words, not blank
     * @return the statement, with {@link Provenance#manual()} as its provenance
     * @throws IllegalArgumentException if {@code reason} is blank
     */
    public static NotApplicable of(Topic topic, String reason) {
        return new NotApplicable(topic, reason, Provenance.manual());
    }

    @Override
    public String describe() {
        return "not applicable (" + reason + ")";
    }

    @Override
    public boolean agreesWith(Evidence other) {
        return other instanceof NotApplicable && ((NotApplicable) other).topic.equals(topic);
    }
}
