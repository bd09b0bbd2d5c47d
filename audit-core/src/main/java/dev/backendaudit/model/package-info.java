/**
 * The audit's vocabulary, all immutable values: {@link dev.backendaudit.model.Area},
 * {@link dev.backendaudit.model.Metric}, {@link dev.backendaudit.model.Question}, {@link dev.backendaudit.model.Sign},
 * {@link dev.backendaudit.model.Evidence}, {@link dev.backendaudit.model.Criterion},
 * {@link dev.backendaudit.model.Finding}, {@link dev.backendaudit.model.Assessment},
 * {@link dev.backendaudit.model.Decision} and {@link dev.backendaudit.model.Verdict}.
 *
 * <p>Values with several parts have generated withers ({@code verdict.withStrategy(...)},
 * {@code audit.withEvidence(...)}), made by Immutables at compile time; the records' own constructors
 * check every rule, so a copy is checked like an original.
 */
@Value.Style(allowedClasspathAnnotations = Override.class, builderVisibility = Value.Style.BuilderVisibility.PACKAGE)
package dev.backendaudit.model;

import org.immutables.value.Value;
