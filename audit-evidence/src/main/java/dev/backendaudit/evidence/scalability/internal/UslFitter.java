package dev.backendaudit.evidence.scalability.internal;

import dev.backendaudit.evidence.scalability.LoadPoint;
import dev.backendaudit.evidence.scalability.UslErrors;
import dev.backendaudit.evidence.scalability.UslMethod;
import dev.backendaudit.evidence.scalability.UslModel;
import java.util.List;
import java.util.Optional;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealVector;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresProblem;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.util.Pair;

/**
 * Fits X(N) = λN / (1 + σ(N−1) + κN(N−1)) by non-linear least squares with Hipparchus'
 * Levenberg–Marquardt optimiser, σ kept in [0, 1] and κ non-negative by a parameter validator.
 * Residuals are weighted by the measured throughput (relative least squares), because a load
 * test's noise grows with its throughput; unweighted, the busiest steps would decide the fit alone
 * and the parameters' standard errors would be wrong.
 * The start comes from Gunther's linearisation (N·λ/X(N) − 1 = σ(N−1) + κN(N−1), solved as linear
 * least squares with λ from the lowest point); a second, generic start is tried when the first does not
 * converge or leaves relative residuals above 5 %, and the fit with the lower cost wins.
 */
public final class UslFitter {

    private static final int MAX_EVALUATIONS = 10_000;
    /** A relative RMS residual below which a fit is not retried from the generic start. */
    private static final double GOOD_ENOUGH = 0.05;

    private UslFitter() {
    }

    /**
     * A fitted model and its parameters' standard errors.
     *
     * @param model  the parameters
     * @param errors their standard errors
     */
    public record Result(UslModel model, UslErrors errors) {
    }

    /** The fitted model, or empty when the optimiser did not converge from either start. */
    public static Optional<Result> fit(List<LoadPoint> points, UslMethod method, double fixedLambda) {
        int n = points.size();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = points.get(i).concurrency();
            y[i] = points.get(i).throughput();
        }
        boolean fitLambda = method == UslMethod.LAMBDA_FITTED;
        double lambda0 = fitLambda ? y[0] / x[0] : fixedLambda;
        if (!(lambda0 > 0)) {
            lambda0 = 1;
        }
        double[] linear = linearStart(x, y, lambda0);
        double[][] starts = {
            fitLambda ? new double[] {linear[0], linear[1], lambda0} : new double[] {linear[0], linear[1]},
            fitLambda ? new double[] {0.05, 0.001, lambda0} : new double[] {0.05, 0.001},
        };
        Optional<Result> best = Optional.empty();
        double bestCost = Double.POSITIVE_INFINITY;
        for (double[] start : starts) {
            if (best.isPresent() && bestCost / Math.sqrt(n) < GOOD_ENOUGH) {
                break; // the linearised start already fits to a few percent: the generic one cannot do much better
            }
            try {
                LeastSquaresOptimizer.Optimum optimum = new LevenbergMarquardtOptimizer()
                        .optimize(problem(x, y, start, fitLambda, fixedLambda));
                RealVector p = optimum.getPoint();
                double cost = optimum.getCost();
                if (cost < bestCost && Double.isFinite(cost)) {
                    bestCost = cost;
                    best = Optional.of(new Result(new UslModel(clamp(p.getEntry(0), 1), Math.max(0, p.getEntry(1)),
                            fitLambda ? p.getEntry(2) : fixedLambda), errors(optimum, n, start.length)));
                }
            } catch (MathIllegalStateException | IllegalArgumentException e) {
                // this start did not converge (or wandered out of range); the other may
            }
        }
        return best;
    }

    /** sqrt(diag((JᵀJ)⁻¹)) scaled by the residual standard deviation; NaN where the covariance is singular. */
    private static UslErrors errors(LeastSquaresOptimizer.Optimum optimum, int n, int parameters) {
        double[] e = {Double.NaN, Double.NaN, 0};
        if (n > parameters) {
            try {
                RealVector sigma = optimum.getSigma(1e-14);
                double scale = optimum.getCost() / Math.sqrt(n - parameters);
                for (int i = 0; i < parameters; i++) {
                    e[i] = sigma.getEntry(i) * scale;
                }
            } catch (org.hipparchus.exception.MathIllegalArgumentException e2) {
                // a singular covariance leaves the errors unknown
            }
        }
        return new UslErrors(e[0], e[1], e[2]);
    }

    private static LeastSquaresProblem problem(double[] x, double[] y, double[] start, boolean fitLambda,
                                               double fixedLambda) {
        int parameters = start.length;
        double[] weights = new double[y.length];
        double floor = 1e-9 * java.util.Arrays.stream(y).max().orElse(1);
        for (int i = 0; i < y.length; i++) {
            double scale = Math.max(floor, y[i]);
            weights[i] = 1 / (scale * scale);
        }
        return new LeastSquaresBuilder()
                .start(start)
                .target(y)
                .weight(new org.hipparchus.linear.DiagonalMatrix(weights))
                .maxEvaluations(MAX_EVALUATIONS)
                .maxIterations(MAX_EVALUATIONS)
                .parameterValidator(p -> {
                    RealVector valid = p.copy();
                    valid.setEntry(0, clamp(p.getEntry(0), 1));
                    valid.setEntry(1, Math.max(0, p.getEntry(1)));
                    if (fitLambda) {
                        valid.setEntry(2, Math.max(1e-12, p.getEntry(2)));
                    }
                    return valid;
                })
                .model(point -> {
                    double sigma = point.getEntry(0);
                    double kappa = point.getEntry(1);
                    double lambda = fitLambda ? point.getEntry(2) : fixedLambda;
                    double[] values = new double[x.length];
                    double[][] jacobian = new double[x.length][parameters];
                    for (int i = 0; i < x.length; i++) {
                        double n = x[i];
                        double d = 1 + sigma * (n - 1) + kappa * n * (n - 1);
                        values[i] = lambda * n / d;
                        double dd = -lambda * n / (d * d);
                        jacobian[i][0] = dd * (n - 1);
                        jacobian[i][1] = dd * n * (n - 1);
                        if (fitLambda) {
                            jacobian[i][2] = n / d;
                        }
                    }
                    return new Pair<>(new ArrayRealVector(values, false), new Array2DRowRealMatrix(jacobian, false));
                })
                .build();
    }

    /** σ and κ from N·λ/X(N) − 1 = σ(N−1) + κN(N−1), by linear least squares (two normal equations). */
    private static double[] linearStart(double[] x, double[] y, double lambda) {
        double saa = 0;
        double sab = 0;
        double sbb = 0;
        double say = 0;
        double sby = 0;
        for (int i = 0; i < x.length; i++) {
            if (y[i] <= 0) {
                continue;
            }
            double a = x[i] - 1;
            double b = x[i] * (x[i] - 1);
            double t = x[i] * lambda / y[i] - 1;
            saa += a * a;
            sab += a * b;
            sbb += b * b;
            say += a * t;
            sby += b * t;
        }
        double det = saa * sbb - sab * sab;
        if (Math.abs(det) < 1e-300) {
            return new double[] {0.05, 0.001};
        }
        double sigma = (say * sbb - sby * sab) / det;
        double kappa = (saa * sby - sab * say) / det;
        return new double[] {clamp(sigma, 1), Math.max(1e-6, kappa)};
    }

    private static double clamp(double value, double max) {
        return Double.isNaN(value) ? 0 : Math.max(0, Math.min(max, value));
    }
}
