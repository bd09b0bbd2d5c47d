/**
 * Architecture measured from compiled classes with ArchUnit: cycles between components, coupling and instability ({@link dev.backendaudit.evidence.architecture.CompiledClasses}, configured by {@link dev.backendaudit.evidence.architecture.ClassesOptions}).
 *
 * <p>Option records with several parts have generated withers and builders (Immutables, at compile
 * time); their fluent methods delegate to them, and the records' own constructors check every rule.
 */
@Value.Style(allowedClasspathAnnotations = Override.class, builderVisibility = Value.Style.BuilderVisibility.PACKAGE)
package dev.backendaudit.evidence.architecture;

import org.immutables.value.Value;
