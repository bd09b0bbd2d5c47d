package dev.backendaudit.dsl;

/**
 * A reliability measurement where higher is worse has just been given: override its bounds, or go on
 * with the monitoring clause.
 *
 * <pre>{@code
 * BackendAudit.of("checkout-service")
 *     .monitoring(m -> m
 *         .timeToRestore(Duration.ofHours(3)).warnAbove(Duration.ofHours(1)).criticalAbove(Duration.ofHours(8))
 *         .alertingOnFailure(true))
 *     .evaluate();
 * }</pre>
 */
public interface MonitoringAboveStep extends MonitoringClause, WarnAboveStep<MonitoringClause> {
}
