package dev.backendaudit.model;

import dev.backendaudit.internal.Checks;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Judges the direction of a {@link TimeSeries}: how much the metric worsened over the series,
 * relative to its mean level.
 *
 * <p>The trend is the least-squares line through the points (time in days against value). Its
 * change over the whole span, divided by the mean value, is the relative change: a throughput
 * series whose line falls from 50 to 35 commits a week around a mean of 42.5 changed by -35 %.
 * Worsening is that change in the metric's bad direction. The finding also reports the fit's
 * R² (how well a straight line explains the points, 0 to 1), so a reader can tell a steady decline
 * from noise. At least {@value #MINIMUM_POINTS} points are needed; fewer make the finding UNKNOWN.
 *
 * <pre>{@code
 * // development speed: a decline of more than 20 % is a warning, more than 40 % critical
 * TrendCriterion.declining("code-quality.throughput-trend", Signs.DEVELOPMENT_SPEED_DECLINING,
 *         Metrics.COMMIT_THROUGHPUT, 0.20, 0.40);
 * }</pre>
 *
 * @param id              stable lowercase identifier
 * @param sign            the sign detected
 * @param metric          the metric whose series is judged
 * @param direction       which way is worse
 * @param warningChange   relative worsening above which the sign is a warning, in (0, 10]
 * @param criticalChange  relative worsening above which it is critical, at least {@code warningChange}
 */
public record TrendCriterion(String id, Sign sign, Metric metric, Direction direction, double warningChange,
                             double criticalChange) implements Criterion {

    /** The fewest points from which a trend is judged. */
    public static final int MINIMUM_POINTS = 3;

    /** @throws IllegalArgumentException if a bound is not in (0, 10] or the critical bound is below the warning bound */
    public TrendCriterion {
        Checks.identifier("criterion id", id);
        Checks.notNull("criterion '" + id + "' sign", sign);
        Checks.notNull("criterion '" + id + "' metric", metric);
        Checks.notNull("criterion '" + id + "' direction", direction);
        checkChange(id, "warning change", warningChange);
        checkChange(id, "critical change", criticalChange);
        if (criticalChange < warningChange) {
            throw new IllegalArgumentException("criterion '" + id + "' critical change must be >= the warning change "
                    + warningChange + ", but was " + criticalChange);
        }
    }

    private static void checkChange(String id, String field, double value) {
        Checks.finite("criterion '" + id + "' " + field, value);
        if (value <= 0 || value > 10) {
            throw new IllegalArgumentException("criterion '" + id + "' " + field + " must be in (0, 10], but was " + value);
        }
    }

    /** The metric should not fall: present when it declined by more than the given fractions. */
    public static TrendCriterion declining(String id, Sign sign, Metric metric, double warningDecline,
                                           double criticalDecline) {
        return new TrendCriterion(id, sign, metric, Direction.LOWER_IS_WORSE, warningDecline, criticalDecline);
    }

    /** The metric should not rise: present when it grew by more than the given fractions. */
    public static TrendCriterion rising(String id, Sign sign, Metric metric, double warningRise, double criticalRise) {
        return new TrendCriterion(id, sign, metric, Direction.HIGHER_IS_WORSE, warningRise, criticalRise);
    }

    @Override
    public Topic topic() {
        return metric;
    }

    @Override
    public String describeRule() {
        String moving = direction == Direction.LOWER_IS_WORSE ? "decline" : "rise";
        return "warning on a " + moving + " of more than " + percent(warningChange) + ", critical on more than "
                + percent(criticalChange) + " over the series";
    }

    @Override
    public Finding judge(Evidence evidence) {
        if (evidence instanceof NotApplicable) {
            return Finding.notApplicable(this, (NotApplicable) evidence);
        }
        if (!(evidence instanceof TimeSeries)) {
            return Finding.unknown(this, Optional.of(evidence), "a time series of " + metric.name()
                    + " is needed to judge its trend, but the evidence is " + evidence.describe()
                    + "; source: " + evidence.provenance());
        }
        TimeSeries series = (TimeSeries) evidence;
        List<TimeSeries.Point> points = series.points();
        String source = "; source: " + series.provenance();
        if (points.size() < MINIMUM_POINTS) {
            return Finding.unknown(this, Optional.of(evidence), "the trend of " + metric.name() + " needs at least "
                    + MINIMUM_POINTS + " points, but the series has " + points.size() + source);
        }
        Fit fit = Fit.of(points);
        if (fit.mean <= 0) {
            return Finding.unknown(this, Optional.of(evidence), "the trend of " + metric.name()
                    + " cannot be judged relative to a mean of " + fit.mean + source);
        }
        double change = fit.slopePerDay * fit.spanDays / fit.mean;
        double worsening = direction == Direction.LOWER_IS_WORSE ? -change : change;
        String movement = metric.name() + (change < 0 ? " fell " : " rose ") + percent(Math.abs(change))
                + " over " + points.size() + " points from " + points.get(0).at() + " to "
                + points.get(points.size() - 1).at() + " (least-squares trend, R² " + String.format(java.util.Locale.ROOT, "%.2f", fit.r2) + ")";
        String moving = direction == Direction.LOWER_IS_WORSE ? "decline" : "rise";
        if (worsening > criticalChange) {
            return Finding.present(this, Severity.CRITICAL, evidence, movement + ", past the " + percent(criticalChange)
                    + " critical " + moving + source, (worsening - criticalChange) / criticalChange);
        }
        if (worsening > warningChange) {
            return Finding.present(this, Severity.WARNING, evidence, movement + ", past the " + percent(warningChange)
                    + " warning " + moving + " (critical at " + percent(criticalChange) + ")" + source,
                    (worsening - warningChange) / warningChange);
        }
        return Finding.absent(this, evidence, movement + ", within the " + percent(warningChange) + " warning "
                + moving + source);
    }

    private static String percent(double fraction) {
        return Quantity.format(fraction * 100, 3) + "%";
    }

    /** Least-squares line through the points, time in days since the first point. */
    private static final class Fit {
        final double slopePerDay;
        final double spanDays;
        final double mean;
        final double r2;

        private Fit(double slopePerDay, double spanDays, double mean, double r2) {
            this.slopePerDay = slopePerDay;
            this.spanDays = spanDays;
            this.mean = mean;
            this.r2 = r2;
        }

        static Fit of(List<TimeSeries.Point> points) {
            int n = points.size();
            double[] x = new double[n];
            double sumX = 0;
            double sumY = 0;
            for (int i = 0; i < n; i++) {
                x[i] = Duration.between(points.get(0).at(), points.get(i).at()).toMillis() / 86_400_000.0;
                sumX += x[i];
                sumY += points.get(i).value();
            }
            double meanX = sumX / n;
            double meanY = sumY / n;
            double sxx = 0;
            double sxy = 0;
            double syy = 0;
            for (int i = 0; i < n; i++) {
                double dx = x[i] - meanX;
                double dy = points.get(i).value() - meanY;
                sxx += dx * dx;
                sxy += dx * dy;
                syy += dy * dy;
            }
            double slope = sxx == 0 ? 0 : sxy / sxx;
            double r2 = (sxx == 0 || syy == 0) ? 0 : (sxy * sxy) / (sxx * syy);
            return new Fit(slope, x[n - 1], meanY, r2);
        }
    }
}
