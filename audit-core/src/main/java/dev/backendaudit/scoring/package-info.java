/**
 * Scoring: the {@link dev.backendaudit.scoring.ScoringStrategy} SPI, the built-in strategies found by
 * name through {@link dev.backendaudit.scoring.Strategies}, and the checks they share
 * ({@link dev.backendaudit.scoring.OptimizationChecks}, {@link dev.backendaudit.scoring.NextSteps}).
 *
 * <p>Each strategy's settings are a record with documented {@code DEFAULTS}, generated withers and a
 * generated builder (Immutables, at compile time), e.g.
 * {@code WeightedScoreStrategy.Config.DEFAULTS.withHealthyFrom(85)} or
 * {@code new WeightedScoreStrategySettings.ConfigBuilder().from(WeightedScoreStrategy.Config.DEFAULTS)...build()};
 * the record's constructor checks every setting, so a copy is checked like an original.
 */
@Value.Style(allowedClasspathAnnotations = Override.class, typeImmutableEnclosing = "*Settings")
package dev.backendaudit.scoring;

import org.immutables.value.Value;
