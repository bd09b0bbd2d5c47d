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

    /** @throws IllegalArgumentException if {@code reason} is blank */
    public NotApplicable {
        Checks.notNull("not-applicable topic", topic);
        Checks.notBlank("not-applicable reason for '" + topic.id() + "'", reason);
        Checks.notNull("not-applicable provenance for '" + topic.id() + "'", provenance);
    }

    /** Said by a person. */
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
