package dev.backendaudit.dsl;

import dev.backendaudit.model.Sign;

/**
 * Bounds for a top-level measurement are complete: name the sign they detect, which is required
 * when no criterion judged the metric before, or go on.
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
public interface SignStep extends AuditStep {

    /**
     * The sign the bounded measurement detects; the criterion (id: the metric's id, unless a criterion
     * already judged the metric) is added to the audit, with the sign's area.
     *
     * @throws NullPointerException naming the clause if {@code sign} is null
     */
    AuditStep signalling(Sign sign);
}
