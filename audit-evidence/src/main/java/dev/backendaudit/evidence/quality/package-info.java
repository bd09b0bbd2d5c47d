/**
 * Code quality from build reports: JaCoCo coverage and complexity, Surefire and Failsafe test results, and source size ({@link dev.backendaudit.evidence.quality.CoverageOptions} configures the coverage reader).
 *
 * <p>Option records with several parts have generated withers and builders (Immutables, at compile
 * time); their fluent methods delegate to them, and the records' own constructors check every rule.
 */
@Value.Style(allowedClasspathAnnotations = Override.class, builderVisibility = Value.Style.BuilderVisibility.PACKAGE)
package dev.backendaudit.evidence.quality;

import org.immutables.value.Value;
