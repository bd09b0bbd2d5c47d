package dev.backendaudit.model;

/**
 * The unit of a {@link Quantity}. Each unit belongs to one {@link Dimension} and converts to
 * that dimension's base unit by a fixed factor.
 *
 * <pre>{@code
 * Quantity.of(1.2, Unit.SECONDS).to(Unit.MILLISECONDS)   // 1200 ms
 * Quantity.of(31, Unit.PERCENT).to(Unit.RATIO)            // 0.31
 * }</pre>
 */
public enum Unit {
    /** Milliseconds, the base unit of {@link Dimension#DURATION}. */
    MILLISECONDS(Dimension.DURATION, 1, "ms"),
    /** Seconds. */
    SECONDS(Dimension.DURATION, 1_000, "s"),
    /** Minutes. */
    MINUTES(Dimension.DURATION, 60_000, "min"),
    /** Hours. */
    HOURS(Dimension.DURATION, 3_600_000, "h"),
    /** Days of 24 hours. */
    DAYS(Dimension.DURATION, 86_400_000, "d"),
    /** A fraction in [0, 1], the base unit of {@link Dimension#RATIO}. */
    RATIO(Dimension.RATIO, 1, ""),
    /** Percent: 31 % is the ratio 0.31. */
    PERCENT(Dimension.RATIO, 0.01, "%"),
    /** A plain multiple, the base unit of {@link Dimension#FACTOR}. */
    TIMES(Dimension.FACTOR, 1, "x"),
    /** A number of things, the base unit of {@link Dimension#COUNT}; always whole. */
    COUNT(Dimension.COUNT, 1, ""),
    /** An average of counts, such as the mean cyclomatic complexity of a method: may be fractional. */
    AVERAGE(Dimension.COUNT, 1, ""),
    /** Events per second. */
    PER_SECOND(Dimension.RATE, 86_400, "/s"),
    /** Events per minute. */
    PER_MINUTE(Dimension.RATE, 1_440, "/min"),
    /** Events per hour. */
    PER_HOUR(Dimension.RATE, 24, "/h"),
    /** Events per day, the base unit of {@link Dimension#RATE}. */
    PER_DAY(Dimension.RATE, 1, "/day"),
    /** Events per week. */
    PER_WEEK(Dimension.RATE, 1.0 / 7, "/week");

    private final Dimension dimension;
    private final double toBase;
    private final String symbol;

    Unit(Dimension dimension, double toBase, String symbol) {
        this.dimension = dimension;
        this.toBase = toBase;
        this.symbol = symbol;
    }

    /** The dimension this unit measures. */
    public Dimension dimension() {
        return dimension;
    }

    /** How many base units one of this unit is worth. */
    public double toBaseFactor() {
        return toBase;
    }

    /** The short symbol used when a quantity is printed, e.g. {@code "ms"}; empty for plain numbers. */
    public String symbol() {
        return symbol;
    }
}
