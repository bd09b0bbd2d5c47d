/**
 * Latency recordings measured into performance evidence: {@link dev.backendaudit.evidence.latency.LatencyRecordings}
 * reads HdrHistogram interval logs and percentile tables, JMeter result files, k6 and JMH JSON and plain sample
 * files into normal- and peak-load {@link dev.backendaudit.evidence.latency.LatencyWindow}s.
 *
 * <p>{@link dev.backendaudit.evidence.latency.Recording} has generated withers (Immutables, at compile time).
 */
@Value.Style(allowedClasspathAnnotations = Override.class, builderVisibility = Value.Style.BuilderVisibility.PACKAGE)
package dev.backendaudit.evidence.latency;

import org.immutables.value.Value;
