package dev.backendaudit.test.baseline;

import static dev.backendaudit.test.AuditAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendaudit.model.Severity;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.test.VerdictsAccess;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaselineComparisonTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-26");

    @Test
    void should_pass_when_every_present_finding_is_accepted() {
        Verdict verdict = VerdictsAccess.optimize();
        assertThat(verdict).conformsTo(Baseline.of(verdict), Waivers.none(), TODAY);
    }

    @Test
    void should_fail_on_a_new_finding() {
        assertThatThrownBy(() -> assertThat(VerdictsAccess.optimize())
                .conformsTo(Baseline.empty("checkout-service"), Waivers.none(), TODAY))
                .hasMessageContaining("Expecting no finding new or worse than the baseline, but found 2.")
                .hasMessageContaining("new: WARNING performance.latency-p95-peak (Slow performance): p95 latency under"
                        + " peak load is 870 ms");
    }

    @Test
    void should_fail_on_a_finding_worse_than_accepted() {
        // GIVEN the refix finding accepted as a warning, now critical
        Baseline baseline = new Baseline("checkout-service",
                List.of(new AcceptedFinding("code-quality.refix-share", Severity.WARNING, "was 20%")));
        // WHEN / THEN
        assertThatThrownBy(() -> assertThat(VerdictsAccess.rebuild()).conformsTo(baseline, Waivers.none(), TODAY))
                .hasMessageContaining("worse than the accepted WARNING: CRITICAL code-quality.refix-share");
    }

    @Test
    void should_tighten_when_findings_improve_and_report_stale_and_undecided_entries() {
        // GIVEN a baseline from a worse time
        Baseline baseline = new Baseline("checkout-service", List.of(
                new AcceptedFinding("performance.latency-p95-peak", Severity.CRITICAL, "was 1.4 s"),
                new AcceptedFinding("monitoring.error-rate", Severity.WARNING, "was 2%"),
                new AcceptedFinding("legacy.removed-check", Severity.WARNING, "criterion no longer exists")));
        // WHEN
        BaselineComparison comparison = BaselineComparison.of(VerdictsAccess.optimize(), baseline, Waivers.none(), TODAY);
        // THEN the p95 improved to a warning, the error rate to healthy; the removed criterion is stale, which fails
        assertThat(comparison.failures()).hasSize(2);
        assertThat(comparison.failures().get(0).describe()).isEqualTo("baseline entry 'legacy.removed-check' names no criterion"
                + " of this audit; no criterion of the audit is near it (remove it, or correct its id)");
        assertThat(comparison.failures().get(1).describe()).contains("scalability.automatic-scaling");
        assertThat(comparison.improved()).extracting(AcceptedFinding::criterion)
                .containsExactly("monitoring.error-rate", "performance.latency-p95-peak");
        assertThat(comparison.stale()).extracting(AcceptedFinding::criterion).containsExactly("legacy.removed-check");
        assertThat(comparison.tightened().accepted()).extracting(AcceptedFinding::criterion, AcceptedFinding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("legacy.removed-check", Severity.WARNING),
                        org.assertj.core.groups.Tuple.tuple("performance.latency-p95-peak", Severity.WARNING));
        assertThat(comparison.describe()).startsWith("New or worse than the baseline, or matching nothing:\n"
                + "  baseline entry 'legacy.removed-check' names no criterion");
    }

    @Test
    void should_excuse_a_finding_with_a_waiver_until_it_expires() {
        // GIVEN
        Verdict verdict = VerdictsAccess.optimize();
        Baseline baseline = new Baseline("checkout-service", List.of(
                new AcceptedFinding("performance.latency-p95-peak", Severity.WARNING, "accepted")));
        Waivers waivers = Waivers.of(new Waiver("scalability.automatic-scaling", "alice",
                "autoscaler lands with the Q1 migration", "2026-12-31"));
        // THEN valid through its expiry date
        assertThat(verdict).conformsTo(baseline, waivers, LocalDate.parse("2026-12-31"));
        assertThatThrownBy(() -> assertThat(verdict).conformsTo(baseline, waivers, LocalDate.parse("2027-01-01")))
                .hasMessageContaining("new: WARNING scalability.automatic-scaling")
                .hasMessageContaining("(the waiver by alice expired on 2026-12-31: autoscaler lands with the Q1 migration)");
    }

    @Test
    void should_fail_on_a_baseline_entry_or_waiver_naming_a_criterion_the_audit_does_not_have() {
        // GIVEN a typo in a baseline entry and in a waiver
        Verdict verdict = VerdictsAccess.optimize();
        Baseline baseline = new Baseline("checkout-service", List.of(
                new AcceptedFinding("performance.latency-p95-pek", Severity.WARNING, "typo")));
        Waivers waivers = Waivers.of(new Waiver("scalability.automatic-scalng", "alice", "soon", "2026-12-31"));
        // WHEN
        BaselineComparison comparison = BaselineComparison.of(verdict, baseline, waivers, TODAY);
        // THEN
        assertThat(comparison.failures()).extracting(Departure::describe).contains(
                "baseline entry 'performance.latency-p95-pek' names no criterion of this audit; did you mean"
                        + " 'performance.latency-p95-peak'? (remove it, or correct its id)",
                "waiver of 'scalability.automatic-scalng' by alice names no criterion of this audit; did you mean"
                        + " 'scalability.automatic-scaling'? (remove it, or correct its id)");
        assertThatThrownBy(() -> assertThat(verdict).conformsTo(baseline, waivers, TODAY))
                .hasMessageContaining("did you mean 'performance.latency-p95-peak'?");
    }

    @Test
    void should_return_typed_results_that_render_to_the_lines_a_test_prints() {
        // GIVEN the p95 accepted as a warning, now critical; scaling new and waived; a typo in a waiver
        Verdict verdict = VerdictsAccess.rebuild();
        Baseline baseline = new Baseline("checkout-service", List.of(
                new AcceptedFinding("code-quality.refix-share", Severity.WARNING, "was 20%")));
        Waiver typo = new Waiver("scalability.automatic-scalng", "alice", "soon", "2026-12-31");
        // WHEN
        BaselineComparison comparison = BaselineComparison.of(verdict, baseline, Waivers.of(typo), TODAY);
        // THEN each result is typed: the finding, the entry it exceeds, the entry that matched nothing
        assertThat(comparison.passes()).isFalse();
        assertThat(comparison.regressions()).singleElement().satisfies(regression -> {
            assertThat(regression.finding().criterion().id()).isEqualTo("code-quality.refix-share");
            assertThat(regression.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(regression.isNew()).isFalse();
            assertThat(regression.accepted()).map(AcceptedFinding::severity).contains(Severity.WARNING);
            assertThat(regression.waiver()).isEmpty();
            assertThat(regression.describe()).startsWith("worse than the accepted WARNING: CRITICAL code-quality"
                    + ".refix-share");
        });
        assertThat(comparison.unmatched()).singleElement().satisfies(entry -> {
            assertThat(entry.isWaiver()).isTrue();
            assertThat(entry.criterionId()).isEqualTo("scalability.automatic-scalng");
            assertThat(entry.nearest()).contains("scalability.automatic-scaling");
        });
        assertThat(comparison.describe()).contains("  " + comparison.regressions().get(0).describe() + "\n",
                "  " + comparison.unmatched().get(0).describe() + "\n");
    }

    @Test
    void should_keep_a_waived_regression_typed_with_its_waiver() {
        // GIVEN
        Waiver waiver = new Waiver("scalability.automatic-scaling", "alice", "autoscaler lands in Q1", "2026-12-31");
        Baseline baseline = new Baseline("checkout-service", List.of(
                new AcceptedFinding("performance.latency-p95-peak", Severity.WARNING, "accepted")));
        // WHEN
        BaselineComparison comparison = BaselineComparison.of(VerdictsAccess.optimize(), baseline,
                Waivers.of(waiver), TODAY);
        // THEN
        assertThat(comparison.passes()).isTrue();
        assertThat(comparison.waived()).singleElement().satisfies(regression -> {
            assertThat(regression.isNew()).isTrue();
            assertThat(regression.waiver()).contains(waiver);
            assertThat(regression.waiverHolds()).isTrue();
            assertThat(regression.describe()).endsWith("(waived by alice until 2026-12-31: autoscaler lands in Q1)");
        });
    }

    @Test
    void should_reject_a_baseline_of_another_subject() {
        assertThatThrownBy(() -> BaselineComparison.of(VerdictsAccess.optimize(), Baseline.empty("billing"),
                Waivers.none(), TODAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("baseline subject must be the verdict's \"checkout-service\", but was \"billing\"");
    }
}
