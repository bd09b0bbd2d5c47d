package dev.backendaudit.dsl;

/**
 * A delivery measurement where lower is worse (deployment frequency) has just been given: override
 * its bounds, or go on with the deployment clause.
 *
 * <pre>{@code
 * BackendAudit.of("checkout-service")
 *     .deployment(d -> d
 *         .deploymentFrequency(Quantity.of(2, Unit.PER_WEEK))
 *             .warnBelow(Quantity.of(1, Unit.PER_DAY)).criticalBelow(Quantity.of(1, Unit.PER_WEEK))
 *         .ciCdPipeline(true))
 *     .evaluate();
 * }</pre>
 */
public interface DeploymentBelowStep extends DeploymentClause, WarnBelowStep<DeploymentClause> {
}
