package dev.backendaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.checklist.StandardChecklist;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.FindingStatus;
import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.Provenance;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.scoring.Strategies;
import dev.backendaudit.test.AuditFixtures.Level;
import dev.backendaudit.test.AuditFixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

    @Test
    void should_make_a_criterion_without_evidence_unknown_and_say_what_is_missing() {
        // WHEN
        Verdict verdict = Evaluator.evaluate(Audit.builder("svc").at(AuditFixtures.AT)
                .checklist(StandardChecklist.checklist()).build());
        // THEN
        Finding p95 = verdict.findings().stream().filter(f -> f.criterion().equals(Criteria.P95_PEAK)).findFirst()
                .orElseThrow();
        assertThat(p95.status()).isEqualTo(FindingStatus.UNKNOWN);
        assertThat(p95.explanation()).isEqualTo(
                "no evidence for p95 latency under peak load (warning above 300 ms, critical above 1 s)");
        assertThat(verdict.unknown()).hasSize(Criteria.STANDARD.size());
    }

    @Test
    void should_rank_findings_by_impact() {
        // GIVEN
        Verdict verdict = Evaluator.evaluate(AuditFixtures.withCriteriaAt(Map.of(
                Criteria.P95_PEAK, Level.WARNING,
                Criteria.TEST_COVERAGE, Level.CRITICAL,
                Criteria.AUTOMATIC_SCALING, Level.WARNING)));
        // THEN critical first; then among warnings the foundation area first
        assertThat(verdict.present()).extracting(f -> f.criterion().id())
                .containsExactly("code-quality.test-coverage", "scalability.automatic-scaling",
                        "performance.latency-p95-peak");
    }

    @Test
    void should_reject_history_of_another_subject() {
        // GIVEN
        Verdict other = Evaluator.evaluate(Audit.builder("billing").at(AuditFixtures.AT.minusSeconds(60)).build());
        // WHEN / THEN
        assertThatThrownBy(() -> Evaluator.evaluate(AuditFixtures.healthy(), Strategies.checklist(),
                AuditHistory.of(List.of(other))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("history verdicts must be of the audited subject \"checkout-service\", but one is of \"billing\"");
    }

    @Test
    void should_reject_history_that_is_not_earlier_than_the_audit() {
        // GIVEN
        Verdict later = Evaluator.evaluate(Audit.builder("checkout-service").at(AuditFixtures.AT.plusSeconds(60)).build());
        // WHEN / THEN
        assertThatThrownBy(() -> Evaluator.evaluate(AuditFixtures.healthy(), Strategies.checklist(),
                AuditHistory.of(List.of(later))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be earlier than the audit at 2026-11-20T09:00:00Z");
    }

    @Test
    void should_give_equal_verdicts_for_equal_audits() {
        assertThat(Evaluator.evaluate(AuditFixtures.healthy())).isEqualTo(Evaluator.evaluate(AuditFixtures.healthy()));
    }

    @Test
    void should_keep_evidence_that_no_criterion_reads_without_changing_the_verdict() {
        // GIVEN throughput has no standard bound
        Audit audit = AuditFixtures.builder(Map.of())
                .evidence(Measurement.of(Metrics.THROUGHPUT, Quantity.of(120, dev.backendaudit.model.Unit.PER_SECOND),
                        Provenance.manual()))
                .build();
        // THEN
        assertThat(audit.evidence()).hasSize(Criteria.STANDARD.size() + 1);
        assertThat(Evaluator.evaluate(audit).outcome()).isEqualTo(Evaluator.evaluate(AuditFixtures.healthy()).outcome());
    }
}
