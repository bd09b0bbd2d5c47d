package dev.backendaudit.evidence.scalability;

/** Which term of the Universal Scalability Law costs more at a given concurrency. */
public enum ScalabilityBound {
    /** σ(N−1) dominates: waiting for shared resources (locks, a pool, a single writer); queueing flattens throughput. */
    CONTENTION,
    /** κN(N−1) dominates: keeping shared state consistent (cache coherency, chatty coordination); throughput falls. */
    COHERENCY;

    /**
     * The bound in words.
     *
     * @return {@code "contention-bound"} or {@code "coherency-bound"}
     */
    public String describe() {
        return this == CONTENTION ? "contention-bound" : "coherency-bound";
    }
}
