package dev.backendaudit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The fast rounding of {@link Quantity} rounds every double as rounding its exact binary value does. */
class QuantityRoundingProperties {

    @Provide
    Arbitrary<Double> numbers() {
        return Arbitraries.oneOf(
                Arbitraries.doubles().between(-1e6, 1e6).ofScale(9),
                Arbitraries.doubles().between(-1, 1).ofScale(17),
                // any double at all, from its bits
                Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite),
                // half-way points of a few digits, and their neighbours a few units in the last place away
                Arbitraries.integers().between(1, 99_999).map(n -> (n + 0.5) / 1000),
                Arbitraries.integers().between(1, 99_999).map(n -> Math.nextUp((n * 10 + 5) / 100_000.0)),
                Arbitraries.integers().between(1, 99_999).map(n -> Math.nextDown((n * 10 + 5) / 10.0)),
                // short decimals, as most shown values are: 1.5, 0.25, -870.5
                Arbitraries.integers().between(-999_999, 999_999).flatMap(n -> Arbitraries.integers().between(0, 8)
                        .map(k -> n / Math.pow(10, k))));
    }

    @Property(tries = 20_000)
    void rounds_as_the_exact_value_does(@ForAll("numbers") double number, @ForAll @IntRange(min = 1, max = 6) int digits) {
        BigDecimal exact = new BigDecimal(number).round(new MathContext(digits));
        assertThat(Quantity.round(number, digits).compareTo(exact)).as("%s to %s digits", number, digits).isZero();
    }

    @Property(tries = 20_000)
    void formats_as_the_exact_value_rounded_and_stripped(@ForAll("numbers") double number,
                                                        @ForAll @IntRange(min = 1, max = 6) int digits) {
        String expected;
        if (number == Math.rint(number) && Math.abs(number) < 1e15) {
            expected = Long.toString((long) number);
        } else {
            BigDecimal exact = new BigDecimal(number).round(new MathContext(digits)).stripTrailingZeros();
            expected = Math.abs(number) >= 1e15 ? exact.toString() : exact.toPlainString();
        }
        assertThat(Quantity.format(number, digits)).as("%s to %s digits", number, digits).isEqualTo(expected);
    }

    @Test
    void rounds_a_tie_of_the_short_decimal_by_the_exact_value() {
        // 1.0005 is stored as 1.000499999999999989...: the exact value rounds down, the short decimal would round up
        assertThat(Quantity.round(1.0005, 4).toPlainString()).isEqualTo("1.000");
        assertThat(Quantity.round(0.125, 2).toPlainString()).isEqualTo("0.13");   // 0.125 is exact: a true tie, half up
    }
}
