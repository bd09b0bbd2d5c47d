package dev.backendaudit.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendaudit.checklist.Areas;
import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.checklist.Signs;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.ThresholdCriterion;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Sentences the compiler cannot stop (a block lambda that drops a step, a custom metric whose sign is
 * unknown until run time) fail when the clause ends, never silently.
 */
class IncompleteClauseTest {

    private static final Instant AT = Instant.parse("2026-11-20T09:00:00Z");

    @Test
    void should_fail_when_a_latency_never_gets_its_load() {
        assertThatThrownBy(() -> BackendAudit.of("x").performance(p -> {
            p.latencyP95(Duration.ofMillis(870));
            return p;
        })).isInstanceOf(IllegalStateException.class)
                .hasMessage("performance.latencyP95(870 ms) needs the load it was measured under: follow it with"
                        + " .underNormalLoad() or .underPeakLoad()");
    }

    @Test
    void should_fail_when_a_warning_bound_never_gets_its_critical_bound() {
        assertThatThrownBy(() -> BackendAudit.of("x").monitoring(m -> {
            m.timeToRestore(Duration.ofHours(3)).warnAbove(Duration.ofHours(1));
            return m;
        })).isInstanceOf(IllegalStateException.class)
                .hasMessage("monitoring.timeToRestore(3 h).warnAbove(1 h) needs its critical bound: follow it with"
                        + " .criticalAbove(...)");
    }

    @Test
    void should_fail_when_a_metric_no_criterion_judges_is_bounded_without_a_sign() {
        dev.backendaudit.model.Metric custom = dev.backendaudit.model.Metric.of("performance.cache-miss-rate",
                Areas.PERFORMANCE, "cache miss rate", dev.backendaudit.model.Dimension.RATIO);
        assertThatThrownBy(() -> BackendAudit.of("x").measured(custom, Quantity.percent(30))
                .warnAbove(Quantity.percent(20)).criticalAbove(Quantity.percent(50)).audit())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("measured(performance.cache-miss-rate, 30%).warnAbove(20%).criticalAbove(50%): no criterion"
                        + " judges 'performance.cache-miss-rate' yet, so its bounds must name the sign they detect:"
                        + " follow them with .signalling(sign)");
    }

    @Test
    void should_create_the_criterion_once_the_sign_is_named() {
        dev.backendaudit.model.Metric custom = dev.backendaudit.model.Metric.of("performance.cache-miss-rate",
                Areas.PERFORMANCE, "cache miss rate", dev.backendaudit.model.Dimension.RATIO);
        Audit audit = BackendAudit.of("x").at(AT).measured(custom, Quantity.percent(30))
                .warnAbove(Quantity.percent(20)).criticalAbove(Quantity.percent(50)).signalling(Signs.SLOW_PERFORMANCE)
                .audit();
        assertThat(audit.criteria()).contains(ThresholdCriterion.above("performance.cache-miss-rate",
                Signs.SLOW_PERFORMANCE, custom, Quantity.percent(20), Quantity.percent(50)));
    }

    @Test
    void should_replace_a_standard_criterion_through_the_generic_clause_keeping_its_sign() {
        Audit audit = BackendAudit.of("x").at(AT).measured(Metrics.ERROR_RATE, Quantity.percent(0.4))
                .warnAbove(Quantity.percent(0.1)).criticalAbove(Quantity.percent(2)).audit();
        assertThat(audit.criteria()).contains(dev.backendaudit.checklist.Criteria.ERROR_RATE
                .withBounds(Quantity.percent(0.1), Quantity.percent(2)));
    }

    @Test
    void should_fail_when_a_bound_is_reached_without_its_measurement_at_run_time() {
        // the compiler forbids this; a cast gets past it, and the run time still refuses
        assertThatThrownBy(() -> BackendAudit.of("x").performance(p -> {
            ((PerformanceAboveStep) p).warnAbove(Duration.ofMillis(300));
            return p;
        })).isInstanceOf(IllegalStateException.class)
                .hasMessage("warnAbove(300 ms) must directly follow the measurement it bounds");
    }
}
