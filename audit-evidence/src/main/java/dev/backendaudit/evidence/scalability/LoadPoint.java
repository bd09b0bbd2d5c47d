package dev.backendaudit.evidence.scalability;

/**
 * One step of a load test: how many requests were in flight (threads, virtual users, connections)
 * and how many completed per second.
 *
 * <pre>{@code
 * new LoadPoint(16, 1420.5)   // 16 threads, 1,420.5 requests per second
 * }</pre>
 *
 * @param concurrency the load level, above zero
 * @param throughput  completed requests per second, zero or more
 */
public record LoadPoint(double concurrency, double throughput) {

    /** @throws IllegalArgumentException naming the value and the rule */
    public LoadPoint {
        if (!Double.isFinite(concurrency) || concurrency <= 0) {
            throw new IllegalArgumentException("load point concurrency must be a finite number > 0, but was "
                    + concurrency);
        }
        if (!Double.isFinite(throughput) || throughput < 0) {
            throw new IllegalArgumentException("load point throughput must be a finite number >= 0, but was "
                    + throughput);
        }
    }
}
