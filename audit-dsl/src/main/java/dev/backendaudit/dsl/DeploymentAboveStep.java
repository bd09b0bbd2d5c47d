package dev.backendaudit.dsl;

/**
 * A delivery measurement where higher is worse (lead time, change failure rate) has just been given:
 * override its bounds, or go on with the deployment clause.
 *
 * <pre>{@code
 * BackendAudit.of("checkout-service")
 *     .deployment(d -> d
 *         .changeFailureRate(Quantity.percent(12)).warnAbove(Quantity.percent(10)).criticalAbove(Quantity.percent(20))
 *         .ciCdPipeline(true))
 *     .evaluate();
 * }</pre>
 */
public interface DeploymentAboveStep extends DeploymentClause, WarnAboveStep<DeploymentClause> {
}
