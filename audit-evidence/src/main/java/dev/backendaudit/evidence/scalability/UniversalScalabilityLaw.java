package dev.backendaudit.evidence.scalability;

import dev.backendaudit.evidence.scalability.internal.UslFitter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * Fits Neil Gunther's Universal Scalability Law, X(N) = λN / (1 + σ(N−1) + κN(N−1)), to a load
 * test's (concurrency, throughput) points by non-linear least squares (Hipparchus'
 * Levenberg–Marquardt optimiser; σ in [0, 1] and κ ≥ 0).
 *
 * <pre>{@code
 * UslFit fit = UniversalScalabilityLaw.fit(List.of(new LoadPoint(1, 1), new LoadPoint(2, 1.8868),
 *         new LoadPoint(4, 3.0769), new LoadPoint(6, 3.5294), new LoadPoint(8, 3.5398), new LoadPoint(10, 3.3557)),
 *         UslMethod.LAMBDA_FITTED);
 * fit.model().get().sigma();   // 0.0200
 * }</pre>
 *
 * <p>A fit is usable only when it can be trusted, and otherwise says what to measure next:
 * <ul>
 *   <li>at least {@value #MIN_POINTS} distinct concurrency levels;</li>
 *   <li>points past the knee: at the highest concurrency measured, throughput is at most
 *       {@value #KNEE_EFFICIENCY} of linear scaling (λN); before the knee contention and coherency
 *       cannot be told apart;</li>
 *   <li>a good fit: R² (the share of the throughput's variance explained) at least {@value #MIN_R_SQUARED}.</li>
 * </ul>
 */
public final class UniversalScalabilityLaw {

    /** The fewest distinct concurrency levels a fit needs. */
    public static final int MIN_POINTS = 6;
    /** The most a usable fit may keep of linear scaling at its highest concurrency. */
    public static final double KNEE_EFFICIENCY = 0.8;
    /** The least R² a usable fit has. */
    public static final double MIN_R_SQUARED = 0.9;

    private UniversalScalabilityLaw() {
    }

    /**
     * Fits the law.
     *
     * @param points the load test's points, in any order
     * @param method whether λ is fitted or fixed at the throughput measured at concurrency 1
     * @return the fit, usable or with the problem that makes it untrustworthy
     * @throws IllegalArgumentException if λ is to be fixed at X(1) and no point has concurrency 1
     */
    public static UslFit fit(List<LoadPoint> points, UslMethod method) {
        Objects.requireNonNull(method, "method");
        List<LoadPoint> sorted = new ArrayList<>(Objects.requireNonNull(points, "points"));
        sorted.sort(Comparator.comparingDouble(LoadPoint::concurrency));
        long levels = sorted.stream().mapToDouble(LoadPoint::concurrency).distinct().count();
        if (levels < MIN_POINTS) {
            return new UslFit(sorted, method, Optional.empty(), Optional.empty(), OptionalDouble.empty(), Optional.of("a USL fit needs"
                    + " at least " + MIN_POINTS + " concurrency levels, but the load test has " + levels
                    + (levels == 0 ? "" : " (" + levelsOf(sorted) + ")") + ": run more steps, for example doubling"
                    + " the concurrency until throughput stops growing"));
        }
        double fixedLambda = Double.NaN;
        if (method == UslMethod.LAMBDA_FIXED_AT_X1) {
            fixedLambda = sorted.stream().filter(p -> p.concurrency() == 1).mapToDouble(LoadPoint::throughput)
                    .average().orElseThrow(() -> new IllegalArgumentException("fixing λ at X(1) needs a point at"
                            + " concurrency 1, but the lowest is " + levelsOf(sorted.subList(0, 1))
                            + "; measure at concurrency 1 or fit λ (UslMethod.LAMBDA_FITTED)"));
            if (!(fixedLambda > 0)) {
                throw new IllegalArgumentException("fixing λ at X(1) needs a throughput above 0 at concurrency 1, but"
                        + " it was " + fixedLambda);
            }
        }
        Optional<UslFitter.Result> result = UslFitter.fit(sorted, method, fixedLambda);
        Optional<UslModel> model = result.map(UslFitter.Result::model);
        if (model.isEmpty()) {
            return new UslFit(sorted, method, model, Optional.empty(), OptionalDouble.empty(), Optional.of("the USL fit did not converge"
                    + " on these points (" + levelsOf(sorted) + "): check that each step ran long enough to be steady"));
        }
        double r2 = rSquared(sorted, model.get());
        LoadPoint top = sorted.get(sorted.size() - 1);
        double efficiency = top.throughput() / (model.get().lambda() * top.concurrency());
        Optional<String> problem = Optional.empty();
        if (r2 < MIN_R_SQUARED) {
            problem = Optional.of(String.format(Locale.ROOT, "the USL explains only %.0f%% of the throughput's variance"
                    + " (R² %.3f, at least %.2f is needed): the points do not follow one curve; rerun the steps longer,"
                    + " on one configuration, and leave out warm-up and failing steps", r2 * 100, r2, MIN_R_SQUARED));
        } else if (efficiency > KNEE_EFFICIENCY) {
            problem = Optional.of(String.format(Locale.ROOT, "the points never pass the knee: at the highest concurrency"
                    + " measured (%s) throughput is still %.0f%% of linear scaling, so contention and coherency cannot be"
                    + " told apart; measure at higher concurrency, until throughput stops growing",
                    UslFit.show(top.concurrency()), efficiency * 100));
        }
        return new UslFit(sorted, method, model, result.map(UslFitter.Result::errors), OptionalDouble.of(r2), problem);
    }

    private static double rSquared(List<LoadPoint> points, UslModel model) {
        double mean = points.stream().mapToDouble(LoadPoint::throughput).average().orElse(0);
        double residual = 0;
        double total = 0;
        for (LoadPoint p : points) {
            double e = p.throughput() - model.throughputAt(p.concurrency());
            residual += e * e;
            total += (p.throughput() - mean) * (p.throughput() - mean);
        }
        return total == 0 ? 0 : 1 - residual / total;
    }

    private static String levelsOf(List<LoadPoint> points) {
        return "N = " + points.stream().mapToDouble(LoadPoint::concurrency).distinct().mapToObj(UslFit::show)
                .collect(Collectors.joining(", "));
    }
}
