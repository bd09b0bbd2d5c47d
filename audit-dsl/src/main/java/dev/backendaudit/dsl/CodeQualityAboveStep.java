package dev.backendaudit.dsl;

/**
 * A code-quality measurement where higher is worse has just been given: override its bounds, or go
 * on with the code-quality clause.
 *
 * <pre>{@code
 * BackendAudit.of("checkout-service")
 *     .codeQuality(c -> c
 *         .duplication(Quantity.percent(7)).warnAbove(Quantity.percent(10)).criticalAbove(Quantity.percent(20))
 *         .readable(true))
 *     .evaluate();
 * }</pre>
 */
public interface CodeQualityAboveStep extends CodeQualityClause, WarnAboveStep<CodeQualityClause> {
}
