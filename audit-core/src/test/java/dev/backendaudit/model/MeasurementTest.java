package dev.backendaudit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendaudit.checklist.Metrics;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MeasurementTest {

    @Test
    void should_reject_a_negative_duration_naming_the_metric_and_value() {
        assertThatThrownBy(() -> Measurement.of(Metrics.LATENCY_P95_PEAK, Duration.ofMillis(-3), Provenance.manual()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("p95 latency under peak load must be >= 0, but was -3 ms");
    }

    @Test
    void should_reject_nan_naming_the_metric() {
        assertThatThrownBy(() -> Measurement.of(Metrics.LATENCY_P95_PEAK, Double.NaN, Unit.MILLISECONDS, Provenance.manual()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("p95 latency under peak load must be a finite number, but was NaN");
    }

    @Test
    void should_reject_an_infinite_quantity() {
        assertThatThrownBy(() -> Quantity.of(Double.POSITIVE_INFINITY, Unit.SECONDS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("value must be a finite number, but was Infinity");
    }

    @Test
    void should_reject_a_ratio_above_one() {
        assertThatThrownBy(() -> Measurement.of(Metrics.CHANGE_FAILURE_RATE, Quantity.ratio(1.3), Provenance.manual()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("change failure rate must be in [0, 1] (0 % to 100 %), but was 130%");
    }

    @Test
    void should_reject_a_negative_ratio() {
        assertThatThrownBy(() -> Measurement.of(Metrics.ERROR_RATE, Quantity.percent(-2), Provenance.manual()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("error rate must be >= 0, but was -2%");
    }

    @Test
    void should_reject_a_unit_of_another_dimension() {
        assertThatThrownBy(() -> Measurement.of(Metrics.LATENCY_P95_PEAK, Quantity.percent(12), Provenance.manual()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("p95 latency under peak load must be measured in a unit of DURATION, but was 12% (PERCENT)");
    }

    @Test
    void should_reject_a_null_metric() {
        assertThatThrownBy(() -> Measurement.of(null, Quantity.millis(1), Provenance.manual()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("measurement metric must not be null");
    }

    @Test
    void should_reject_a_null_value_naming_the_metric() {
        assertThatThrownBy(() -> Measurement.of(Metrics.LEAD_TIME, (Quantity) null, Provenance.manual()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("lead time for changes value must not be null");
    }

    @Test
    void should_compare_values_in_the_base_unit() {
        // GIVEN
        Measurement seconds = Measurement.of(Metrics.LEAD_TIME, Quantity.of(2, Unit.DAYS), Provenance.manual());
        Measurement hours = Measurement.of(Metrics.LEAD_TIME, Quantity.of(48, Unit.HOURS), Provenance.of("git"));
        // THEN
        assertThat(seconds.baseValue()).isEqualTo(hours.baseValue());
        assertThat(seconds.agreesWith(hours)).isTrue();
    }

    @Test
    void should_print_quantities_the_way_people_write_them() {
        assertThat(Quantity.millis(870)).hasToString("870 ms");
        assertThat(Quantity.of(Duration.ofMillis(1900))).hasToString("1.9 s");
        assertThat(Quantity.of(48, Unit.HOURS)).hasToString("2 d");
        assertThat(Quantity.ratio(0.31)).hasToString("31%");
        assertThat(Quantity.percent(0.4)).hasToString("0.4%");
        assertThat(Quantity.times(4.8)).hasToString("4.8x");
        assertThat(Quantity.of(4, Unit.PER_WEEK)).hasToString("4/week");
        assertThat(Quantity.count(12)).hasToString("12");
    }
}
