package dev.backendaudit.dsl;

/**
 * A measurement of any metric has just been given at the top of the sentence: bound it (then, for a
 * metric no criterion judges yet, name the sign it {@link SignStep#signalling signals}), or go on.
 *
 * <pre>{@code
 * Metric openCves = Metric.of("security.open-cves", security, "open CVEs", Dimension.COUNT);
 * BackendAudit.of("checkout-service")
 *     .area(security)
 *     .measured(openCves, Quantity.count(3))
 *         .warnAbove(Quantity.count(0)).criticalAbove(Quantity.count(5)).signalling(knownVulnerabilities)
 *     .evaluate();
 * }</pre>
 *
 * <p>For a metric a criterion already judges (a standard one, say), the bounds replace that
 * criterion's and must go in its direction; {@code signalling} is then optional.
 */
public interface MeasurementStep extends AuditStep, WarnAboveStep<SignStep>, WarnBelowStep<SignStep> {
}
