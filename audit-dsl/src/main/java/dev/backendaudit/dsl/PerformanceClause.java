package dev.backendaudit.dsl;

import dev.backendaudit.model.EvidenceReport;
import dev.backendaudit.model.Quantity;
import java.time.Duration;

/**
 * The vocabulary of the Performance area: latency percentiles under normal and peak load, the
 * slowdown between them, error rate, throughput, and the checklist's questions. Each measurement
 * is judged by the standard bound quoted on its method (from {@code dev.backendaudit.checklist.Criteria},
 * where each number's source is given) unless the clause overrides it.
 *
 * <pre>{@code
 * BackendAudit.of("checkout-service")
 *     .performance(p -> p
 *         .latencyP95(Duration.ofMillis(180)).underNormalLoad()
 *         .latencyP95(Duration.ofMillis(870)).underPeakLoad()
 *             .warnAbove(Duration.ofMillis(300)).criticalAbove(Duration.ofSeconds(1))
 *         .latencyP99(Duration.ofMillis(1900)).underPeakLoad()
 *         .queriesEfficient(false, "order history scans the orders table")
 *         .knownBottlenecks(false))
 *     .evaluate();
 * }</pre>
 *
 * <p>When both p95 values are given and no {@link #peakSlowdown(double) peak slowdown} is, the
 * audit derives the slowdown as p95 at peak divided by p95 at normal load (provenance
 * {@code derived}); a slowdown given by the user always wins.
 */
public interface PerformanceClause extends AreaClause<PerformanceClause> {

    /**
     * Median latency; the load it was measured under must follow. Default bounds: normal load warning
     * above 100 ms, critical above 500 ms; peak load warning above 200 ms, critical above 1 s.
     *
     * <pre>{@code p -> p.latencyP50(Duration.ofMillis(40)).underNormalLoad()}</pre>
     *
     * @param latency the median latency
     * @return the step that names the load
     * @throws IllegalArgumentException naming the clause if {@code latency} is negative
     */
    LatencyLoadStep latencyP50(Duration latency);

    /**
     * 95th-percentile latency; the load must follow. Default bounds (normal and peak alike): warning
     * above 300 ms, critical above 1 s.
     *
     * <pre>{@code p -> p.latencyP95(Duration.ofMillis(870)).underPeakLoad()}</pre>
     *
     * @param latency the 95th-percentile latency
     * @return the step that names the load
     * @throws IllegalArgumentException naming the clause if {@code latency} is negative
     */
    LatencyLoadStep latencyP95(Duration latency);

    /**
     * 99th-percentile latency; the load must follow. Default bounds: normal load warning above 1 s,
     * critical above 2.5 s; peak load warning above 1 s, critical above 3 s.
     *
     * <pre>{@code p -> p.latencyP99(Duration.ofMillis(1900)).underPeakLoad()}</pre>
     *
     * @param latency the 99th-percentile latency
     * @return the step that names the load
     * @throws IllegalArgumentException naming the clause if {@code latency} is negative
     */
    LatencyLoadStep latencyP99(Duration latency);

    /**
     * How many times slower p95 latency is at peak than at normal load. Default bounds: warning above
     * 2x, critical above 4x.
     *
     * <pre>{@code p -> p.peakSlowdown(4.8).warnAbove(Quantity.times(3)).criticalAbove(Quantity.times(6))}</pre>
     *
     * @param factor p95 at peak over p95 at normal load
     * @return the step that may bound the measurement
     * @throws IllegalArgumentException naming the clause if {@code factor} is negative or not finite
     */
    PerformanceAboveStep peakSlowdown(double factor);

    /**
     * The share of requests that fail, as a ratio or percentage. It is the Monitoring &amp; reliability
     * metric and judged there (sign "frequent failures"): give it here or in the monitoring clause,
     * not with two different values. Default bounds: warning above 1%, critical above 5%.
     *
     * <pre>{@code p -> p.errorRate(Quantity.percent(0.4))}</pre>
     *
     * @param rate the share of failed requests
     * @return the step that may bound the measurement
     * @throws IllegalArgumentException naming the clause if the rate is not a ratio in [0, 1]
     */
    PerformanceAboveStep errorRate(Quantity rate);

    /**
     * Requests served per unit of time, e.g. {@code Quantity.of(1200, Unit.PER_SECOND)}. The checklist
     * has no standard bound (it depends on the product), so throughput is reported only, unless the
     * clause gives bounds: then too little throughput signals slow performance.
     *
     * <pre>{@code p -> p.throughput(Quantity.of(900, Unit.PER_SECOND))
     *     .warnBelow(Quantity.of(1000, Unit.PER_SECOND)).criticalBelow(Quantity.of(500, Unit.PER_SECOND))}</pre>
     *
     * @param rate requests per unit of time
     * @return the step that may bound the measurement
     * @throws IllegalArgumentException naming the clause if the quantity is not a rate or is negative
     */
    PerformanceBelowStep throughput(Quantity rate);

    /**
     * Everything a latency recording measured, as a collector reported it (for example a
     * {@code LatencyReport} of audit-evidence's {@code LatencyRecordings}): p50/p95/p99 under normal and
     * peak load, the peak slowdown, throughput and error rate, each judged by its standard criterion
     * with the default bounds of the methods above, each with its own provenance (file, window, sample
     * count). What the recording could not measure stays UNKNOWN; a report's own reasons are in its
     * {@code unknowns()}.
     *
     * <pre>{@code
     * LatencyReport latency = LatencyRecordings.read(Recording.of(Path.of("perf/stepped.jtl")));
     * BackendAudit.of("checkout-service")
     *     .performance(p -> p.recorded(latency).queriesEfficient(true))
     *     .evaluate();
     * }</pre>
     *
     * @param latency the collector's report
     * @return the clause, with the report's evidence
     * @throws NullPointerException     naming the clause if {@code latency} is null
     * @throws IllegalArgumentException naming the clause and the topic if the report holds evidence
     *                                  about anything but performance and the error rate
     */
    PerformanceClause recorded(EvidenceReport latency);

    /**
     * Whether database queries on hot paths are efficient; "no" is a warning.
     *
     * <pre>{@code p -> p.queriesEfficient(true)}</pre>
     *
     * @param yes the answer
     * @return the clause, with the answer
     */
    PerformanceClause queriesEfficient(boolean yes);

    /**
     * Whether database queries on hot paths are efficient, with a note; "no" is a warning.
     *
     * <pre>{@code p -> p.queriesEfficient(false, "order history scans the orders table")}</pre>
     *
     * @param yes  the answer
     * @param note why
     * @return the clause, with the answer
     * @throws NullPointerException     naming the clause if {@code note} is null (leave it out instead)
     * @throws IllegalArgumentException naming the clause if {@code note} is blank
     */
    PerformanceClause queriesEfficient(boolean yes, String note);

    /**
     * Whether known bottlenecks cap throughput or latency; "yes" is a warning.
     *
     * <pre>{@code p -> p.knownBottlenecks(false)}</pre>
     *
     * @param yes the answer
     * @return the clause, with the answer
     */
    PerformanceClause knownBottlenecks(boolean yes);

    /**
     * Whether known bottlenecks cap throughput or latency, with a note; "yes" is a warning.
     *
     * <pre>{@code p -> p.knownBottlenecks(true, "the single payment-gateway connection pool")}</pre>
     *
     * @param yes  the answer
     * @param note which bottleneck
     * @return the clause, with the answer
     * @throws NullPointerException     naming the clause if {@code note} is null (leave it out instead)
     * @throws IllegalArgumentException naming the clause if {@code note} is blank
     */
    PerformanceClause knownBottlenecks(boolean yes, String note);
}
