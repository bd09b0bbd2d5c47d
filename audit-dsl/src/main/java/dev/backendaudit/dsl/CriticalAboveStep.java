package dev.backendaudit.dsl;

import dev.backendaudit.model.Quantity;
import java.time.Duration;

/**
 * The critical bound that completes a {@link WarnAboveStep#warnAbove warnAbove} clause.
 *
 * <pre>{@code
 * BackendAudit.of("checkout-service")
 *     .deployment(d -> d.changeFailureRate(Quantity.percent(12))
 *         .warnAbove(Quantity.percent(10)).criticalAbove(Quantity.percent(20)))
 *     .evaluate();
 * }</pre>
 *
 * @param <N> the step that follows
 */
public interface CriticalAboveStep<N> {

    /**
     * Above {@code critical} the sign is critical:
     * {@code d -> d.changeFailureRate(Quantity.percent(12)).warnAbove(Quantity.percent(10)).criticalAbove(Quantity.percent(20))}.
     *
     * @param critical the critical bound, at or above the warning bound
     * @return the step after the bounds
     * @throws IllegalArgumentException naming the clause if the bound is in the wrong unit, negative,
     *                                  or below the warning bound
     */
    N criticalAbove(Quantity critical);

    /**
     * Above {@code critical} the sign is critical; for duration metrics:
     * {@code m -> m.timeToRestore(Duration.ofHours(3)).warnAbove(Duration.ofHours(1)).criticalAbove(Duration.ofHours(8))}.
     *
     * @param critical the critical bound, at or above the warning bound
     * @return the step after the bounds
     * @throws IllegalArgumentException naming the clause if the bound is negative or below the warning bound
     */
    N criticalAbove(Duration critical);
}
