package dev.backendaudit.model;

import dev.backendaudit.internal.Checks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Values of a {@link Metric} over time, such as commits per week over the last year; the
 * evidence behind "development speed continues to decline".
 *
 * <pre>{@code
 * TimeSeries.of(Metrics.COMMIT_THROUGHPUT, Unit.PER_WEEK, provenance)
 *         .point(Instant.parse("2026-01-05T00:00:00Z"), 42)
 *         .point(Instant.parse("2026-01-12T00:00:00Z"), 39);
 * }</pre>
 *
 * <p>Points must be in strictly increasing time order; each value is checked like a
 * {@link Measurement} of the metric.
 *
 * @param metric     what was measured
 * @param unit       the unit of every point's value
 * @param points     the values, oldest first
 * @param provenance where the series came from
 */
public record TimeSeries(Metric metric, Unit unit, List<Point> points, Provenance provenance) implements Evidence {

    /**
     * One value at one time.
     *
     * @param at    when
     * @param value the value, in the series' unit
     */
    public record Point(Instant at, double value) {

        /** @throws IllegalArgumentException if {@code value} is not finite or {@code at} lies outside the years 1 to 9999 */
        public Point {
            Checks.instant("point time", at);
            Checks.finite("point value at " + at, value);
        }
    }

    /** @throws IllegalArgumentException if a value does not fit the metric or points are out of order */
    public TimeSeries {
        Checks.notNull("time series metric", metric);
        Checks.notNull(metric.name() + " series unit", unit);
        points = Checks.listCopy(metric.name() + " series points", points);
        Checks.notNull(metric.name() + " series provenance", provenance);
        for (int i = 0; i < points.size(); i++) {
            Point point = points.get(i);
            Measurement.checkValue(metric, Quantity.of(point.value(), unit));
            if (i > 0 && !point.at().isAfter(points.get(i - 1).at())) {
                throw new IllegalArgumentException(metric.name() + " series points must be in strictly increasing"
                        + " time order, but point " + i + " at " + point.at() + " does not follow " + points.get(i - 1).at());
            }
        }
    }

    /** An empty series; add points with {@link #point(Instant, double)}. */
    public static TimeSeries of(Metric metric, Unit unit, Provenance provenance) {
        return new TimeSeries(metric, unit, List.of(), provenance);
    }

    /** This series with one more point, which must come after the last one. */
    public TimeSeries point(Instant at, double value) {
        List<Point> more = new ArrayList<>(points);
        more.add(new Point(at, value));
        return new TimeSeries(metric, unit, more, provenance);
    }

    @Override
    public Topic topic() {
        return metric;
    }

    /** {@code "12 points from 2026-01-05T00:00:00Z to 2026-03-23T00:00:00Z"}. */
    @Override
    public String describe() {
        if (points.isEmpty()) {
            return "no points";
        }
        return points.size() + " points from " + points.get(0).at() + " to " + points.get(points.size() - 1).at();
    }

    @Override
    public boolean agreesWith(Evidence other) {
        if (!(other instanceof TimeSeries)) {
            return false;
        }
        TimeSeries that = (TimeSeries) other;
        if (!that.metric.equals(metric) || that.points.size() != points.size()) {
            return false;
        }
        for (int i = 0; i < points.size(); i++) {
            if (!that.points.get(i).at().equals(points.get(i).at())
                    || Quantity.of(that.points.get(i).value(), that.unit).baseValue()
                    != Quantity.of(points.get(i).value(), unit).baseValue()) {
                return false;
            }
        }
        return true;
    }
}
