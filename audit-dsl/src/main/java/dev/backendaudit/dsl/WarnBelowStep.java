package dev.backendaudit.dsl;

import dev.backendaudit.model.Quantity;
import java.time.Duration;

/**
 * Overrides the warning bound of the measurement just given, for a metric where <em>lower is
 * worse</em> (test coverage, headroom, deployment frequency); the critical bound must follow.
 *
 * <pre>{@code
 * BackendAudit.of("checkout-service")
 *     .scalability(s -> s
 *         .peakHeadroom(1.8).warnBelow(Quantity.times(2)).criticalBelow(Quantity.times(1.2)))
 *     .evaluate();
 * }</pre>
 *
 * @param <N> the step that follows the critical bound
 */
public interface WarnBelowStep<N> {

    /**
     * Below {@code warning} the sign is present as a warning:
     * {@code c -> c.testCoverage(Quantity.percent(71)).warnBelow(Quantity.percent(80)).criticalBelow(Quantity.percent(50))}.
     *
     * @param warning the warning bound, in a unit of the metric's dimension
     * @return the step that takes the critical bound
     * @throws IllegalArgumentException naming the clause if the bound is in the wrong unit or negative
     */
    CriticalBelowStep<N> warnBelow(Quantity warning);

    /**
     * Below {@code warning} the sign is present as a warning; for duration metrics:
     * {@code .measured(certificateExpiry, Duration.ofDays(20)).warnBelow(Duration.ofDays(30)).criticalBelow(Duration.ofDays(7)).signalling(sign)}.
     *
     * @param warning the warning bound
     * @return the step that takes the critical bound
     * @throws IllegalArgumentException naming the clause if the metric is not a duration or the bound is negative
     */
    CriticalBelowStep<N> warnBelow(Duration warning);
}
