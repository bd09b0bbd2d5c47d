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
 * Sentences the compiler cannot stop (a block lambda that drops an unfinished step, a cast past the
 * grammar) fail when the clause ends or at the next step, never silently.
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
    void should_fail_when_bounds_without_their_sign_are_cast_past_the_grammar() {
        // the compiler forbids reaching audit() without signalling (TypeStateTest); a cast gets past it,
        // and the run time still refuses
        dev.backendaudit.model.Metric custom = dev.backendaudit.model.Metric.of("performance.cache-miss-rate",
                Areas.PERFORMANCE, "cache miss rate", dev.backendaudit.model.Dimension.RATIO);
        SignStep unsigned = BackendAudit.of("x").measured(custom, Quantity.percent(30))
                .warnAbove(Quantity.percent(20)).criticalAbove(Quantity.percent(50));
        assertThatThrownBy(() -> ((AuditStep) unsigned).audit())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("measured(performance.cache-miss-rate, 30%).warnAbove(20%).criticalAbove(50%) needs the"
                        + " sign its bounds detect: follow it with .signalling(sign)");
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
                .warnAbove(Quantity.percent(0.1)).criticalAbove(Quantity.percent(2))
                .signalling(Signs.FREQUENT_FAILURES).audit();
        assertThat(audit.criteria()).contains(dev.backendaudit.checklist.Criteria.ERROR_RATE
                .withBounds(Quantity.percent(0.1), Quantity.percent(2)));
    }

    @Test
    void should_refuse_a_sign_other_than_the_one_the_judging_criterion_detects() {
        assertThatThrownBy(() -> BackendAudit.of("x").measured(Metrics.ERROR_RATE, Quantity.percent(0.4))
                .warnAbove(Quantity.percent(0.1)).criticalAbove(Quantity.percent(2))
                .signalling(Signs.SLOW_PERFORMANCE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("measured(monitoring.error-rate, 0.4%).warnAbove(0.1%).criticalAbove(2%)"
                        + ".signalling(" + Signs.SLOW_PERFORMANCE.id() + "): criterion 'monitoring.error-rate' judges"
                        + " error rate for the sign '" + Signs.FREQUENT_FAILURES.id() + "', and bounds change its"
                        + " bounds, not what it detects: signal '" + Signs.FREQUENT_FAILURES.id() + "', or add a"
                        + " criterion of your own with .criterion(...)");
    }

    @Test
    void should_fail_when_a_dropped_branch_is_a_latency_without_its_load() {
        // the function returns a complete clause, but a latency it took on the way never got its load
        assertThatThrownBy(() -> BackendAudit.of("x").performance(p -> {
            p.latencyP99(Duration.ofMillis(1900));
            return p.latencyP95(Duration.ofMillis(870)).underPeakLoad();
        })).isInstanceOf(IllegalStateException.class)
                .hasMessage("performance.latencyP99(1.9 s) needs the load it was measured under: follow it with"
                        + " .underNormalLoad() or .underPeakLoad()");
    }

    @Test
    void should_fail_when_a_block_lambda_returns_the_clause_it_was_given_after_taking_steps() {
        // the statement style of a mutable builder: every step returns a new clause, so these would be lost
        assertThatThrownBy(() -> BackendAudit.of("x").performance(p -> {
            p.latencyP95(Duration.ofMillis(870)).underPeakLoad();
            p.queriesEfficient(true);
            return p;
        })).isInstanceOf(IllegalStateException.class)
                .hasMessage("performance(...): the function returned the clause it was given, so the steps it took"
                        + " from it are lost: each step returns a new clause and leaves the one it was called on as"
                        + " it was; return what the last step returned");
    }

    @Test
    void should_accept_a_function_that_returns_the_clause_it_was_given_untouched() {
        assertThat(BackendAudit.of("x").at(AT).performance(p -> p).audit())
                .isEqualTo(BackendAudit.of("x").at(AT).audit());
    }

    @Test
    void should_accept_a_dropped_branch_that_is_finished() {
        // GIVEN a function that continues a latency in two ways and returns one of them
        Audit audit = BackendAudit.of("x").at(AT).performance(p -> {
            LatencyLoadStep latency = p.latencyP95(Duration.ofMillis(870));
            latency.underNormalLoad();
            return latency.underPeakLoad();
        }).audit();
        // THEN the audit holds the branch returned, and nothing of the other
        assertThat(audit.evidenceAbout(Metrics.LATENCY_P95_PEAK)).hasSize(1);
        assertThat(audit.evidenceAbout(Metrics.LATENCY_P95_NORMAL)).isEmpty();
    }

    @Test
    void should_refuse_a_clause_result_the_dsl_did_not_make() {
        PerformanceClause foreign = (PerformanceClause) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {PerformanceClause.class}, (proxy, method, args) -> null);
        assertThatThrownBy(() -> BackendAudit.of("x").performance(p -> foreign))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("performance(...): the clause's result must be the clause the function was"
                        + " given or a step taken from it, but was a ");
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
