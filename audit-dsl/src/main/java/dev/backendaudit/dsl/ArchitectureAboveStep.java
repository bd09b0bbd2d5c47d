package dev.backendaudit.dsl;

/**
 * An architecture measurement where higher is worse has just been given: override its bounds, or go
 * on with the architecture clause.
 *
 * <pre>{@code
 * BackendAudit.of("checkout-service")
 *     .architecture(a -> a
 *         .dependencyCycles(3).warnAbove(Quantity.count(2)).criticalAbove(Quantity.count(10))
 *         .modular())
 *     .evaluate();
 * }</pre>
 */
public interface ArchitectureAboveStep extends ArchitectureClause, WarnAboveStep<ArchitectureClause> {
}
