package dev.backendaudit.dsl;

/**
 * A code-quality measurement where lower is worse (coverage) has just been given: override its
 * bounds, or go on with the code-quality clause.
 *
 * <pre>{@code
 * BackendAudit.of("checkout-service")
 *     .codeQuality(c -> c
 *         .testCoverage(Quantity.percent(71)).warnBelow(Quantity.percent(80)).criticalBelow(Quantity.percent(50))
 *         .readable(true))
 *     .evaluate();
 * }</pre>
 */
public interface CodeQualityBelowStep extends CodeQualityClause, WarnBelowStep<CodeQualityClause> {
}
