package dev.backendaudit.model;

import dev.backendaudit.internal.Checks;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;

/**
 * A number with a {@link Unit}: {@code 870 ms}, {@code 31 %}, {@code 12}, {@code 3 /day}.
 *
 * <p>Quantities of one {@link Dimension} compare by their value in the base unit, so
 * {@code Quantity.of(1, SECONDS)} and {@code Quantity.of(1000, MILLISECONDS)} are
 * {@linkplain #compareTo(Quantity) equal in order} (but not {@link #equals(Object) equal}: they
 * print differently). Range rules (non-negative, ratios at most 1) belong to what is measured and are
 * checked by {@link Measurement} and the criteria, which know the field's name.
 *
 * <p>A quantity is a number that can be: finite, and finite in every unit of its dimension (so that
 * {@code 1e306 d}, which overflows in milliseconds, is refused), and a {@link Unit#COUNT} is whole (an
 * average of counts is a {@link Unit#AVERAGE}).
 *
 * @param value the number, finite
 * @param unit  its unit
 */
public record Quantity(double value, Unit unit) implements Comparable<Quantity> {

    /**
     * @throws NullPointerException     if {@code unit} is null
     * @throws IllegalArgumentException if {@code value} is NaN or infinite, overflows in a unit of its dimension, or
     *                                  is a count that is not whole
     */
    public Quantity {
        Checks.notNull("unit", unit);
        check("value", value, unit);
    }

    /**
     * Checks that {@code value} in {@code unit} is a quantity that can be, naming {@code field} when it is not.
     *
     * @throws IllegalArgumentException if the value is not finite, overflows in a unit of its dimension, or is a
     *                                  count that is not whole
     */
    static void check(String field, double value, Unit unit) {
        Checks.finite(field, value);
        for (Unit other : Unit.values()) {
            if (other.dimension() == unit.dimension()
                    && !Double.isFinite(value * unit.toBaseFactor() / other.toBaseFactor())) {
                throw new IllegalArgumentException(field + " must be finite in every unit of " + unit.dimension()
                        + ", but " + value + " " + symbol(unit) + " overflows in " + symbol(other));
            }
        }
        if (unit == Unit.COUNT && value != Math.rint(value)) {
            throw new IllegalArgumentException(field + " is a count and must be whole, but was " + value
                    + " (an average of counts is Quantity.average(" + value + "))");
        }
    }

    private static String symbol(Unit unit) {
        return unit.symbol().isEmpty() ? unit.name().toLowerCase(java.util.Locale.ROOT) : unit.symbol();
    }

    /** A quantity of {@code value} in {@code unit}. */
    public static Quantity of(double value, Unit unit) {
        return new Quantity(value, unit);
    }

    /** A duration, kept in milliseconds (fractions of a millisecond survive; any duration fits). */
    public static Quantity of(Duration duration) {
        Checks.notNull("duration", duration);
        // not toNanos(), which overflows beyond 292 years
        return new Quantity(duration.getSeconds() * 1000.0 + duration.getNano() / 1_000_000.0, Unit.MILLISECONDS);
    }

    /** A duration in milliseconds. */
    public static Quantity millis(double millis) {
        return new Quantity(millis, Unit.MILLISECONDS);
    }

    /** A fraction in [0, 1] such as an error rate of 0.02. */
    public static Quantity ratio(double ratio) {
        return new Quantity(ratio, Unit.RATIO);
    }

    /** A percentage: {@code percent(31)} is the ratio 0.31. */
    public static Quantity percent(double percent) {
        return new Quantity(percent, Unit.PERCENT);
    }

    /**
     * A count of things.
     *
     * @param count how many, a whole number
     * @return the count
     * @throws IllegalArgumentException if {@code count} is not whole
     */
    public static Quantity count(double count) {
        return new Quantity(count, Unit.COUNT);
    }

    /**
     * An average of counts, such as a mean complexity of 4.2 per method.
     *
     * @param average the mean, may be fractional
     * @return the average
     */
    public static Quantity average(double average) {
        return new Quantity(average, Unit.AVERAGE);
    }

    /** A plain multiple such as a headroom of 1.5x. */
    public static Quantity times(double factor) {
        return new Quantity(factor, Unit.TIMES);
    }

    /** The dimension of this quantity's unit. */
    public Dimension dimension() {
        return unit.dimension();
    }

    /** This quantity's value in its dimension's base unit. */
    public double baseValue() {
        return value * unit.toBaseFactor();
    }

    /**
     * This quantity expressed in another unit of the same dimension.
     *
     * @throws IllegalArgumentException if {@code target} measures another dimension
     */
    public Quantity to(Unit target) {
        Checks.notNull("target", target);
        if (target.dimension() != unit.dimension()) {
            throw new IllegalArgumentException("target unit must measure " + unit.dimension()
                    + ", but was " + target + " (" + target.dimension() + ")");
        }
        return new Quantity(baseValue() / target.toBaseFactor(), target);
    }

    /**
     * Orders by value in the base unit.
     *
     * @throws IllegalArgumentException if the two quantities measure different dimensions
     */
    @Override
    public int compareTo(Quantity other) {
        if (other.dimension() != dimension()) {
            throw new IllegalArgumentException("cannot compare " + this + " (" + dimension() + ") with "
                    + other + " (" + other.dimension() + ")");
        }
        return Double.compare(baseValue(), other.baseValue());
    }

    /**
     * Prints the value to four significant digits with the unit's symbol: {@code "1.5x"}, {@code "3/day"}.
     * A {@link Unit#RATIO} prints as a percentage ({@code "31%"}), and a duration in the largest unit in
     * which it is at least 1 ({@code "870 ms"}, {@code "1.9 s"}, {@code "2 d"}).
     */
    @Override
    public String toString() {
        if (unit == Unit.RATIO) {
            // a share reads better as a percentage: "31%" rather than "0.31"
            return format(value * 100, 3) + "%";
        }
        if (unit.dimension() == Dimension.DURATION) {
            return humanDuration(baseValue());
        }
        String number = format(value, 4);
        if (unit.symbol().isEmpty()) {
            return number;
        }
        boolean glued = unit.symbol().startsWith("/") || unit == Unit.PERCENT || unit == Unit.TIMES;
        return glued ? number + unit.symbol() : number + " " + unit.symbol();
    }

    /** A duration in the largest unit in which it is at least 1: {@code "870 ms"}, {@code "1.5 s"}, {@code "3 d"}. */
    private static String humanDuration(double millis) {
        Unit[] units = {Unit.DAYS, Unit.HOURS, Unit.MINUTES, Unit.SECONDS};
        for (Unit candidate : units) {
            if (Math.abs(millis) >= candidate.toBaseFactor()) {
                return format(millis / candidate.toBaseFactor(), 4) + " " + candidate.symbol();
            }
        }
        return format(millis, 4) + " ms";
    }

    /**
     * {@code number} rounded half up to {@code digits} significant digits, exactly as rounding its exact
     * binary value would. Expanding every double exactly ({@code new BigDecimal(double)}) is slow, so
     * this rounds the short decimal that reads back as the same double, and expands exactly only when
     * that decimal lies so near a half-way point that the two could round differently: they differ by
     * at most half a unit in the last place of a (normal) double, 2<sup>-53</sup> of the value, which moves the
     * part dropped by rounding by less than 10<sup>-9</sup> of a unit for up to six digits.
     */
    static BigDecimal round(double number, int digits) {
        MathContext context = new MathContext(digits);
        if (Math.abs(number) < Double.MIN_NORMAL) {
            // a subnormal double holds fewer than 53 bits: the bound below does not hold for it
            return new BigDecimal(number).round(context);
        }
        BigDecimal shortest = BigDecimal.valueOf(number);
        int dropped = shortest.precision() - digits;
        if (dropped <= 0) {
            return shortest;
        }
        if (digits > 6 || dropped > 17) {
            return new BigDecimal(number).round(context);
        }
        long unscaled = shortest.unscaledValue().abs().longValueExact();
        long unit = LONG_TENS[dropped];
        double part = (double) (unscaled % unit) / unit;
        if (Math.abs(part - 0.5) < 1e-9) {
            return new BigDecimal(number).round(context);
        }
        return shortest.round(context);
    }

    private static final long[] LONG_TENS = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
            100_000_000L, 1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L,
            10_000_000_000_000L, 100_000_000_000_000L, 1_000_000_000_000_000L, 10_000_000_000_000_000L,
            100_000_000_000_000_000L};

    /** A number to {@code digits} significant digits, without trailing zeros. */
    static String format(double number, int digits) {
        if (number == Math.rint(number) && Math.abs(number) < 1e15) {
            return Long.toString((long) number);
        }
        String shortDecimal = shortDecimal(number, digits);
        if (shortDecimal != null) {
            return shortDecimal;
        }
        BigDecimal rounded = round(number, digits).stripTrailingZeros();
        // beyond 15 digits a plain number is a wall of zeros: 1.2E+20 reads better
        return Math.abs(number) >= 1e15 ? rounded.toString() : rounded.toPlainString();
    }

    private static final double[] DOUBLE_TENS = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
            1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    /**
     * {@code number} rounded half up to {@code digits} significant digits and written without trailing zeros,
     * computed in {@code double} and {@code long} arithmetic; null when that cannot be trusted to equal rounding
     * the exact value (the number is out of range, or lies within 10<sup>-9</sup> of a unit of a half-way point).
     * Scaling by an exact power of ten rounds once, moving the scaled value by at most 2<sup>-53</sup> of itself:
     * under 10<sup>-9</sup> of a unit for six digits, so outside that margin the computed and the exact value
     * round alike. Every explanation writes its values, so this spares most of them {@link BigDecimal}.
     */
    private static String shortDecimal(double number, int digits) {
        double magnitude = Math.abs(number);
        if (!(magnitude >= 1e-9 && magnitude < 1e15) || digits > 6) {
            return null;
        }
        int exponent = (int) Math.floor(Math.log10(magnitude));
        int scale = digits - 1 - exponent;
        double scaled = scaled(magnitude, scale);
        // log10 may be off by one near powers of ten: bring the scaled value into [10^(digits-1), 10^digits)
        if (scaled >= DOUBLE_TENS[digits]) {
            scale--;
            scaled = scaled(magnitude, scale);
        } else if (scaled < DOUBLE_TENS[digits - 1]) {
            scale++;
            scaled = scaled(magnitude, scale);
        }
        if (Math.abs(scale) > 22) {
            return null;
        }
        double floor = Math.floor(scaled);
        double part = scaled - floor;
        if (Math.abs(part - 0.5) < 1e-9) {
            return null;
        }
        long unscaled = (long) floor + (part > 0.5 ? 1 : 0);
        while (unscaled % 10 == 0 && unscaled != 0) {
            unscaled /= 10;
            scale--;
        }
        String figures = Long.toString(unscaled);
        StringBuilder text = new StringBuilder(figures.length() + Math.abs(scale) + 3);
        if (number < 0) {
            text.append('-');
        }
        if (scale <= 0) {
            text.append(figures);
            for (int i = 0; i < -scale; i++) {
                text.append('0');
            }
        } else if (figures.length() <= scale) {
            text.append("0.");
            for (int i = figures.length(); i < scale; i++) {
                text.append('0');
            }
            text.append(figures);
        } else {
            int point = figures.length() - scale;
            text.append(figures, 0, point).append('.').append(figures, point, figures.length());
        }
        return text.toString();
    }

    /** {@code magnitude} times ten to the {@code scale}, by one exact power of ten (one rounding). */
    private static double scaled(double magnitude, int scale) {
        if (Math.abs(scale) > 22) {
            return Double.NaN;
        }
        return scale >= 0 ? magnitude * DOUBLE_TENS[scale] : magnitude / DOUBLE_TENS[-scale];
    }
}
