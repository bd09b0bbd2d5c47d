package dev.backendaudit.examples;

import static dev.backendaudit.test.AuditAssertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.backendaudit.checklist.Areas;
import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.engine.Evaluator;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.Criterion;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Provenance;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.Severity;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.scoring.ScoringStrategy;
import dev.backendaudit.scoring.Strategies;
import dev.backendaudit.scoring.WeightedScoreStrategy;
import dev.backendaudit.test.AuditFixtures;
import dev.backendaudit.test.AuditFixtures.Level;
import dev.backendaudit.test.AuditSoftAssertions;
import dev.backendaudit.test.baseline.Baseline;
import dev.backendaudit.test.baseline.BaselineComparison;
import dev.backendaudit.test.baseline.Regression;
import dev.backendaudit.test.baseline.Waivers;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's snippets of the result model: typed figures and references, the fixture, copies, soft assertions. */
class ResultModelExample {

    @Test
    void should_read_typed_figures_and_references_from_a_verdict() {
        Audit audit = CheckoutServiceAudit.audit();
        // tag::figures[]
        Verdict verdict = Evaluator.evaluate(audit, Strategies.weightedScore());
        double score = verdict.figure(WeightedScoreStrategy.SCORE).orElseThrow();            // a number, not "72.5"
        Optional<Double> performance = verdict.figure(WeightedScoreStrategy.contribution(Areas.PERFORMANCE));
        Finding p95 = verdict.finding(Criteria.P95_PEAK);                                  // by criterion
        Verdict checklist = Evaluator.evaluate(audit);
        List<Criterion> because = checklist.nextSteps().get(0).motivatedBy();             // the findings a step rests on
        // end::figures[]
        assertThat(score).isBetween(0.0, 100.0);
        assertThat(performance).hasValueSatisfying(p -> assertThat(p).isPositive());
        assertThat(p95.criterion()).isEqualTo(Criteria.P95_PEAK);
        assertThat(because).isNotEmpty().allSatisfy(c -> assertThat(checklist.finding(c).isPresent()).isTrue());
    }

    @Test
    void should_test_a_strategy_on_fixture_audits() {
        ScoringStrategy strategy = Strategies.checklist();
        // tag::fixture[]
        Audit healthy = AuditFixtures.healthy();                                           // every criterion healthy
        Audit slow = AuditFixtures.withCriterionAt(Criteria.P95_PEAK, Severity.WARNING);
        Audit blind = AuditFixtures.withCriteriaAt(Criteria.STANDARD.stream()
                .filter(c -> c.area().equals(Areas.MONITORING))
                .collect(Collectors.toMap(c -> c, c -> Level.UNKNOWN)));                 // an area without evidence
        assertThat(Evaluator.evaluate(healthy, strategy)).hasOutcome(Outcome.HEALTHY);
        assertThat(Evaluator.evaluate(slow, strategy)).hasOutcome(Outcome.OPTIMIZE);
        assertThat(Evaluator.evaluate(blind, strategy)).hasOutcome(Outcome.INCONCLUSIVE);  // no evidence is not health
        // end::fixture[]
    }

    @Test
    void should_copy_an_audit_with_one_value_changed() {
        // tag::replacing[]
        Audit base = AuditFixtures.healthy();
        Audit unstable = base.replacingEvidence(
                Measurement.of(Metrics.CHANGE_FAILURE_RATE, Quantity.percent(35), Provenance.manual()));
        assertThat(Evaluator.evaluate(unstable)).hasOutcome(Outcome.REBUILD).hasFiredRule("deployment-unstable");
        // end::replacing[]
        assertThat(Evaluator.evaluate(base).outcome()).isEqualTo(Outcome.HEALTHY);
    }

    @Test
    void should_collect_every_failure_with_soft_assertions() {
        Verdict verdict = Evaluator.evaluate(CheckoutServiceAudit.audit());
        Throwable failure = catchThrowable(() -> {
            // tag::soft[]
            AuditSoftAssertions.assertSoftly(softly -> {
                softly.assertThat(verdict).as("checkout").hasOutcome(Outcome.HEALTHY);
                softly.assertThat(verdict).area(Areas.SCALABILITY).isHealthy();      // still checked
                softly.assertThat(verdict).finding(Criteria.P95_PEAK).hasSeverity(Severity.CRITICAL);
            });
            // end::soft[]
        });
        assertThat(failure).hasMessageContaining("Multiple Failures (3 failures)").hasMessageContaining("[checkout]");
    }

    @Test
    void should_return_typed_baseline_results() {
        Verdict verdict = Evaluator.evaluate(CheckoutServiceAudit.audit());
        List<String> tickets = new java.util.ArrayList<>();
        // tag::baseline-typed[]
        BaselineComparison comparison = BaselineComparison.of(verdict, Baseline.empty(verdict.subject()),
                Waivers.none(), LocalDate.now());
        for (Regression regression : comparison.regressions()) {
            tickets.add(regression.finding().criterion().id() + ": " + regression.finding().explanation());
        }
        String message = comparison.describe();       // the lines a failing test prints
        // end::baseline-typed[]
        assertThat(tickets).hasSameSizeAs(verdict.present()).isNotEmpty();
        assertThat(message).startsWith("New or worse than the baseline, or matching nothing:");
    }
}
