package dev.backendaudit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class IsoInstantsProperties {

    @Provide
    Arbitrary<Instant> instants() {
        Arbitrary<Long> seconds = Arbitraries.longs().between(Checks.EARLIEST.getEpochSecond(),
                Checks.LATEST.getEpochSecond());
        Arbitrary<Integer> nanos = Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(1, 999)
                        .map(n -> n * 1_000_000), Arbitraries.integers().between(1, 999_999).map(n -> n * 1_000),
                Arbitraries.integers().between(1, 999_999_999));
        return net.jqwik.api.Combinators.combine(seconds, nanos).as(Instant::ofEpochSecond);
    }

    @Property(tries = 5000)
    void writes_every_instant_of_the_years_1_to_9999_as_instant_to_string_does(@ForAll("instants") Instant instant) {
        assertThat(IsoInstants.format(instant)).isEqualTo(instant.toString());
    }

    @Test
    void writes_the_ends_of_the_accepted_range_and_the_epoch_as_instant_to_string_does() {
        for (Instant instant : new Instant[] {Checks.EARLIEST, Checks.LATEST, Instant.EPOCH,
                Instant.parse("2024-02-29T23:59:59.000001Z"), Instant.parse("1969-12-31T23:59:59.5Z")}) {
            assertThat(IsoInstants.format(instant)).isEqualTo(instant.toString());
        }
    }
}
