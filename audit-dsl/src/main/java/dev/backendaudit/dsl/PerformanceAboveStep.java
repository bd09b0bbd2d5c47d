package dev.backendaudit.dsl;

/**
 * A performance measurement where higher is worse has just been given: override its bounds, or go on
 * with the performance clause.
 *
 * <pre>{@code
 * BackendAudit.of("checkout-service")
 *     .performance(p -> p
 *         .latencyP95(Duration.ofMillis(870)).underPeakLoad()
 *         .warnAbove(Duration.ofMillis(300)).criticalAbove(Duration.ofSeconds(1))
 *         .peakSlowdown(4.8))
 *     .evaluate();
 * }</pre>
 */
public interface PerformanceAboveStep extends PerformanceClause, WarnAboveStep<PerformanceClause> {
}
