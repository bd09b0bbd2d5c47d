package dev.backendaudit.examples;

import static dev.backendaudit.test.AuditAssertions.assertThat;

import dev.backendaudit.checklist.Areas;
import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.checklist.StandardChecklist;
import dev.backendaudit.engine.Evaluator;
import dev.backendaudit.evidence.delivery.DeliveryPerformance;
import dev.backendaudit.evidence.delivery.DeliveryRecords;
import dev.backendaudit.evidence.delivery.DeployedChanges;
import dev.backendaudit.evidence.delivery.DoraBands;
import dev.backendaudit.evidence.delivery.DoraReport;
import dev.backendaudit.evidence.git.GitHistory;
import dev.backendaudit.evidence.git.HistoryOptions;
import dev.backendaudit.evidence.git.HistoryReport;
import dev.backendaudit.evidence.layout.LayoutReport;
import dev.backendaudit.evidence.layout.RepositoryLayout;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Health;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.Severity;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.scoring.CompositeStrategy;
import dev.backendaudit.scoring.Floor;
import dev.backendaudit.scoring.GateCondition;
import dev.backendaudit.scoring.ScoringStrategy;
import dev.backendaudit.scoring.Strategies;
import dev.backendaudit.scoring.WeightedScoreStrategy;
import dev.backendaudit.scoring.history.VerdictDiff;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The README's snippets outside the DSL section, kept compiling (and, where they need no files of a
 * real team, running): {@code ReadmeDslTest} checks that the README shows exactly these regions.
 */
class ReadmeSnippetsTest {

    private static Verdict checkoutAt(String time) {
        return CheckoutServiceAudit.sentence().at(Instant.parse(time)).evaluate();
    }

    @Test
    void should_run_the_assertions_snippet_on_the_checkout_verdict() {
        Verdict lastWeeksVerdict = checkoutAt("2026-11-13T09:00:00Z");
        Verdict verdict = Evaluator.evaluate(CheckoutServiceAudit.audit());
        // tag::assertions[]
        assertThat(verdict)
                .isNotWorseThan(Outcome.OPTIMIZE)           // INCONCLUSIVE fails: thin evidence is not a pass
                .hasFiredRule("optimization-enough")
                .hasCoverageAtLeast(0.6)
                .area(Areas.ARCHITECTURE).isHealthy();
        assertThat(verdict).area(Areas.SCALABILITY).isNotWorseThan(Health.NEEDS_ATTENTION);
        assertThat(verdict).isNotWorseThan(lastWeeksVerdict);   // no new or worse finding
        assertThat(verdict).finding("performance.latency-p95-peak").isPresent().hasSeverity(Severity.WARNING);
        // end::assertions[]
    }

    @Test
    void should_run_the_composite_snippet() {
        Audit audit = CheckoutServiceAudit.audit();
        // tag::composite[]
        ScoringStrategy strategy = Strategies.composite(Strategies.weightedScore(), List.of(
                Floor.criticalIn(Areas.SCALABILITY, Outcome.OPTIMIZE),     // whatever the score
                Floor.veto(Strategies.gate(List.of(
                        GateCondition.above(Metrics.CHANGE_FAILURE_RATE, Quantity.percent(30)).failing(Outcome.REBUILD))))));
        Verdict verdict = Evaluator.evaluate(audit, strategy);
        verdict.figure(CompositeStrategy.BASE_OUTCOME);   // Optional[HEALTHY]: what the score alone decided
        verdict.figure(CompositeStrategy.FLOORS_FIRED);   // Optional[[]]: no critical Scalability finding, the gate passed
        verdict.figure(WeightedScoreStrategy.SCORE);      // Optional[90.625]: the base's figures keep their keys
        // end::composite[]
        assertThat(verdict.strategy().name()).isEqualTo("composite");
        assertThat(verdict.outcome().isDecided()).isTrue();
        // the comments of the snippet are true
        assertThat(verdict.figure(CompositeStrategy.BASE_OUTCOME)).contains(Outcome.HEALTHY);
        assertThat(verdict.outcome()).isEqualTo(Outcome.HEALTHY);
        assertThat(verdict.figure(CompositeStrategy.FLOORS_FIRED)).contains(List.of());
        assertThat(verdict.figure(WeightedScoreStrategy.SCORE)).contains(90.625);
    }

    @Test
    void should_run_the_diff_snippet() {
        Verdict january = checkoutAt("2026-01-20T09:00:00Z");
        Verdict february = checkoutAt("2026-02-20T09:00:00Z");
        Audit audit = CheckoutServiceAudit.sentence().at(Instant.parse("2026-03-20T09:00:00Z")).audit();
        // tag::diff[]
        Verdict march = Evaluator.evaluate(audit, Strategies.checklist(), AuditHistory.of(List.of(january, february)));
        VerdictDiff diff = VerdictDiff.between(february, march);
        diff.newFindings(); diff.worsened(); diff.improved(); diff.resolved();
        diff.unconfirmed();   // present before, no evidence now: not counted as resolved
        diff.areaChanges();   // Scalability: NEEDS_ATTENTION -> CRITICAL
        diff.comparable();    // false when the strategy or its version differs
        // end::diff[]
        assertThat(diff.comparable()).isTrue();
        assertThat(diff.newFindings()).isEmpty();
        // the same problems in three audits in a row: the checklist's history rule fires
        assertThat(march.firedRules()).contains("consistent-problems");
    }

    /**
     * The audit-evidence snippet. It reads a real team's repository and delivery records, so it is
     * compiled here but not run; audit-evidence's own tests run each collector on repositories and
     * records they build.
     */
    static Audit auditFromArtifacts() throws IOException {
        // tag::evidence[]
        HistoryReport history = GitHistory.analyze(HistoryOptions.of(Path.of("."))
                .window(Instant.parse("2025-11-01T00:00:00Z"), Instant.parse("2026-11-01T00:00:00Z")));
        LayoutReport layout = RepositoryLayout.scan(Path.of("."), Instant.now());
        DoraReport dora;
        try (DeployedChanges changes = DeployedChanges.fromGit(Path.of("."))) {
            dora = DeliveryPerformance.measure(DeliveryRecords.readDeployments(Path.of("ops/deployments.csv")),
                    DeliveryRecords.readIncidents(Path.of("ops/incidents.json")),
                    history.since(), history.until(), Optional.of(changes), DoraBands.REPORT_2021);
        }
        Audit audit = Audit.builder("checkout-service")
                .checklist(StandardChecklist.checklist())
                .evidence(history.evidence()).evidence(layout.evidence()).evidence(dora.evidence())
                .build();
        // end::evidence[]
        return audit;
    }
}
