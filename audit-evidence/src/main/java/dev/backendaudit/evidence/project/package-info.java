/**
 * One call that audits a whole project: every module's history, layout, delivery records, compiled classes, build reports and recordings ({@link dev.backendaudit.evidence.project.ProjectEvidence}, configured by {@link dev.backendaudit.evidence.project.ProjectOptions}).
 *
 * <p>Option records with several parts have generated withers and builders (Immutables, at compile
 * time); their fluent methods delegate to them, and the records' own constructors check every rule.
 */
@Value.Style(allowedClasspathAnnotations = Override.class, builderVisibility = Value.Style.BuilderVisibility.PACKAGE)
package dev.backendaudit.evidence.project;

import org.immutables.value.Value;
