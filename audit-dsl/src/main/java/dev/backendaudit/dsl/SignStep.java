package dev.backendaudit.dsl;

import dev.backendaudit.model.Sign;

/**
 * Bounds for a top-level measurement are complete: name the sign they detect. Nothing else follows
 * bounds at the top of a sentence, so {@code .measured(m, v).warnAbove(w).criticalAbove(c).audit()}
 * does not compile: the sign of bounds given here is never left to be found missing at run time.
 *
 * <pre>{@code
 * BackendAudit.of("checkout-service")
 *     .area(security)
 *     .measured(openCves, Quantity.count(3))
 *         .warnAbove(Quantity.count(0)).criticalAbove(Quantity.count(5))
 *         .signalling(knownVulnerabilities)
 *     .evaluate();
 * }</pre>
 */
public interface SignStep {

    /**
     * The sign the bounded measurement detects. The bounds make a criterion with the sign's area: the
     * one that already judged the metric gets the new bounds (its id and direction kept), or, if none
     * did, a new one with the metric's id.
     *
     * <pre>{@code .measured(Metrics.ERROR_RATE, Quantity.percent(0.4)).warnAbove(Quantity.percent(0.1))
     *     .criticalAbove(Quantity.percent(2)).signalling(Signs.FREQUENT_FAILURES)}</pre>
     *
     * @param sign the sign the bounds detect
     * @return the sentence, with the criterion
     * @throws NullPointerException     naming the clause if {@code sign} is null
     * @throws IllegalArgumentException naming the clause and both signs if a criterion already judges the
     *                                  metric for another sign (bounds change bounds, not what is detected)
     */
    AuditStep signalling(Sign sign);
}
