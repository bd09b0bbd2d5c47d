package dev.backendaudit.examples;

import static dev.backendaudit.model.Quantity.percent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.backendaudit.checklist.Practices;
import dev.backendaudit.dsl.AuditStep;
import dev.backendaudit.dsl.BackendAudit;
import dev.backendaudit.model.AreaAssessment;
import dev.backendaudit.model.Health;
import dev.backendaudit.model.NextStep;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Provenance;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.Unit;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.scoring.ChecklistStrategy;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Case study 1, a healthy service: the product catalog of an online bookshop. Two years old, split
 * into modules from the start, autoscaled, deployed several times a day, watched in real time. The
 * team audits it every quarter to make sure it stays that way; this quarter every area is healthy on
 * evidence, so the verdict is HEALTHY and the advice is to keep the practices that got it there.
 */
class HealthyCatalogServiceExample {

    private static final Instant AUDITED_AT = Instant.parse("2026-11-20T09:00:00Z");

    /** The catalog service's audit as a sentence; the custom-area example adds to it. */
    // tag::healthy[]
    static AuditStep catalogService() {
        Provenance loadTest = Provenance.of("k6", "perf/peak-2026-11.json", AUDITED_AT);
        Provenance dora = Provenance.of("delivery-records", "ops/deployments.csv", AUDITED_AT);
        return BackendAudit.of("catalog-service")
                .at(AUDITED_AT)
                .architecture(a -> a
                        .modular("search, pricing and stock are separate modules behind APIs")
                        .componentsScaleIndependently(true, "search runs on its own nodes")
                        .supportsGrowth(true)
                        .atScalingLimit(false)
                        .dependencyCycles(0)
                        .mainSequenceDistance(0.18))
                .performance(p -> p
                        .from(loadTest)
                        .latencyP50(Duration.ofMillis(35)).underNormalLoad()
                        .latencyP95(Duration.ofMillis(90)).underNormalLoad()
                        .latencyP99(Duration.ofMillis(240)).underNormalLoad()
                        .latencyP50(Duration.ofMillis(48)).underPeakLoad()
                        .latencyP95(Duration.ofMillis(140)).underPeakLoad()    // slowdown 1.6x, derived
                        .latencyP99(Duration.ofMillis(420)).underPeakLoad()
                        .queriesEfficient(true, "every hot query is indexed")
                        .knownBottlenecks(false))
                .scalability(s -> s
                        .scalesAutomatically("horizontal pod autoscaler on CPU and queue depth")
                        .noSinglePointOfFailure()
                        .handlesTrafficSpikes(true, "the last sale peaked at 1.7x normal without alerts")
                        .from(loadTest).peakConcurrency(4200, 2000))     // 2.1x headroom
                .codeQuality(c -> c
                        .readable(true)
                        .documented(true, "architecture notes and runbooks in the repository")
                        .deadOrDuplicatedCode(false)
                        .testCoverage(percent(84))
                        .duplication(percent(2))
                        .meanComplexity(2.4)
                        .bugFixShare(percent(14))
                        .refixShare(percent(3))
                        .weeklyCommits(AUDITED_AT.minus(Duration.ofDays(7 * 8)), 38, 41, 40, 44, 39, 42, 43, 41)
                        .fixesCreateNewIssues(false)
                        .developmentSpeedDeclining(false)
                        .complexityUnmanageable(false))
                .deployment(d -> d
                        .ciCdPipeline(true, "every merge is built, tested and deployed")
                        .automatedDeployments(true)
                        .from(dora)
                        .deploymentFrequency(Quantity.of(3, Unit.PER_DAY))
                        .leadTime(Duration.ofHours(6))
                        .releases(180, 7))                               // change failure rate 3.9 %
                .monitoring(m -> m
                        .realTimeMonitoring(true, "Prometheus, Grafana and tracing")
                        .alertingOnFailure(true, "paged on error-budget burn")
                        .incidentsDetectedFirst(true)
                        .from(dora)
                        .timeToRestore(Duration.ofMinutes(40))
                        .errorRate(percent(0.05)));
    }
    // end::healthy[]

    @Test
    void should_find_the_catalog_service_healthy() {
        // GIVEN evidence for every criterion of the checklist
        // WHEN the audit is evaluated
        Verdict verdict = catalogService().evaluate();
        // THEN every area is healthy on evidence, and that is the only rule that fired
        assertThat(verdict.outcome()).isEqualTo(Outcome.HEALTHY);
        assertThat(verdict.firedRules()).containsExactly(ChecklistStrategy.ALL_HEALTHY);
        assertThat(verdict.areas()).extracting(AreaAssessment::health).containsOnly(Health.HEALTHY);
        assertThat(verdict.present()).isEmpty();
    }

    @Test
    void should_rest_on_evidence_for_every_criterion() {
        Verdict verdict = catalogService().evaluate();
        // nothing is healthy for want of evidence: every criterion was decided
        assertThat(verdict.unknown()).isEmpty();
        assertThat(verdict.coverage().ratio()).isEqualTo(1.0);
    }

    @Test
    void should_recommend_the_ongoing_practices() {
        Verdict verdict = catalogService().evaluate();
        assertThat(verdict.nextSteps()).extracting(NextStep::action)
                .containsExactlyElementsOf(Practices.ALL.stream().map(a -> a.id()).toList());
    }
}
