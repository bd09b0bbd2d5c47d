package dev.backendaudit.evidence.scalability;

/**
 * How λ, the throughput of one unit of concurrency, is treated when the Universal Scalability Law
 * is fitted. Published fits differ here, so every fit names its method.
 */
public enum UslMethod {
    /** λ is fitted with σ and κ (three parameters): robust when the point at concurrency 1 is noisy or missing. */
    LAMBDA_FITTED,
    /**
     * λ is fixed at the measured X(1) and only σ and κ are fitted, as in Gunther's normalised
     * capacity C(N) = X(N)/X(1); needs a point at concurrency 1.
     */
    LAMBDA_FIXED_AT_X1;

    /**
     * The method in words, for provenance.
     *
     * @return {@code "λ fitted"} or {@code "λ fixed at X(1)"}
     */
    public String describe() {
        return this == LAMBDA_FITTED ? "λ fitted" : "λ fixed at X(1)";
    }
}
