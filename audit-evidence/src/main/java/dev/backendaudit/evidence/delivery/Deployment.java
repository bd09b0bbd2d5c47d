package dev.backendaudit.evidence.delivery;

import java.time.Instant;
import java.util.Objects;

/**
 * One deployment to production, as a deployment log records it.
 *
 * <pre>{@code
 * new Deployment(Instant.parse("2026-01-05T10:00:00Z"), "checkout", "v1.4.0", DeploymentStatus.SUCCESS,
 *         "deployments.csv:2");
 * }</pre>
 *
 * @param time     when it reached production
 * @param service  the service deployed
 * @param version  what was deployed: a tag, a commit id or any revision git can resolve
 * @param status   how it went
 * @param location where it is recorded: file and line
 */
public record Deployment(Instant time, String service, String version, DeploymentStatus status, String location) {

    /**
     * Creates a {@code Deployment}, checking its components.
     *
     * @param time     when it reached production
     * @param service  the service deployed
     * @param version  what was deployed: a tag, a commit id or any revision git can resolve
     * @param status   how it went
     * @param location where it is recorded: file and line
     * @throws NullPointerException if a component is null
     */
    public Deployment {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(location, "location");
    }
}
