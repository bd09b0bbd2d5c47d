package dev.backendaudit.dsl;

/**
 * A performance measurement where lower is worse (throughput) has just been given: give it bounds,
 * or go on with the performance clause.
 *
 * <pre>{@code
 * BackendAudit.of("checkout-service")
 *     .performance(p -> p
 *         .throughput(Quantity.of(900, Unit.PER_SECOND))
 *         .warnBelow(Quantity.of(1000, Unit.PER_SECOND)).criticalBelow(Quantity.of(500, Unit.PER_SECOND)))
 *     .evaluate();
 * }</pre>
 */
public interface PerformanceBelowStep extends PerformanceClause, WarnBelowStep<PerformanceClause> {
}
