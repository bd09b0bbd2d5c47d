package dev.backendaudit.dsl;

import static java.time.Duration.ofMillis;
import static org.assertj.core.api.Assertions.assertThat;

import dev.backendaudit.checklist.Areas;
import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.checklist.Signs;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.Dimension;
import dev.backendaudit.model.Metric;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.ThresholdCriterion;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Every step is a value: two continuations of one shared step are independent audits, each equal to
 * the same audit written out in full, and the shared step itself is unchanged. (The law for any split
 * of a sentence is {@code SentenceProperties.every_branch_of_a_shared_step_equals_the_sentence_written_out}.)
 */
class SentenceBranchingTest {

    private static final Instant AT = Instant.parse("2026-11-20T09:00:00Z");
    private static final Metric CACHE_MISSES = Metric.of("performance.cache-miss-rate", Areas.PERFORMANCE,
            "cache miss rate", Dimension.RATIO);

    /** The shared beginning, written afresh each time it is called. */
    private static AuditStep shared() {
        return BackendAudit.of("checkout-service").at(AT)
                .deployment(d -> d.releases(44, 4))
                .scalability(s -> s.scaledByHand().noSinglePointOfFailure());
    }

    @Test
    void should_branch_a_shared_step_into_independent_audits() {
        // GIVEN one step, shared
        AuditStep base = shared();
        // WHEN two sentences continue it with different values for the same topic
        Audit slow = base.performance(p -> p.latencyP95(ofMillis(870)).underPeakLoad()).audit();
        Audit fast = base.performance(p -> p.latencyP95(ofMillis(120)).underPeakLoad()).audit();
        // THEN neither sees the other: each equals the audit written out, and the shared step is as it was
        assertThat(slow).isEqualTo(shared().performance(p -> p.latencyP95(ofMillis(870)).underPeakLoad()).audit());
        assertThat(fast).isEqualTo(shared().performance(p -> p.latencyP95(ofMillis(120)).underPeakLoad()).audit());
        assertThat(base.audit()).isEqualTo(shared().audit());
        assertThat(base.audit().evidenceAbout(Metrics.LATENCY_P95_PEAK)).isEmpty();
    }

    @Test
    void should_branch_a_measurement_into_bounded_and_unbounded() {
        // GIVEN a measurement of a metric no criterion judges
        MeasurementStep measured = shared().measured(CACHE_MISSES, Quantity.percent(30));
        // WHEN one branch bounds it and the other does not
        Audit bounded = measured.warnAbove(Quantity.percent(20)).criticalAbove(Quantity.percent(50))
                .signalling(Signs.SLOW_PERFORMANCE).audit();
        Audit reported = measured.audit();
        // THEN only the bounded branch has the criterion
        ThresholdCriterion criterion = ThresholdCriterion.above(CACHE_MISSES.id(), Signs.SLOW_PERFORMANCE, CACHE_MISSES,
                Quantity.percent(20), Quantity.percent(50));
        assertThat(bounded.criteria()).contains(criterion);
        assertThat(reported.criteria()).doesNotContain(criterion);
        assertThat(reported).isEqualTo(shared().measured(CACHE_MISSES, Quantity.percent(30)).audit());
    }

    @Test
    void should_branch_a_warning_bound_at_the_top_of_the_sentence() {
        // GIVEN a warning bound, shared
        CriticalAboveStep<SignStep> warned = shared().measured(CACHE_MISSES, Quantity.percent(30))
                .warnAbove(Quantity.percent(20));
        // WHEN two critical bounds follow it
        Audit strict = warned.criticalAbove(Quantity.percent(25)).signalling(Signs.SLOW_PERFORMANCE).audit();
        Audit lenient = warned.criticalAbove(Quantity.percent(60)).signalling(Signs.SLOW_PERFORMANCE).audit();
        // THEN each has its own
        assertThat(strict).isEqualTo(shared().measured(CACHE_MISSES, Quantity.percent(30))
                .warnAbove(Quantity.percent(20)).criticalAbove(Quantity.percent(25)).signalling(Signs.SLOW_PERFORMANCE)
                .audit());
        assertThat(lenient).isEqualTo(shared().measured(CACHE_MISSES, Quantity.percent(30))
                .warnAbove(Quantity.percent(20)).criticalAbove(Quantity.percent(60)).signalling(Signs.SLOW_PERFORMANCE)
                .audit());
    }

    @Test
    void should_branch_a_step_inside_a_clause() {
        // GIVEN a clause function that continues one step twice and returns the second branch
        Audit audit = shared().performance(p -> {
            PerformanceAboveStep peak = p.latencyP95(ofMillis(870)).underPeakLoad();
            peak.queriesEfficient(false, "a branch the function drops");
            return peak.knownBottlenecks(true);
        }).audit();
        // THEN the audit holds the branch returned, and nothing of the dropped one
        assertThat(audit).isEqualTo(shared()
                .performance(p -> p.latencyP95(ofMillis(870)).underPeakLoad().knownBottlenecks(true)).audit());
    }

    @Test
    void should_branch_a_warning_bound_inside_a_clause() {
        Audit audit = shared().performance(p -> {
            CriticalAboveStep<PerformanceClause> warned = p.latencyP95(ofMillis(870)).underPeakLoad()
                    .warnAbove(ofMillis(250));
            warned.criticalAbove(ofMillis(2000));
            return warned.criticalAbove(ofMillis(800));
        }).audit();
        assertThat(audit).isEqualTo(shared().performance(p -> p.latencyP95(ofMillis(870)).underPeakLoad()
                .warnAbove(ofMillis(250)).criticalAbove(ofMillis(800))).audit());
    }

    @Test
    void should_continue_one_clause_step_in_two_audits() {
        // GIVEN a clause step kept from one clause function
        AtomicReference<PerformanceAboveStep> kept = new AtomicReference<>();
        shared().performance(p -> {
            kept.set(p.latencyP95(ofMillis(870)).underPeakLoad());
            return kept.get();
        });
        // WHEN two audits continue it differently
        Audit efficient = shared().performance(p -> kept.get().queriesEfficient(true)).audit();
        Audit scanning = shared().performance(p -> kept.get().queriesEfficient(false)).audit();
        // THEN each equals the audit written out
        assertThat(efficient).isEqualTo(shared()
                .performance(p -> p.latencyP95(ofMillis(870)).underPeakLoad().queriesEfficient(true)).audit());
        assertThat(scanning).isEqualTo(shared()
                .performance(p -> p.latencyP95(ofMillis(870)).underPeakLoad().queriesEfficient(false)).audit());
    }

    @Test
    void should_share_a_step_between_threads() {
        // GIVEN one step shared by many threads, each continuing it with its own latency
        AuditStep base = shared();
        List<Integer> latencies = IntStream.rangeClosed(1, 200).boxed().toList();
        // WHEN they build their audits at once
        List<Audit> parallel = latencies.parallelStream()
                .map(ms -> base.performance(p -> p.latencyP95(ofMillis(ms)).underPeakLoad()).audit()).toList();
        // THEN each equals the audit written out alone
        List<Audit> alone = latencies.stream()
                .map(ms -> shared().performance(p -> p.latencyP95(ofMillis(ms)).underPeakLoad()).audit()).toList();
        assertThat(parallel).isEqualTo(alone);
    }
}
