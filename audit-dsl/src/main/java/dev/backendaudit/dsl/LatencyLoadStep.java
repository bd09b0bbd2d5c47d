package dev.backendaudit.dsl;

/**
 * Names the load a latency percentile was measured under. A latency without its load does not
 * complete the performance clause (it does not compile as the clause's result).
 *
 * <pre>{@code
 * BackendAudit.of("checkout-service")
 *     .performance(p -> p.latencyP95(Duration.ofMillis(870)).underPeakLoad())
 *     .evaluate();
 * }</pre>
 */
public interface LatencyLoadStep {

    /**
     * The latency was measured at normal, everyday load: {@code p -> p.latencyP95(Duration.ofMillis(180)).underNormalLoad()}.
     *
     * @return the step that may bound the measurement
     */
    PerformanceAboveStep underNormalLoad();

    /**
     * The latency was measured at peak load (a sale, a load test at expected peak):
     * {@code p -> p.latencyP95(Duration.ofMillis(870)).underPeakLoad()}.
     *
     * @return the step that may bound the measurement
     */
    PerformanceAboveStep underPeakLoad();
}
