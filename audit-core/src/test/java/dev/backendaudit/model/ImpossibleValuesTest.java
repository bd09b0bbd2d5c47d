package dev.backendaudit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.checklist.StandardChecklist;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Values that cannot be fail at construction, naming the field, the value and the rule. */
class ImpossibleValuesTest {

    private static final Instant AT = Instant.parse("2026-11-20T09:00:00Z");

    @Test
    void should_refuse_a_quantity_that_overflows_in_its_base_unit() {
        assertThatThrownBy(() -> Quantity.of(1e306, Unit.DAYS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("value must be finite in every unit of DURATION, but 1.0E306 d overflows in ms");
    }

    @Test
    void should_name_the_metric_of_a_measurement_that_overflows() {
        assertThatThrownBy(() -> Measurement.of(Metrics.LEAD_TIME, 1e306, Unit.DAYS, Provenance.manual()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("lead time for changes must be finite in every unit of DURATION, but 1.0E306 d overflows"
                        + " in ms");
    }

    @Test
    void should_refuse_a_rate_that_overflows_in_another_unit_of_its_dimension() {
        assertThatThrownBy(() -> Quantity.of(Double.MAX_VALUE, Unit.PER_DAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("value must be finite in every unit of RATE, but 1.7976931348623157E308 /day overflows"
                        + " in /week");
    }

    @Test
    void should_take_any_duration_without_overflow() {
        Quantity longest = Quantity.of(Duration.ofSeconds(Long.MAX_VALUE, 999_999_999));

        assertThat(longest.baseValue()).isEqualTo(Long.MAX_VALUE * 1000.0 + 999.999999);
        assertThat(longest.toString()).isEqualTo("106800000000000 d");
    }

    @Test
    void should_refuse_a_count_that_is_not_whole() {
        assertThatThrownBy(() -> Quantity.count(2.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("value is a count and must be whole, but was 2.5 (an average of counts is"
                        + " Quantity.average(2.5))");
        assertThatThrownBy(() -> Measurement.of(Metrics.DEPENDENCY_CYCLES, 2.5, Unit.COUNT, Provenance.manual()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dependency cycles between components is a count and must be whole, but was 2.5 (an average"
                        + " of counts is Quantity.average(2.5))");
    }

    @Test
    void should_take_an_average_of_counts_that_is_fractional() {
        Measurement mean = Measurement.of(Metrics.MEAN_COMPLEXITY, Quantity.average(4.2), Provenance.manual());

        assertThat(mean.describe()).isEqualTo("4.2");
        assertThat(mean.value().compareTo(Quantity.count(5))).isNegative();
    }

    @Test
    void should_refuse_instants_at_the_ends_of_time() {
        assertThatThrownBy(() -> Provenance.of("git-history", "trunk", Instant.MAX))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("provenance observedAt must be in the years 1 to 9999 (0001-01-01T00:00:00Z to"
                        + " 9999-12-31T23:59:59Z), but was +1000000000-12-31T23:59:59.999999999Z");
        assertThatThrownBy(() -> new TimeSeries.Point(Instant.MIN, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("point time must be in the years 1 to 9999 (0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z),"
                        + " but was -1000000000-01-01T00:00:00Z");
        assertThatThrownBy(() -> Audit.builder("checkout-service").at(Instant.parse("+10000-01-01T00:00:00Z")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("audit time must be in the years 1 to 9999 (0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z),"
                        + " but was +10000-01-01T00:00:00Z");
    }

    @Test
    void should_refuse_a_p99_below_the_p95_of_the_same_load_naming_both() {
        // GIVEN
        Audit.Builder audit = Audit.builder("checkout-service").at(AT).checklist(StandardChecklist.checklist())
                .evidence(Measurement.of(Metrics.LATENCY_P95_PEAK, Duration.ofMillis(870), Provenance.manual()))
                .evidence(Measurement.of(Metrics.LATENCY_P99_PEAK, Duration.ofMillis(200),
                        Provenance.of("hdr-histogram", "perf/peak.hlog", AT)));
        // WHEN / THEN
        assertThatThrownBy(audit::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("p99 latency under peak load must not be below p95 latency under peak load (a higher"
                        + " percentile of one load cannot be lower), but 200 ms from hdr-histogram (perf/peak.hlog,"
                        + " 2026-11-20T09:00:00Z) is below 870 ms from manual");
    }

    @Test
    void should_refuse_a_median_above_the_p95_of_the_same_load() {
        Audit.Builder audit = Audit.builder("checkout-service").at(AT).checklist(StandardChecklist.checklist())
                .evidence(Measurement.of(Metrics.LATENCY_P50_NORMAL, Duration.ofMillis(300), Provenance.manual()))
                .evidence(Measurement.of(Metrics.LATENCY_P95_NORMAL, Duration.ofMillis(180), Provenance.manual()));

        assertThatThrownBy(audit::build).hasMessageStartingWith("p95 latency under normal load must not be below p50"
                + " latency under normal load");
    }

    @Test
    void should_accept_equal_percentiles_and_percentiles_of_different_loads() {
        Audit audit = Audit.builder("checkout-service").at(AT).checklist(StandardChecklist.checklist())
                .evidence(Measurement.of(Metrics.LATENCY_P95_NORMAL, Duration.ofMillis(900), Provenance.manual()))
                .evidence(Measurement.of(Metrics.LATENCY_P99_NORMAL, Duration.ofMillis(900), Provenance.manual()))
                .evidence(Measurement.of(Metrics.LATENCY_P99_PEAK, Duration.ofMillis(400), Provenance.manual()))
                .build();

        assertThat(audit.evidence()).hasSize(3);
    }

    @Test
    void should_read_percentile_steps_with_more_than_two_digits_as_decimals() {
        assertThat(EvidenceConsistency.percentile("999")).isEqualTo(99.9);
        assertThat(EvidenceConsistency.percentile("99.99")).isEqualTo(99.99);
        assertThat(EvidenceConsistency.percentile("100")).isEqualTo(100);
        assertThat(EvidenceConsistency.percentile("50")).isEqualTo(50);
    }
}
