package dev.backendaudit.examples;

import static dev.backendaudit.model.Quantity.percent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.backendaudit.checklist.Areas;
import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.checklist.Questions;
import dev.backendaudit.dsl.AuditStep;
import dev.backendaudit.dsl.BackendAudit;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.EvidencePolicy;
import dev.backendaudit.model.FindingStatus;
import dev.backendaudit.model.Health;
import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Provenance;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.Severity;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.scoring.ChecklistStrategy;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The snippets of the README's tour of the DSL, each run and checked here. */
class DslTourExample {

    private static final Instant AUDITED_AT = Instant.parse("2026-11-20T09:00:00Z");

    @Test
    void should_read_a_first_sentence() {
        // tag::first-sentence[]
        Verdict verdict = BackendAudit.of("checkout-service")
                .at(AUDITED_AT)
                .architecture(a -> a.modular("orders, payments and inventory are separate modules").dependencyCycles(0))
                .performance(p -> p
                        .latencyP95(Duration.ofMillis(180)).underNormalLoad()
                        .latencyP95(Duration.ofMillis(870)).underPeakLoad()
                        .queriesEfficient(false, "order history scans the orders table"))
                .scalability(s -> s.scaledByHand("pre-scaled before every sale").noSinglePointOfFailure())
                .deployment(d -> d.ciCdPipeline(true, "GitHub Actions").releases(44, 4))
                .monitoring(m -> m.alertingOnFailure(true).timeToRestore(Duration.ofHours(3)))
                .evaluate();

        verdict.outcome();                      // INCONCLUSIVE: 12 of 41 criteria have evidence
        verdict.health(Areas.SCALABILITY);      // NEEDS_ATTENTION
        verdict.nextSteps();                    // the evidence to gather, area by area
        // end::first-sentence[]
        assertThat(verdict.outcome()).isEqualTo(Outcome.INCONCLUSIVE);
        assertThat(verdict.firedRules()).containsExactly(EvidencePolicy.RULE, ChecklistStrategy.OPTIMIZATION_ENOUGH);
        assertThat(verdict.coverage().decided()).isEqualTo(12);
        assertThat(verdict.health(Areas.SCALABILITY)).isEqualTo(Health.NEEDS_ATTENTION);
        assertThat(verdict.nextSteps()).isNotEmpty()
                .allSatisfy(step -> assertThat(step.action()).startsWith("gather-evidence-"));
    }

    @Test
    void should_judge_by_the_teams_own_bounds() {
        // tag::bounds[]
        Verdict verdict = BackendAudit.of("checkout-service")
                .at(AUDITED_AT)
                .performance(p -> p
                        .latencyP95(Duration.ofMillis(870)).underPeakLoad()
                            .warnAbove(Duration.ofMillis(250)).criticalAbove(Duration.ofMillis(800)))   // our SLO
                .codeQuality(c -> c
                        .testCoverage(percent(71)).warnBelow(percent(80)).criticalBelow(percent(50)))
                .evaluate();
        // end::bounds[]
        assertThat(verdict.findings()).filteredOn(f -> f.criterion().id().equals(Criteria.P95_PEAK.id()))
                .singleElement().satisfies(f -> assertThat(f.severity()).contains(Severity.CRITICAL));
        assertThat(verdict.findings()).filteredOn(f -> f.criterion().id().equals(Criteria.TEST_COVERAGE.id()))
                .singleElement().satisfies(f -> assertThat(f.severity()).contains(Severity.WARNING));
    }

    @Test
    void should_take_evidence_with_its_provenance_and_say_what_does_not_apply() {
        Measurement fromCollector = Measurement.of(Metrics.DEPENDENCY_CYCLES, Quantity.count(2),
                Provenance.of("archunit", "target/classes", AUDITED_AT));
        // tag::generic[]
        Audit audit = BackendAudit.of("nightly-billing-batch")
                .at(AUDITED_AT)
                .performance(p -> p
                        .from(Provenance.of("batch-log", "logs/billing-2026-11.log", AUDITED_AT))
                        .latencyP95(Duration.ofMinutes(4)).underNormalLoad()
                            .warnAbove(Duration.ofMinutes(10)).criticalAbove(Duration.ofMinutes(30))
                        .notApplicable(Metrics.LATENCY_P95_PEAK, "a nightly batch has no peak traffic"))
                .evidence(fromCollector)                                    // e.g. from audit-evidence
                .answered(Questions.INCIDENTS_DETECTED_FIRST, true, "the job pages on failure")
                .audit();                                                   // built, not evaluated
        // end::generic[]
        Verdict verdict = dev.backendaudit.engine.Evaluator.evaluate(audit);
        assertThat(verdict.findings()).filteredOn(f -> f.criterion().id().equals(Criteria.P95_PEAK.id()))
                .singleElement().satisfies(f -> assertThat(f.status()).isEqualTo(FindingStatus.NOT_APPLICABLE));
        assertThat(audit.evidence()).contains(fromCollector);
    }

    @Test
    void should_branch_a_sentence_and_say_one_part_anew() {
        // tag::values[]
        AuditStep checkout = CheckoutServiceAudit.sentence();         // a value: no step below changes it
        Verdict today = checkout.evaluate();
        Verdict ifAutoscaled = checkout
                .replacing(s -> s.scalability(x -> x
                        .scalesAutomatically("HPA on queue depth")      // replaces "scaled by hand"
                        .peakHeadroom(2.5)))                           // replaces the load test's 1.8x
                .evaluate();

        today.health(Areas.SCALABILITY);          // NEEDS_ATTENTION
        ifAutoscaled.health(Areas.SCALABILITY);   // HEALTHY
        // end::values[]
        assertThat(today.health(Areas.SCALABILITY)).isEqualTo(Health.NEEDS_ATTENTION);
        assertThat(ifAutoscaled.health(Areas.SCALABILITY)).isEqualTo(Health.HEALTHY);
        assertThat(today.outcome()).isEqualTo(Outcome.OPTIMIZE);
        assertThat(checkout.evaluate()).as("the shared sentence after both").isEqualTo(today);
        Audit autoscaled = checkout.replacing(s -> s.scalability(x -> x.scalesAutomatically("HPA on queue depth")
                .peakHeadroom(2.5))).audit();
        assertThat(autoscaled.evidenceAbout(Metrics.PEAK_HEADROOM)).singleElement()
                .satisfies(e -> assertThat(((Measurement) e).value()).isEqualTo(Quantity.times(2.5)));
        assertThat(BackendAudit.startingFrom(CheckoutServiceAudit.audit()).evaluate()).isEqualTo(today);
    }
}
