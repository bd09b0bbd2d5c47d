package dev.backendaudit.dsl;

/**
 * A scalability measurement where lower is worse (headroom) has just been given: override its bounds,
 * or go on with the scalability clause.
 *
 * <pre>{@code
 * BackendAudit.of("checkout-service")
 *     .scalability(s -> s
 *         .peakConcurrency(1800, 1000).warnBelow(Quantity.times(2)).criticalBelow(Quantity.times(1.2))
 *         .scalesAutomatically())
 *     .evaluate();
 * }</pre>
 */
public interface ScalabilityBelowStep extends ScalabilityClause, WarnBelowStep<ScalabilityClause> {
}
