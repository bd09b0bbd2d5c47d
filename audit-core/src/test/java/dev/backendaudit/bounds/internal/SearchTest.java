package dev.backendaudit.bounds.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendaudit.bounds.Certainty;
import dev.backendaudit.bounds.SettleStep;
import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.checklist.StandardChecklist;
import dev.backendaudit.engine.Evaluator;
import dev.backendaudit.model.Assessment;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Criterion;
import dev.backendaudit.model.EvidencePolicy;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.FindingStatus;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Severity;
import dev.backendaudit.scoring.Strategies;
import dev.backendaudit.test.AuditFixtures;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The hypothetical findings a search resolves unknowns with, and the budget it keeps to. */
class SearchTest {

    private static Finding unknown(Criterion criterion) {
        return Evaluator.assess(Audit.builder("svc").at(AuditFixtures.AT).checklist(StandardChecklist.checklist()).build())
                .findings().stream().filter(f -> f.criterion().equals(criterion)).findFirst().orElseThrow();
    }

    @Test
    void should_decide_hypothetical_findings_by_the_criterion_and_say_they_are_hypothetical() {
        for (Criterion criterion : Criteria.STANDARD) {
            // WHEN
            Finding absent = Hypotheticals.absent(unknown(criterion));
            Finding worst = Hypotheticals.worst(unknown(criterion), AuditFixtures.AT);
            // THEN
            assertThat(absent.status()).as(criterion.id()).isEqualTo(FindingStatus.ABSENT);
            assertThat(worst.severity()).as(criterion.id()).isPresent();
            assertThat(absent.explanation()).startsWith(Hypotheticals.MARK);
            assertThat(worst.explanation()).startsWith(Hypotheticals.MARK);
            worst.evidence().ifPresent(e -> assertThat(e.provenance().source()).isEqualTo(Hypotheticals.SOURCE));
        }
        // every standard criterion but those that only flag warnings can be critical at its worst
        assertThat(Hypotheticals.worst(unknown(Criteria.P95_PEAK), AuditFixtures.AT).severity()).contains(Severity.CRITICAL);
        assertThat(Hypotheticals.worst(unknown(Criteria.THROUGHPUT_TREND), AuditFixtures.AT).severity())
                .contains(Severity.CRITICAL);
        assertThat(Hypotheticals.worst(unknown(Criteria.AUTOMATIC_SCALING), AuditFixtures.AT).severity())
                .contains(Severity.WARNING);
        assertThat(Hypotheticals.worst(unknown(Criteria.P95_PEAK), AuditFixtures.AT).explanation())
                .isEqualTo("hypothetical (no such evidence was given): p95 latency under peak load is 16.67 min, above"
                        + " the 1 s critical bound; source: hypothetical");
    }

    @Test
    void should_bring_a_finding_down_exactly_to_the_bound_it_must_cross() {
        // GIVEN p95 at peak critical
        Finding critical = Evaluator.assess(AuditFixtures.withCriterionAt(Criteria.P95_PEAK, Severity.CRITICAL))
                .findings().stream().filter(f -> f.criterion().equals(Criteria.P95_PEAK)).findFirst().orElseThrow();
        // WHEN
        Optional<Finding> warning = Hypotheticals.lowered(critical, Optional.of(Severity.WARNING));
        Optional<Finding> absent = Hypotheticals.lowered(critical, Optional.empty());
        // THEN: 1 s is not above the 1 s critical bound, 300 ms not above the warning bound
        assertThat(warning).hasValueSatisfying(f -> assertThat(f.severity()).contains(Severity.WARNING));
        assertThat(absent).hasValueSatisfying(f -> assertThat(f.status()).isEqualTo(FindingStatus.ABSENT));
        assertThat(Crossings.improve(Criteria.P95_PEAK, Optional.of(Severity.WARNING), warning.get()))
                .isEqualTo("bring p95 latency under peak load to at most 1 s");
        assertThat(Crossings.worsen(Criteria.P95_PEAK, Severity.CRITICAL, warning.get()))
                .isEqualTo("p95 latency under peak load above 1 s");
    }

    @Test
    void should_stop_at_its_budget_and_say_which_steps_it_did_not_examine() {
        // GIVEN no evidence at all, and a budget of 12 strategy calls
        Assessment assessment = Evaluator.assess(Audit.builder("svc").at(AuditFixtures.AT)
                .checklist(StandardChecklist.checklist()).build());
        Resolutions resolutions = Resolutions.of(assessment, Strategies.checklist(), AuditHistory.empty(),
                EvidencePolicy.DEFAULT, 12);
        // WHEN
        Certainty certainty = Search.run(resolutions, Outcome.INCONCLUSIVE);
        // THEN
        assertThat(certainty.complete()).isFalse();
        assertThat(certainty.strategyCalls()).isEqualTo(12);
        assertThat(certainty.settle()).hasSize(Criteria.STANDARD.size()).allMatch(SettleStep::matters);
        assertThat(certainty.settle()).filteredOn(s -> !s.examined()).isNotEmpty()
                .allSatisfy(s -> {
                    assertThat(s.ifWorst()).isEqualTo(Outcome.HEALTHY);
                    assertThat(s.ifAbsent()).isEqualTo(Outcome.REBUILD);
                });
    }
}
