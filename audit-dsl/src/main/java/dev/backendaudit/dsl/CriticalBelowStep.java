package dev.backendaudit.dsl;

import dev.backendaudit.model.Quantity;
import java.time.Duration;

/**
 * The critical bound that completes a {@link WarnBelowStep#warnBelow warnBelow} clause.
 *
 * <pre>{@code
 * BackendAudit.of("checkout-service")
 *     .codeQuality(c -> c.testCoverage(Quantity.percent(71))
 *         .warnBelow(Quantity.percent(80)).criticalBelow(Quantity.percent(50)))
 *     .evaluate();
 * }</pre>
 *
 * @param <N> the step that follows
 */
public interface CriticalBelowStep<N> {

    /**
     * Below {@code critical} the sign is critical:
     * {@code s -> s.peakHeadroom(1.8).warnBelow(Quantity.times(2)).criticalBelow(Quantity.times(1.2))}.
     *
     * @param critical the critical bound, at or below the warning bound
     * @return the step after the bounds
     * @throws IllegalArgumentException naming the clause if the bound is in the wrong unit, negative,
     *                                  or above the warning bound
     */
    N criticalBelow(Quantity critical);

    /**
     * Below {@code critical} the sign is critical; for duration metrics:
     * {@code .measured(certificateExpiry, Duration.ofDays(20)).warnBelow(Duration.ofDays(30)).criticalBelow(Duration.ofDays(7)).signalling(sign)}.
     *
     * @param critical the critical bound, at or below the warning bound
     * @return the step after the bounds
     * @throws IllegalArgumentException naming the clause if the bound is negative or above the warning bound
     */
    N criticalBelow(Duration critical);
}
