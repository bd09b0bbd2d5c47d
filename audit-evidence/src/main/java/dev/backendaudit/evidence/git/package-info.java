/**
 * Evidence from a git history: commits, fixes and refixes, hotspots, change coupling, releases and throughput ({@link dev.backendaudit.evidence.git.GitHistory}, configured by {@link dev.backendaudit.evidence.git.HistoryOptions}).
 *
 * <p>Option records with several parts have generated withers and builders (Immutables, at compile
 * time); their fluent methods delegate to them, and the records' own constructors check every rule.
 */
@Value.Style(allowedClasspathAnnotations = Override.class, builderVisibility = Value.Style.BuilderVisibility.PACKAGE)
package dev.backendaudit.evidence.git;

import org.immutables.value.Value;
