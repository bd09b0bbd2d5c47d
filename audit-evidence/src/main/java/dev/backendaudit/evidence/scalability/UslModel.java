package dev.backendaudit.evidence.scalability;

/**
 * The Universal Scalability Law with its three parameters: X(N) = λN / (1 + σ(N−1) + κN(N−1)).
 *
 * <pre>{@code
 * UslModel model = new UslModel(0.02, 0.02, 1.0);
 * model.throughputAt(4);      // 3.0769
 * model.peakConcurrency();    // N* = √((1−σ)/κ) = 7.0
 * model.maxThroughput();      // X(N*) = 3.5714
 * }</pre>
 *
 * @param sigma  σ, contention: the share of work that waits in line, in [0, 1]
 * @param kappa  κ, coherency: the cost of keeping each pair of workers consistent, zero or more
 * @param lambda λ, throughput at concurrency 1 without contention (requests per second), above zero
 */
public record UslModel(double sigma, double kappa, double lambda) {

    /** @throws IllegalArgumentException naming the parameter, its range and the value */
    public UslModel {
        if (!(sigma >= 0 && sigma <= 1)) {
            throw new IllegalArgumentException("USL sigma must be in [0, 1], but was " + sigma);
        }
        if (!(kappa >= 0) || Double.isInfinite(kappa)) {
            throw new IllegalArgumentException("USL kappa must be a finite number >= 0, but was " + kappa);
        }
        if (!(lambda > 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("USL lambda must be a finite number > 0, but was " + lambda);
        }
    }

    /**
     * Throughput at concurrency {@code n}.
     *
     * @param n concurrency, above zero
     * @return X(n), requests per second
     */
    public double throughputAt(double n) {
        return lambda * n / (1 + sigma * (n - 1) + kappa * n * (n - 1));
    }

    /**
     * The concurrency of peak throughput, N* = √((1−σ)/κ); beyond it throughput falls.
     *
     * @return N*, or positive infinity when κ is 0 (throughput then levels off at λ/σ and never falls)
     */
    public double peakConcurrency() {
        return kappa == 0 ? Double.POSITIVE_INFINITY : Math.sqrt((1 - sigma) / kappa);
    }

    /**
     * The most throughput the system gives: X(N*), or the ceiling λ/σ when κ is 0.
     *
     * @return requests per second; positive infinity when σ and κ are both 0 (linear scaling)
     */
    public double maxThroughput() {
        if (kappa > 0) {
            return throughputAt(peakConcurrency());
        }
        return sigma == 0 ? Double.POSITIVE_INFINITY : lambda / sigma;
    }

    /**
     * Which term costs more at concurrency {@code n}: contention σ(n−1) or coherency κn(n−1).
     *
     * @param n concurrency above 1
     * @return the larger term's bound (contention on a tie)
     */
    public ScalabilityBound boundAt(double n) {
        return kappa * n > sigma ? ScalabilityBound.COHERENCY : ScalabilityBound.CONTENTION;
    }
}
