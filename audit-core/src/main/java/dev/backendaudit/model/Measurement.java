package dev.backendaudit.model;

import dev.backendaudit.internal.Checks;
import java.time.Duration;

/**
 * A measured value of a {@link Metric}.
 *
 * <pre>{@code
 * Measurement.of(Metrics.LATENCY_P95_PEAK, Quantity.of(Duration.ofMillis(870)), Provenance.manual());
 * Measurement.of(Metrics.CHANGE_FAILURE_RATE, Quantity.ratio(0.31), Provenance.manual());
 * }</pre>
 *
 * <p>The value must be in a unit of the metric's {@link Dimension}, must not be negative, and a
 * ratio must lie in [0, 1]; otherwise construction fails with a message such as
 * {@code "p95 latency under peak load must be >= 0, but was -3 ms"}.
 *
 * @param metric     what was measured
 * @param value      the measured value
 * @param provenance where the value came from
 */
public record Measurement(Metric metric, Quantity value, Provenance provenance) implements Evidence {

    /** @throws IllegalArgumentException if the value's unit, sign or range does not fit the metric */
    public Measurement {
        Checks.notNull("measurement metric", metric);
        Checks.notNull(metric.name() + " value", value);
        Checks.notNull(metric.name() + " provenance", provenance);
        checkValue(metric, value);
    }

    /** A measurement; see the record's components. */
    public static Measurement of(Metric metric, Quantity value, Provenance provenance) {
        return new Measurement(metric, value, provenance);
    }

    /** A measured duration. */
    public static Measurement of(Metric metric, Duration value, Provenance provenance) {
        Checks.notNull("measurement metric", metric);
        Checks.notNull(metric.name() + " value", value);
        return new Measurement(metric, Quantity.of(value), provenance);
    }

    /**
     * A measurement from a raw number, checked (not NaN, not overflowing, a count whole) before anything
     * else so that the message names the metric.
     */
    public static Measurement of(Metric metric, double value, Unit unit, Provenance provenance) {
        Checks.notNull("measurement metric", metric);
        Checks.notNull(metric.name() + " unit", unit);
        Quantity.check(metric.name(), value, unit);
        return new Measurement(metric, Quantity.of(value, unit), provenance);
    }

    /** Checks that {@code value} is a valid value of {@code metric}; shared with time series. */
    static void checkValue(Metric metric, Quantity value) {
        if (value.dimension() != metric.dimension()) {
            throw new IllegalArgumentException(metric.name() + " must be measured in a unit of "
                    + metric.dimension() + ", but was " + value + " (" + value.unit() + ")");
        }
        if (value.value() < 0) {
            throw new IllegalArgumentException(metric.name() + " must be >= 0, but was " + value);
        }
        if (metric.dimension() == Dimension.RATIO && value.baseValue() > 1) {
            throw new IllegalArgumentException(metric.name() + " must be in [0, 1] (0 % to 100 %), but was " + value);
        }
    }

    @Override
    public Topic topic() {
        return metric;
    }

    /** The value in the metric's base unit, the number criteria compare. */
    public double baseValue() {
        return value.baseValue();
    }

    @Override
    public String describe() {
        return value.toString();
    }

    @Override
    public boolean agreesWith(Evidence other) {
        return other instanceof Measurement
                && ((Measurement) other).metric.equals(metric)
                && ((Measurement) other).baseValue() == baseValue();
    }
}
