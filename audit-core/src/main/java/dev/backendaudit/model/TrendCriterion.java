package dev.backendaudit.model;

import dev.backendaudit.internal.Checks;
import java.util.List;
import java.util.Optional;

/**
 * Judges the direction of a {@link TimeSeries}: whether the metric moved the bad way over the
 * series, significantly, and by how much.
 *
 * <p>A movement counts only when it is a trend: the {@link Trend Mann–Kendall test} must find the
 * series monotonic at the {@value Trend#SIGNIFICANCE} level (two-sided). Otherwise the finding is
 * ABSENT and says "no significant trend", with the p-value and Sen's line, and names no direction.
 * When the trend is significant, its size is the relative change of Sen's line (the median of the
 * slopes between every pair of points) from the first point to the last: {@code end / start - 1},
 * with the line never taken below zero, so that a decline is at most 100 %. A rank test and a
 * median slope are robust to the outlier weeks real series have (a release push, a holiday), which
 * pull a least-squares line wherever they lie. Worsening is that change in the metric's bad
 * direction; a significant rise from a line that starts at zero is an unbounded worsening.
 * At least {@value #MINIMUM_POINTS} points are needed (fewer can never be significant at that
 * level); fewer make the finding UNKNOWN.
 *
 * <pre>{@code
 * // development speed: a significant decline of more than 20 % is a warning, more than 40 % critical
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

    /** The fewest points from which a trend is judged: {@link Trend#MINIMUM_POINTS}. */
    public static final int MINIMUM_POINTS = Trend.MINIMUM_POINTS;

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
        return "warning on a significant " + moving + " (" + Trend.METHOD + ", p below "
                + percent(Trend.SIGNIFICANCE) + ") of more than " + percent(warningChange) + ", critical on more than "
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
        Trend trend = Trend.of(points);
        String unit = series.unit() == Unit.RATIO ? "" : symbol(series.unit());
        String span = " over " + points.size() + " points from " + points.get(0).at() + " to "
                + points.get(points.size() - 1).at();
        String moving = direction == Direction.LOWER_IS_WORSE ? "decline" : "rise";
        if (!trend.significant()) {
            return Finding.absent(this, evidence, metric.name() + " " + trend.describe(unit) + span + source);
        }
        String movement = metric.name() + " " + trend.describe(unit) + span;
        boolean worse = direction == Direction.LOWER_IS_WORSE ? trend.direction() < 0 : trend.direction() > 0;
        if (!worse) {
            return Finding.absent(this, evidence, movement + ", no " + moving + source);
        }
        double worsening = trend.relativeChange().isPresent() ? Math.abs(trend.relativeChange().getAsDouble())
                : Double.POSITIVE_INFINITY;
        if (worsening > criticalChange) {
            double excess = Double.isInfinite(worsening) ? 1 : (worsening - criticalChange) / criticalChange;
            return Finding.present(this, Severity.CRITICAL, evidence, movement + ", past the " + percent(criticalChange)
                    + " critical " + moving + source, excess);
        }
        if (worsening > warningChange) {
            return Finding.present(this, Severity.WARNING, evidence, movement + ", past the " + percent(warningChange)
                    + " warning " + moving + " (critical at " + percent(criticalChange) + ")" + source,
                    (worsening - warningChange) / warningChange);
        }
        return Finding.absent(this, evidence, movement + ", within the " + percent(warningChange) + " warning "
                + moving + source);
    }

    /** The unit's symbol after a number ("/week"), read from how a quantity of 1 prints. */
    private static String symbol(Unit unit) {
        String one = Quantity.of(1, unit).toString();
        return one.startsWith("1") ? one.substring(1) : "";
    }

    private static String percent(double fraction) {
        return Quantity.format(fraction * 100, 3) + "%";
    }
}
