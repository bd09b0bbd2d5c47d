/**
 * The checklist's words about time judged from audit history ({@link dev.backendaudit.scoring.history.TrendRules}),
 * and the differences between two verdicts ({@link dev.backendaudit.scoring.history.VerdictDiff}).
 *
 * <p>{@code TrendRules} has generated withers and a builder (Immutables):
 * {@code TrendRules.DEFAULTS.withConsistentAudits(4).withConsistentSigns(2)}.
 */
@Value.Style(allowedClasspathAnnotations = Override.class)
package dev.backendaudit.scoring.history;

import org.immutables.value.Value;
