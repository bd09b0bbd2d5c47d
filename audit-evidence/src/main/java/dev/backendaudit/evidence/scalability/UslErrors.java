package dev.backendaudit.evidence.scalability;

/**
 * The standard errors of a USL fit's parameters, from the optimiser's covariance scaled by the
 * residual variance: how far each parameter could move within the noise of the points.
 *
 * @param sigma  standard error of σ
 * @param kappa  standard error of κ
 * @param lambda standard error of λ (0 when λ was fixed at X(1))
 */
public record UslErrors(double sigma, double kappa, double lambda) {
}
