package dev.backendaudit.evidence.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A production incident: when service degraded, when it was restored, and the deployment that
 * caused it, if one did.
 *
 * <pre>{@code
 * new Incident(Instant.parse("2026-01-06T10:00:00Z"), Optional.of(Instant.parse("2026-01-06T11:30:00Z")),
 *         "checkout", Optional.of("v1.4.0"), "incidents.csv:2");
 * }</pre>
 *
 * @param start    when it began
 * @param restored when service was restored; empty while it is ongoing
 * @param service  the service affected
 * @param causedBy the version whose deployment caused it, if a deployment did
 * @param location where it is recorded: file and line
 */
public record Incident(Instant start, Optional<Instant> restored, String service, Optional<String> causedBy,
                       String location) {

    /**
     * Creates an {@code Incident}, checking its components.
     *
     * @param start    when it began
     * @param restored when service was restored; empty while it is ongoing
     * @param service  the service affected
     * @param causedBy the version whose deployment caused it, if a deployment did
     * @param location where it is recorded: file and line
     * @throws IllegalArgumentException if it was restored before it began
     */
    public Incident {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(restored, "restored");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(causedBy, "causedBy");
        Objects.requireNonNull(location, "location");
        restored.ifPresent(r -> {
            if (r.isBefore(start)) {
                throw new IllegalArgumentException(location + ": restored must not be before start " + start
                        + ", but was " + r);
            }
        });
    }

    /**
     * How long it took to restore service; empty while ongoing.
     *
     * @return the time from {@link #start} to {@link #restored}, or empty while the incident is ongoing
     */
    public Optional<Duration> timeToRestore() {
        return restored.map(r -> Duration.between(start, r));
    }
}
