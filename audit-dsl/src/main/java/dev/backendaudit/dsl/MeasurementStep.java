package dev.backendaudit.dsl;

/**
 * A measurement of any metric has just been given at the top of the sentence: go on (a metric no
 * criterion judges is kept as context), or bound it, and then name the sign the bounds
 * {@link SignStep#signalling signal}.
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
 * criterion's, must go in its direction, and must signal its sign; the area clauses
 * ({@code performance(p -> p.errorRate(...).warnAbove(...)...)}) bound standard metrics without naming it.
 */
public interface MeasurementStep extends AuditStep, WarnAboveStep<SignStep>, WarnBelowStep<SignStep> {
}
