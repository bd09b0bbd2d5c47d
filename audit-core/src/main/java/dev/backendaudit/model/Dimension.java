package dev.backendaudit.model;

/**
 * What kind of quantity a {@link Metric} measures. Each dimension has one base {@link Unit}
 * in which values are compared, so that {@code 1.2 s} and {@code 870 ms} compare correctly.
 */
public enum Dimension {
    /** Elapsed time; base unit {@link Unit#MILLISECONDS}. Never negative. */
    DURATION,
    /** A share of a whole, in [0, 1]; base unit {@link Unit#RATIO}. */
    RATIO,
    /** A non-negative multiple with no upper bound, such as headroom 1.5x; base unit {@link Unit#TIMES}. */
    FACTOR,
    /** A number of things; base unit {@link Unit#COUNT}. Never negative. */
    COUNT,
    /** Events per unit of time; base unit {@link Unit#PER_DAY}. Never negative. */
    RATE;

    /**
     * The unit in which values of this dimension are stored and compared.
     *
     * @return the base unit, whose {@link Unit#toBaseFactor()} is 1
     */
    public Unit baseUnit() {
        switch (this) {
            case DURATION: return Unit.MILLISECONDS;
            case RATIO: return Unit.RATIO;
            case FACTOR: return Unit.TIMES;
            case COUNT: return Unit.COUNT;
            case RATE: return Unit.PER_DAY;
            default: throw new AssertionError(this);
        }
    }
}
