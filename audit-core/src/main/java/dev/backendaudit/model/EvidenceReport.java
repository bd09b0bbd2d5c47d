package dev.backendaudit.model;

import java.util.List;

/**
 * What a collector measured from an artifact a team already has (a latency recording, a load test,
 * a repository): the evidence, each piece with its own provenance, and what it could not measure,
 * and why. An audit takes the evidence; the reasons tell a person what to gather next.
 *
 * <pre>{@code
 * EvidenceReport latency = LatencyRecordings.read(Recording.of(Path.of("perf/checkout.jtl")));
 * Audit audit = Audit.builder("checkout-service")
 *         .checklist(StandardChecklist.checklist())
 *         .evidence(latency.evidence())
 *         .build();
 * latency.unknowns().forEach(System.err::println);   // e.g. "p99.9 under peak load: 812 samples ..."
 * }</pre>
 *
 * <p>The DSL takes a report whole ({@code performance(p -> p.recorded(latency))}), so that the
 * evidence of one artifact enters the audit together. Missing evidence stays missing: a report
 * never fills a gap with a guess, and what it left out is in {@link #unknowns()}.
 */
public interface EvidenceReport {

    /**
     * The evidence measured, ready for {@code Audit.Builder.evidence(...)}.
     *
     * @return the evidence, possibly empty, never null
     */
    List<Evidence> evidence();

    /**
     * What could not be measured, one sentence each, saying why and what to measure instead.
     *
     * @return the reasons, possibly empty, never null
     */
    List<String> unknowns();
}
