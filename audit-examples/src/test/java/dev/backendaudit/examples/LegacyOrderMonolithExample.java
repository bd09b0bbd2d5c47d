package dev.backendaudit.examples;

import static dev.backendaudit.model.Quantity.percent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.backendaudit.checklist.Areas;
import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.checklist.RebuildPlan;
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
 * Case study 3, a failing foundation: the order system of a wholesaler, a nine-year-old monolith.
 * Orders, invoicing and stock share one schema and call each other directly; the database is on its
 * largest instance; the month-end invoicing run has taken checkout down twice this year. Every fix
 * seems to break something else, commits per week fell from 52 to 22 in a quarter, and releases are rare,
 * manual and often rolled back. No amount of tuning gets past this: the verdict is REBUILD, with
 * the staged plan.
 */
class LegacyOrderMonolithExample {

    private static final Instant AUDITED_AT = Instant.parse("2026-11-20T09:00:00Z");

    // tag::rebuild[]
    static Verdict auditOrderMonolith() {
        Provenance git = Provenance.of("git-history", "trunk (12 weeks)", AUDITED_AT);
        return BackendAudit.of("order-monolith")
                .at(AUDITED_AT)
                .architecture(a -> a
                        .tightlyCoupled("orders, invoicing and stock share one schema and call each other")
                        .componentsScaleIndependently(false, "everything is one deployable")
                        .atScalingLimit(true, "the database already runs on the largest instance size")
                        .dependencyCycles(23))
                .performance(p -> p
                        .latencyP95(Duration.ofMillis(650)).underNormalLoad()
                        .latencyP95(Duration.ofMillis(2800)).underPeakLoad()
                        .knownBottlenecks(true, "the shared database"))
                .scalability(s -> s
                        .scaledByHand("a bigger database instance, twice a year")
                        .singlePointOfFailure("the one database instance")
                        .handlesTrafficSpikes(false, "month-end invoicing took checkout down twice this year")
                        .peakConcurrency(700, 1000))
                .codeQuality(c -> c
                        .fixesCreateNewIssues(true, "a third of fixes are followed by a fix of the same files")
                        .from(git)
                        .refixShare(percent(34))
                        .bugFixShare(percent(48))
                        .weeklyCommits(AUDITED_AT.minus(Duration.ofDays(7 * 12)),
                                52, 49, 47, 44, 40, 38, 35, 31, 29, 27, 24, 22)
                        .from(Provenance.manual())
                        .testCoverage(percent(18)))
                .deployment(d -> d
                        .ciCdPipeline(false, "the release manager builds on a workstation")
                        .from(Provenance.of("release-log", "ops/releases-2026.xlsx", AUDITED_AT))
                        .deploymentFrequency(Quantity.of(1.0 / 6, Unit.PER_WEEK))    // every six weeks
                        .leadTime(Duration.ofDays(45))
                        .releases(9, 4))
                .monitoring(m -> m
                        .realTimeMonitoring(false, "logs on the server, read after complaints")
                        .alertingOnFailure(false)
                        .timeToRestore(Duration.ofDays(2)))
                .evaluate();
    }
    // end::rebuild[]

    private final Verdict verdict = auditOrderMonolith();

    @Test
    void should_recommend_a_rebuild() {
        assertThat(verdict.outcome()).isEqualTo(Outcome.REBUILD);
    }

    @Test
    void should_name_every_reason_to_rebuild() {
        assertThat(verdict.firedRules()).containsOnly(ChecklistStrategy.REBUILD_INDICATOR,
                ChecklistStrategy.FOUNDATION_CRITICAL, ChecklistStrategy.SYSTEMIC_PROBLEMS,
                ChecklistStrategy.DEPLOYMENT_UNSTABLE);
        // three rebuild indicators are present at critical severity
        assertThat(verdict.rationale()).filteredOn(r -> r.rule().equals(ChecklistStrategy.REBUILD_INDICATOR))
                .extracting(r -> r.text())
                .anySatisfy(t -> assertThat(t).contains("Architecture cannot support scaling"))
                .anySatisfy(t -> assertThat(t).contains("Fixes create new issues repeatedly"))
                .anySatisfy(t -> assertThat(t).contains("Development speed keeps declining"));
    }

    @Test
    void should_find_the_foundation_critical() {
        assertThat(verdict.health(Areas.ARCHITECTURE)).isEqualTo(Health.CRITICAL);
        assertThat(verdict.health(Areas.SCALABILITY)).isEqualTo(Health.CRITICAL);
        assertThat(verdict.areas()).extracting(AreaAssessment::health).allMatch(Health::needsAttention);
    }

    @Test
    void should_lay_out_the_staged_rebuild_plan() {
        assertThat(verdict.nextSteps()).extracting(NextStep::action)
                .containsExactlyElementsOf(RebuildPlan.STEPS.stream().map(a -> a.id()).toList());
        // the first step, defining goals, names the findings that call for the rebuild
        assertThat(verdict.nextSteps().get(0).motivatedBy())
                .contains(Criteria.AT_SCALING_LIMIT, Criteria.FIXES_CREATE_ISSUES, Criteria.THROUGHPUT_TREND,
                        Criteria.HANDLES_SPIKES);
    }
}
