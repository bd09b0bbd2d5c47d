package dev.backendaudit.test;

import static dev.backendaudit.test.AuditAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendaudit.checklist.Areas;
import dev.backendaudit.checklist.StandardChecklist;
import dev.backendaudit.engine.Evaluator;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.Health;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Severity;
import dev.backendaudit.model.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictAssertTest {

    @Test
    void should_pass_a_healthy_verdict_through_every_check() {
        assertThat(Verdicts.healthy())
                .isHealthy()
                .isNotWorseThan(Outcome.HEALTHY)
                .hasNoFindingAtLeast(Severity.WARNING)
                .hasCoverageAtLeast(1.0)
                .hasNoUnknownFindings()
                .hasFiredRule("all-healthy")
                .area(Areas.SCALABILITY).isHealthy().hasCoverageAtLeast(1.0);
    }

    @Test
    void should_pass_a_verdict_no_missing_evidence_can_change_through_the_bound_checks() {
        assertThat(Verdicts.rebuild()).isSettled().hasBounds(Outcome.REBUILD, Outcome.REBUILD)
                .cannotBecomeWorseThan(Outcome.REBUILD);
        assertThat(Verdicts.optimize()).isSettled().cannotBecomeWorseThan(Outcome.OPTIMIZE);
    }

    @Test
    void should_fail_is_settled_with_the_bounds_and_what_would_settle_it() {
        // GIVEN a healthy service whose main-sequence distance nobody measured
        Verdict verdict = Evaluator.evaluate(Verdicts.withoutTopics(Verdicts.AT, "architecture.main-sequence-distance")
                .build());
        // WHEN / THEN
        assertThatThrownBy(() -> assertThat(verdict).isSettled())
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Expecting the HEALTHY verdict on checkout-service to be settled, but its"
                        + " unknowns allow HEALTHY .. REBUILD.")
                .hasMessageContaining("What would settle it, in order:\n    1. measure mean distance from the main"
                        + " sequence")
                .hasMessageContaining("Margin: With share of fixes followed by another fix of the same files above 15%"
                        + " (at the bound now), the verdict becomes OPTIMIZE");
        assertThatThrownBy(() -> assertThat(verdict).cannotBecomeWorseThan(Outcome.OPTIMIZE))
                .hasMessageStartingWith("Expecting the HEALTHY verdict on checkout-service not to be able to become"
                        + " worse than OPTIMIZE, but its unknowns allow HEALTHY .. REBUILD.");
        assertThatThrownBy(() -> assertThat(verdict).hasBounds(Outcome.HEALTHY, Outcome.OPTIMIZE))
                .hasMessageStartingWith("Expecting the bounds of the verdict on checkout-service to be HEALTHY .."
                        + " OPTIMIZE, but they were HEALTHY .. REBUILD.");
    }

    @Test
    void should_fail_a_bound_check_on_a_verdict_that_carries_no_bounds() {
        // GIVEN a verdict built by hand
        Verdict computed = Verdicts.healthy();
        Verdict byHand = new Verdict(computed.assessment(), computed.decision(), computed.strategy(), computed.policy());
        // WHEN / THEN
        assertThatThrownBy(() -> assertThat(byHand).isSettled())
                .hasMessage("Expecting the verdict on checkout-service to carry its bounds, but its certainty is not known"
                        + " (a verdict built by hand, or read from a document older than schema 1.2); evaluate it with"
                        + " Evaluator.evaluate");
        assertThatThrownBy(() -> assertThat(computed).cannotBecomeWorseThan(Outcome.INCONCLUSIVE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("outcome limit must be HEALTHY, OPTIMIZE or REBUILD, but was INCONCLUSIVE");
    }

    @Test
    void should_still_offer_the_standard_assertj_assertions() {
        assertThat(List.of(1, 2)).hasSize(2);
    }

    @Test
    void should_fail_with_expected_actual_and_the_findings_behind_it() {
        assertThatThrownBy(() -> assertThat(Verdicts.rebuild()).isNotWorseThan(Outcome.OPTIMIZE))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting outcome not worse than OPTIMIZE but was REBUILD.")
                .hasMessageContaining("[rebuild-indicator] Rebuild indicator present: Fixes create new issues repeatedly")
                .hasMessageContaining("CRITICAL code-quality.refix-share (Fixes create new issues repeatedly): "
                        + "share of fixes followed by another fix of the same files is 41%, above the 30% critical bound;"
                        + " source: git-history");
    }

    @Test
    void should_not_count_inconclusive_as_passing() {
        // GIVEN no evidence at all
        Verdict verdict = Evaluator.evaluate(Audit.builder("svc").at(Verdicts.AT)
                .checklist(StandardChecklist.checklist()).build());
        // WHEN / THEN
        assertThatThrownBy(() -> assertThat(verdict).isNotWorseThan(Outcome.REBUILD))
                .hasMessageContaining("but was INCONCLUSIVE: too little evidence to decide")
                .hasMessageContaining("Evidence that would settle it:")
                .hasMessageContaining("UNKNOWN performance.latency-p95-peak");
    }

    @Test
    void should_fail_an_area_check_with_the_area_findings() {
        assertThatThrownBy(() -> assertThat(Verdicts.optimize()).area(Areas.SCALABILITY).isHealthy())
                .hasMessageContaining("Expecting Scalability to be HEALTHY but was NEEDS_ATTENTION.")
                .hasMessageContaining("WARNING scalability.automatic-scaling (Manual scaling)")
                .hasMessageContaining("scaled by hand during sales");
    }

    @Test
    void should_bound_an_area_health() {
        assertThat(Verdicts.optimize()).area(Areas.PERFORMANCE).isNotWorseThan(Health.NEEDS_ATTENTION);
        assertThatThrownBy(() -> assertThat(Verdicts.optimize()).area(Areas.PERFORMANCE).isNotWorseThan(Health.HEALTHY))
                .hasMessageContaining("Expecting Performance not worse than HEALTHY but was NEEDS_ATTENTION");
    }

    @Test
    void should_name_offending_findings_for_a_severity_bound() {
        assertThatThrownBy(() -> assertThat(Verdicts.optimize()).hasNoFindingAtLeast(Severity.WARNING))
                .hasMessageContaining("Expecting no finding at WARNING or worse on checkout-service, but found 2.")
                .hasMessageContaining("p95 latency under peak load is 870 ms")
                .hasMessageContaining("hdr-histogram (perf/peak.hlog, 2026-11-20T09:00:00Z)");
    }

    @Test
    void should_fail_a_coverage_bound_listing_the_criteria_without_evidence() {
        Verdict thin = Evaluator.evaluate(Verdicts.withoutTopics(Verdicts.AT, "monitoring.alerting").build());
        assertThatThrownBy(() -> assertThat(thin).hasCoverageAtLeast(1.0))
                .hasMessageContaining("Expecting evidence coverage of at least 100% but was 40 of 41 criteria")
                .hasMessageContaining("UNKNOWN monitoring.alerting");
        assertThatThrownBy(() -> assertThat(thin).hasNoUnknownFindings())
                .hasMessageContaining("but 1 matched none")
                .hasMessageContaining("monitoring.alerting");
    }

    @Test
    void should_compare_with_an_earlier_verdict() {
        // GIVEN
        Verdict earlier = Verdicts.healthy();
        Verdict later = Verdicts.optimize();
        // THEN
        assertThat(earlier).isNotWorseThan(later);
        assertThatThrownBy(() -> assertThat(later).isNotWorseThan(earlier))
                .hasMessageContaining("Expecting outcome not worse than the earlier HEALTHY of 2026-11-20T09:00:00Z but was OPTIMIZE");
    }

    @Test
    void should_navigate_to_a_finding() {
        assertThat(Verdicts.optimize()).finding("performance.latency-p95-peak").isPresent()
                .hasSeverity(Severity.WARNING).hasExplanationContaining("870 ms");
        assertThatThrownBy(() -> assertThat(Verdicts.optimize()).finding("performance.nope"))
                .hasMessageContaining("Expecting a finding of criterion 'performance.nope', but the verdict has none");
        assertThatThrownBy(() -> assertThat(Verdicts.optimize()).finding("performance.latency-p95-peek"))
                .hasMessageContaining("Expecting a finding of criterion 'performance.latency-p95-peek', but the verdict"
                        + " has none; did you mean 'performance.latency-p95-peak'? Known: [");
    }

    @Test
    void should_reject_inconclusive_as_a_limit() {
        assertThatThrownBy(() -> assertThat(Verdicts.healthy()).isNotWorseThan(Outcome.INCONCLUSIVE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("outcome limit must be HEALTHY, OPTIMIZE or REBUILD, but was INCONCLUSIVE");
    }
}
