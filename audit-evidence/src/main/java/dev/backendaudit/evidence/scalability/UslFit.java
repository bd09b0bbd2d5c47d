package dev.backendaudit.evidence.scalability;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The Universal Scalability Law fitted to a load test's points, or why no fit can be trusted.
 *
 * <pre>{@code
 * UslFit fit = UniversalScalabilityLaw.fit(points, UslMethod.LAMBDA_FITTED);
 * if (fit.usable()) {
 *     fit.model().get().peakConcurrency();   // N*
 * } else {
 *     System.err.println(fit.problem().get()); // e.g. what to measure next
 * }
 * }</pre>
 *
 * @param points    the points fitted, by concurrency
 * @param method    how λ was treated
 * @param model     the fitted parameters, when the optimiser converged (kept even when the fit is
 *                  not usable, for diagnosis)
 * @param standardErrors the parameters' standard errors, when fitted
 * @param rSquared  the share of the throughput's variance the fit explains, when fitted
 * @param problem   why the fit cannot be trusted (too few points, no knee, a poor fit), and what to
 *                  measure next; empty for a usable fit
 */
public record UslFit(List<LoadPoint> points, UslMethod method, Optional<UslModel> model,
                     Optional<UslErrors> standardErrors, OptionalDouble rSquared, Optional<String> problem) {

    /** Copies the points. */
    public UslFit {
        points = List.copyOf(points);
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(standardErrors, "standardErrors");
        Objects.requireNonNull(rSquared, "rSquared");
        Objects.requireNonNull(problem, "problem");
    }

    /**
     * Whether the fit can be trusted as evidence.
     *
     * @return true when fitted and no problem was found
     */
    public boolean usable() {
        return model.isPresent() && problem.isEmpty();
    }

    /**
     * The highest concurrency measured.
     *
     * @return the largest point's concurrency, 0 without points
     */
    public double maxMeasuredConcurrency() {
        return points.stream().mapToDouble(LoadPoint::concurrency).max().orElse(0);
    }

    /**
     * The fit in one line: {@code "σ = 0.0201, κ = 0.000403, λ = 98.7/s (λ fitted), N* = 49.6, max 2,980/s,
     * R² = 0.996, contention-bound at N = 64; 10 points, N = 1 .. 64"}.
     *
     * @return the line
     */
    public String describe() {
        StringBuilder text = new StringBuilder();
        model.ifPresent(m -> {
            double top = maxMeasuredConcurrency();
            text.append("σ = ").append(show(m.sigma())).append(", κ = ").append(show(m.kappa())).append(", λ = ")
                    .append(show(m.lambda())).append("/s (").append(method.describe()).append("), N* = ")
                    .append(show(m.peakConcurrency())).append(", max ").append(show(m.maxThroughput())).append("/s");
            rSquared.ifPresent(r -> text.append(", R² = ").append(String.format(Locale.ROOT, "%.4f", r)));
            text.append(", ").append(m.boundAt(top).describe()).append(" at N = ").append(show(top)).append("; ");
        });
        text.append(points.size()).append(points.size() == 1 ? " point" : " points");
        if (!points.isEmpty()) {
            text.append(", N = ").append(show(points.get(0).concurrency())).append(" .. ")
                    .append(show(maxMeasuredConcurrency()));
        }
        return text.toString();
    }

    /** A number to four significant digits, {@code "∞"} for infinity. */
    static String show(double value) {
        if (Double.isInfinite(value)) {
            return "∞";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return new java.math.BigDecimal(value).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
