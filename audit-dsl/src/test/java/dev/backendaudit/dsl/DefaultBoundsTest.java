package dev.backendaudit.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.checklist.Signs;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.Criterion;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.FindingStatus;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.Severity;
import dev.backendaudit.model.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DefaultBoundsTest {

    private static final Instant AT = Instant.parse("2026-11-20T09:00:00Z");

    static Finding finding(Verdict verdict, String criterionId) {
        return verdict.findings().stream().filter(f -> f.criterion().id().equals(criterionId)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding of " + criterionId));
    }

    static Criterion criterion(Audit audit, String id) {
        return audit.criteria().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no criterion " + id));
    }

    @Test
    void should_start_from_every_standard_criterion_with_its_default_bounds() {
        // GIVEN an audit that overrides nothing
        // WHEN it is built
        Audit audit = BackendAudit.of("checkout-service").at(AT).audit();
        // THEN it judges by the standard checklist, number for number
        assertThat(audit.criteria()).containsExactlyInAnyOrderElementsOf(Criteria.STANDARD);
    }

    @Test
    void should_judge_a_measurement_by_the_standard_bound_when_none_is_given() {
        // GIVEN p95 at peak of 870 ms, between the 300 ms warning and the 1 s critical default
        // WHEN evaluated
        Verdict verdict = BackendAudit.of("checkout-service").at(AT)
                .performance(p -> p.latencyP95(Duration.ofMillis(870)).underPeakLoad())
                .evaluate();
        // THEN the standard criterion finds a warning
        Finding finding = finding(verdict, Criteria.P95_PEAK.id());
        assertThat(finding.severity()).contains(Severity.WARNING);
        assertThat(finding.explanation()).contains("870 ms").contains("300 ms warning bound");
    }

    @Test
    void should_replace_the_standard_criterion_with_the_same_id_when_a_clause_gives_bounds() {
        // GIVEN stricter bounds for p95 at peak
        // WHEN the audit is built
        Audit audit = BackendAudit.of("checkout-service").at(AT)
                .performance(p -> p.latencyP95(Duration.ofMillis(870)).underPeakLoad()
                        .warnAbove(Duration.ofMillis(200)).criticalAbove(Duration.ofMillis(800)))
                .audit();
        // THEN exactly one criterion has that id, with the new bounds and the standard sign and direction
        assertThat(audit.criteria()).hasSameSizeAs(Criteria.STANDARD);
        assertThat(criterion(audit, Criteria.P95_PEAK.id()))
                .isEqualTo(Criteria.P95_PEAK.withBounds(Quantity.millis(200), Quantity.millis(800)));
    }

    @Test
    void should_judge_by_the_overridden_bounds() {
        // GIVEN 870 ms judged against a critical bound of 800 ms
        Verdict verdict = BackendAudit.of("checkout-service").at(AT)
                .performance(p -> p.latencyP95(Duration.ofMillis(870)).underPeakLoad()
                        .warnAbove(Duration.ofMillis(200)).criticalAbove(Duration.ofMillis(800)))
                .evaluate();
        // THEN the finding is critical
        assertThat(finding(verdict, Criteria.P95_PEAK.id()).severity()).contains(Severity.CRITICAL);
    }

    @Test
    void should_keep_an_override_to_its_own_audit() {
        // GIVEN one audit with relaxed coverage bounds
        BackendAudit.of("a").at(AT).codeQuality(c -> c.testCoverage(Quantity.percent(40))
                .warnBelow(Quantity.percent(30)).criticalBelow(Quantity.percent(10))).audit();
        // WHEN another audit is written
        Audit other = BackendAudit.of("b").at(AT).audit();
        // THEN it still has the standard bound
        assertThat(criterion(other, Criteria.TEST_COVERAGE.id())).isEqualTo(Criteria.TEST_COVERAGE);
    }

    @Test
    void should_override_lower_is_worse_bounds_with_warn_below() {
        // GIVEN headroom 1.8x, healthy by default (warning below 1.5x), judged against a 2x warning bound
        Verdict verdict = BackendAudit.of("checkout-service").at(AT)
                .scalability(s -> s.peakHeadroom(1.8).warnBelow(Quantity.times(2)).criticalBelow(Quantity.times(1.2)))
                .evaluate();
        // THEN it is a warning
        assertThat(finding(verdict, Criteria.PEAK_HEADROOM.id()).severity()).contains(Severity.WARNING);
    }

    @Test
    void should_create_a_throughput_criterion_only_when_bounds_are_given() {
        // GIVEN throughput without bounds, and with bounds
        Audit reported = BackendAudit.of("a").at(AT)
                .performance(p -> p.throughput(Quantity.of(900, dev.backendaudit.model.Unit.PER_SECOND))).audit();
        Verdict bounded = BackendAudit.of("b").at(AT)
                .performance(p -> p.throughput(Quantity.of(900, dev.backendaudit.model.Unit.PER_SECOND))
                        .warnBelow(Quantity.of(1000, dev.backendaudit.model.Unit.PER_SECOND))
                        .criticalBelow(Quantity.of(500, dev.backendaudit.model.Unit.PER_SECOND)))
                .evaluate();
        // THEN only the bounded one judges it, as slow performance
        assertThat(reported.criteria()).noneMatch(c -> c.id().equals(PerformanceSentence.THROUGHPUT_CRITERION));
        Finding finding = finding(bounded, PerformanceSentence.THROUGHPUT_CRITERION);
        assertThat(finding.sign()).isEqualTo(Signs.SLOW_PERFORMANCE);
        assertThat(finding.severity()).contains(Severity.WARNING);
    }

    @Test
    void should_leave_a_criterion_unknown_when_no_clause_gives_its_evidence() {
        // GIVEN no monitoring clause
        Verdict verdict = BackendAudit.of("checkout-service").at(AT)
                .performance(p -> p.latencyP95(Duration.ofMillis(120)).underPeakLoad())
                .evaluate();
        // THEN time to restore is unknown, never healthy
        Finding finding = finding(verdict, Criteria.TIME_TO_RESTORE.id());
        assertThat(finding.status()).isEqualTo(FindingStatus.UNKNOWN);
        assertThat(finding.severity()).isEqualTo(Optional.empty());
    }

    @Test
    void should_judge_by_the_checklist_named_in_using() {
        // GIVEN a team checklist with one area and one criterion
        dev.backendaudit.model.Checklist latencyOnly = new dev.backendaudit.model.Checklist("latency-only", "1",
                java.util.List.of(dev.backendaudit.checklist.Areas.PERFORMANCE), java.util.List.of(Criteria.P95_PEAK));
        // WHEN an audit starts from it
        Verdict verdict = BackendAudit.using(latencyOnly).of("checkout-service").at(AT)
                .performance(p -> p.latencyP95(Duration.ofMillis(120)).underPeakLoad())
                .evaluate();
        // THEN only that criterion judges, and the one area is healthy
        assertThat(verdict.findings()).extracting(f -> f.criterion().id()).containsExactly(Criteria.P95_PEAK.id());
        assertThat(verdict.outcome()).isEqualTo(dev.backendaudit.model.Outcome.HEALTHY);
    }
}
