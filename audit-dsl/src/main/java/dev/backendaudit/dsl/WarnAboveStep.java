package dev.backendaudit.dsl;

import dev.backendaudit.model.Quantity;
import java.time.Duration;

/**
 * Overrides the warning bound of the measurement just given, for a metric where <em>higher is
 * worse</em>; the critical bound must follow. Only offered right after such a measurement, so a
 * bound without a measurement, or in the wrong direction, does not compile.
 *
 * <pre>{@code
 * BackendAudit.of("checkout-service")
 *     .performance(p -> p
 *         .latencyP95(Duration.ofMillis(870)).underPeakLoad()
 *         .warnAbove(Duration.ofMillis(250)).criticalAbove(Duration.ofMillis(800)))
 *     .evaluate();
 * }</pre>
 *
 * @param <N> the step that follows the critical bound
 */
public interface WarnAboveStep<N> {

    /**
     * Above {@code warning} the sign is present as a warning:
     * {@code d -> d.changeFailureRate(Quantity.percent(12)).warnAbove(Quantity.percent(10)).criticalAbove(Quantity.percent(20))}.
     *
     * @param warning the warning bound, in a unit of the metric's dimension
     * @return the step that takes the critical bound
     * @throws IllegalArgumentException naming the clause if the bound is in the wrong unit or negative
     */
    CriticalAboveStep<N> warnAbove(Quantity warning);

    /**
     * Above {@code warning} the sign is present as a warning; for duration metrics:
     * {@code p -> p.latencyP95(Duration.ofMillis(870)).underPeakLoad().warnAbove(Duration.ofMillis(250)).criticalAbove(Duration.ofMillis(800))}.
     *
     * @param warning the warning bound
     * @return the step that takes the critical bound
     * @throws IllegalArgumentException naming the clause if the metric is not a duration or the bound is negative
     */
    CriticalAboveStep<N> warnAbove(Duration warning);
}
