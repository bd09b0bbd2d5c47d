package dev.backendaudit.scoring;

import static dev.backendaudit.test.AuditFixtures.AT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.backendaudit.checklist.Areas;
import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.checklist.Practices;
import dev.backendaudit.checklist.Questions;
import dev.backendaudit.checklist.RebuildPlan;
import dev.backendaudit.checklist.Signs;
import dev.backendaudit.checklist.StandardChecklist;
import dev.backendaudit.engine.Evaluator;
import dev.backendaudit.model.Answer;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.CheckStatus;
import dev.backendaudit.model.Criterion;
import dev.backendaudit.model.EvidencePolicy;
import dev.backendaudit.model.Health;
import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.NextStep;
import dev.backendaudit.model.NotApplicable;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Provenance;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.Severity;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.test.AuditFixtures.Level;
import dev.backendaudit.test.AuditFixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ChecklistStrategyTest {

    private static Verdict evaluate(Map<Criterion, Level> levels) {
        return Evaluator.evaluate(AuditFixtures.withCriteriaAt(levels));
    }

    private static List<String> actions(Verdict verdict) {
        return verdict.nextSteps().stream().map(NextStep::action).toList();
    }

    @Nested
    class Healthy {

        @Test
        void should_be_healthy_when_every_area_is_healthy_on_evidence() {
            // WHEN
            Verdict verdict = evaluate(Map.of());
            // THEN
            assertThat(verdict.outcome()).isEqualTo(Outcome.HEALTHY);
            assertThat(verdict.firedRules()).containsExactly(ChecklistStrategy.ALL_HEALTHY);
            assertThat(verdict.areas()).allMatch(a -> a.health() == Health.HEALTHY);
            assertThat(verdict.coverage().ratio()).isEqualTo(1.0);
            assertThat(actions(verdict)).containsExactlyElementsOf(Practices.ALL.stream().map(a -> a.id()).toList());
            assertThat(verdict.strategy().name()).isEqualTo("checklist");
        }

        @Test
        void should_be_inconclusive_not_healthy_when_an_area_has_no_evidence() {
            // GIVEN every monitoring criterion lacks evidence, everything else is healthy
            Audit.Builder builder = Audit.builder("svc").at(AT).checklist(StandardChecklist.checklist());
            Criteria.STANDARD.stream().filter(c -> !c.area().equals(Areas.MONITORING))
                    .forEach(c -> builder.evidence(AuditFixtures.evidenceAt(c, Level.HEALTHY).orElseThrow()));
            // WHEN
            Verdict verdict = Evaluator.evaluate(builder.build());
            // THEN
            assertThat(verdict.outcome()).isEqualTo(Outcome.INCONCLUSIVE);
            assertThat(verdict.firedRules()).containsExactly(EvidencePolicy.RULE, ChecklistStrategy.ALL_HEALTHY);
            assertThat(verdict.rationale().get(0).text()).isEqualTo("The strategy decided HEALTHY, which the evidence"
                    + " does not support: Monitoring & reliability has no evidence, and HEALTHY needs every area decided."
                    + " The next steps list the evidence that would settle it");
            assertThat(verdict.rationale().get(1).text()).contains("; Monitoring & reliability has no evidence");
            assertThat(verdict.health(Areas.MONITORING)).isEqualTo(Health.UNKNOWN);
            assertThat(actions(verdict)).containsExactly("gather-evidence-monitoring");
        }
    }

    @Nested
    class Optimize {

        @Test
        void should_optimize_when_one_area_needs_attention() {
            // WHEN
            Verdict verdict = evaluate(Map.of(Criteria.P95_PEAK, Level.WARNING, Criteria.QUERIES_EFFICIENT, Level.WARNING));
            // THEN
            assertThat(verdict.outcome()).isEqualTo(Outcome.OPTIMIZE);
            assertThat(verdict.firedRules()).containsExactly(ChecklistStrategy.OPTIMIZATION_ENOUGH);
            assertThat(verdict.rationale().get(0).text()).contains("1 of 6 areas need attention (Performance)")
                    .contains("issues are isolated").contains("deployment processes are stable");
            assertThat(actions(verdict)).containsExactly("optimize-queries", "add-caching", "fix-bottlenecks");
            assertThat(verdict.nextSteps().get(0).motivatedBy())
                    .containsExactlyInAnyOrder(Criteria.P95_PEAK, Criteria.QUERIES_EFFICIENT);
        }

        @Test
        void should_optimize_when_two_areas_need_attention_one_under_the_systemic_bound() {
            // WHEN
            Verdict verdict = evaluate(Map.of(Criteria.P95_PEAK, Level.CRITICAL, Criteria.AUTOMATIC_SCALING, Level.WARNING));
            // THEN
            assertThat(verdict.outcome()).isEqualTo(Outcome.OPTIMIZE);
            assertThat(actions(verdict)).contains("automate-scaling", "fix-bottlenecks");
        }

        @Test
        void should_optimize_when_a_rebuild_indicator_is_only_a_warning() {
            // WHEN: refix share between its 15 % warning and 30 % critical bounds
            Verdict verdict = evaluate(Map.of(Criteria.REFIX_SHARE, Level.WARNING));
            // THEN
            assertThat(verdict.outcome()).isEqualTo(Outcome.OPTIMIZE);
            assertThat(actions(verdict)).containsExactly("strengthen-tests", "refactor-code");
        }

        @Test
        void should_optimize_when_only_one_foundation_area_is_critical_on_something_optimization_fixes() {
            // WHEN: the system falls over in spikes, but nothing says the architecture is the limit
            Verdict verdict = evaluate(Map.of(Criteria.HANDLES_SPIKES, Level.CRITICAL));
            // THEN
            assertThat(verdict.outcome()).isEqualTo(Outcome.OPTIMIZE);
            assertThat(verdict.health(Areas.SCALABILITY)).isEqualTo(Health.CRITICAL);
            assertThat(verdict.health(Areas.ARCHITECTURE)).isEqualTo(Health.HEALTHY);
            assertThat(verdict.condition("architecture-scalable").status()).isEqualTo(CheckStatus.HOLDS);
        }

        @Test
        void should_optimize_when_deployment_only_needs_attention() {
            // WHEN
            Verdict verdict = evaluate(Map.of(Criteria.CHANGE_FAILURE_RATE, Level.WARNING));
            // THEN
            assertThat(verdict.outcome()).isEqualTo(Outcome.OPTIMIZE);
            assertThat(actions(verdict)).containsExactly("safer-releases", "strengthen-tests");
        }
    }

    @Nested
    class Rebuild {

        @Test
        void should_rebuild_when_a_rebuild_indicator_is_critical() {
            // WHEN
            Verdict verdict = evaluate(Map.of(Criteria.REFIX_SHARE, Level.CRITICAL));
            // THEN
            assertThat(verdict.outcome()).isEqualTo(Outcome.REBUILD);
            assertThat(verdict.firedRules()).containsExactly(ChecklistStrategy.REBUILD_INDICATOR);
            assertThat(verdict.rationale().get(0).text())
                    .startsWith("Rebuild indicator present: Fixes create new issues repeatedly (code-quality.refix-share (");
            assertThat(actions(verdict)).containsExactlyElementsOf(RebuildPlan.STEPS.stream().map(a -> a.id()).toList());
            assertThat(verdict.nextSteps().get(0).motivatedBy()).containsExactly(Criteria.REFIX_SHARE);
        }

        @Test
        void should_rebuild_when_each_rebuild_indicator_is_reported_directly() {
            for (Criterion direct : List.of(Criteria.AT_SCALING_LIMIT, Criteria.FIXES_CREATE_ISSUES,
                    Criteria.SPEED_DECLINING, Criteria.COMPLEXITY_UNMANAGEABLE, Criteria.THROUGHPUT_TREND)) {
                // WHEN
                Verdict verdict = evaluate(Map.of(direct, Level.CRITICAL));
                // THEN
                assertThat(verdict.outcome()).as(direct.id()).isEqualTo(Outcome.REBUILD);
                assertThat(verdict.firedRules()).as(direct.id()).containsExactly(ChecklistStrategy.REBUILD_INDICATOR);
            }
        }

        @Test
        void should_rebuild_when_a_measurement_of_what_an_indicator_describes_is_critical() {
            // WHEN: more than 5 dependency cycles is critical tight coupling: the architecture cannot support scaling
            Verdict verdict = evaluate(Map.of(Criteria.DEPENDENCY_CYCLES, Level.CRITICAL));
            // THEN
            assertThat(verdict.outcome()).isEqualTo(Outcome.REBUILD);
            assertThat(verdict.firedRules()).containsExactly(ChecklistStrategy.REBUILD_INDICATOR);
            assertThat(verdict.rationale().get(0).text()).startsWith("Rebuild indicator present: Architecture cannot"
                    + " support scaling (architecture.dependency-cycles (dependency cycles between components is ");
            assertThat(verdict.condition("architecture-scalable").status()).isEqualTo(CheckStatus.FAILS);
        }

        @Test
        void should_rebuild_when_mean_complexity_is_critical_and_never_call_the_codebase_manageable() {
            // WHEN
            Verdict verdict = evaluate(Map.of(Criteria.MEAN_COMPLEXITY, Level.CRITICAL));
            // THEN
            assertThat(verdict.outcome()).isEqualTo(Outcome.REBUILD);
            assertThat(verdict.indicator(Signs.COMPLEXITY_UNMANAGEABLE).basis()).containsExactly(Criteria.MEAN_COMPLEXITY);
            assertThat(verdict.condition("codebase-manageable").status()).isEqualTo(CheckStatus.FAILS);
            assertThat(verdict.rationale()).noneMatch(r -> r.text().contains("the codebase is manageable (holds"));
        }

        @Test
        void should_rebuild_when_both_foundation_areas_are_critical() {
            // WHEN
            Verdict verdict = evaluate(Map.of(Criteria.DEPENDENCY_CYCLES, Level.CRITICAL,
                    Criteria.HANDLES_SPIKES, Level.CRITICAL));
            // THEN
            assertThat(verdict.outcome()).isEqualTo(Outcome.REBUILD);
            assertThat(verdict.firedRules()).containsExactly(ChecklistStrategy.REBUILD_INDICATOR,
                    ChecklistStrategy.FOUNDATION_CRITICAL);
            assertThat(verdict.rationale().get(1).text()).contains("Architecture, Scalability are all critical");
        }

        @Test
        void should_not_treat_one_critical_and_one_warning_foundation_area_as_foundation_failure() {
            // WHEN
            Verdict verdict = evaluate(Map.of(Criteria.HANDLES_SPIKES, Level.CRITICAL,
                    Criteria.MODULAR, Level.WARNING));
            // THEN
            assertThat(verdict.outcome()).isEqualTo(Outcome.OPTIMIZE);
        }

        @Test
        void should_rebuild_when_three_areas_need_attention() {
            // WHEN
            Verdict verdict = evaluate(Map.of(Criteria.P95_PEAK, Level.WARNING, Criteria.AUTOMATIC_SCALING, Level.WARNING,
                    Criteria.ALERTING, Level.WARNING));
            // THEN
            assertThat(verdict.outcome()).isEqualTo(Outcome.REBUILD);
            assertThat(verdict.firedRules()).containsExactly(ChecklistStrategy.SYSTEMIC_PROBLEMS);
            assertThat(verdict.rationale().get(0).text())
                    .contains("3 of 6 counted areas need attention (Performance, Scalability, Monitoring & reliability)");
        }

        @Test
        void should_honour_a_configured_systemic_bound() {
            // GIVEN
            Audit audit = AuditFixtures.withCriteriaAt(Map.of(Criteria.P95_PEAK, Level.WARNING, Criteria.AUTOMATIC_SCALING, Level.WARNING,
                    Criteria.ALERTING, Level.WARNING));
            // WHEN
            Verdict verdict = Evaluator.evaluate(audit, Strategies.checklist(new ChecklistStrategy.Config(4)));
            // THEN
            assertThat(verdict.outcome()).isEqualTo(Outcome.OPTIMIZE);
        }

        @Test
        void should_rebuild_when_deployment_is_critical() {
            // WHEN
            Verdict verdict = evaluate(Map.of(Criteria.CHANGE_FAILURE_RATE, Level.CRITICAL));
            // THEN
            assertThat(verdict.outcome()).isEqualTo(Outcome.REBUILD);
            assertThat(verdict.firedRules()).containsExactly(ChecklistStrategy.DEPLOYMENT_UNSTABLE);
            assertThat(verdict.rationale().get(0).text()).contains("change failure rate");
        }

        @Test
        void should_name_every_rebuild_rule_that_fires() {
            // WHEN
            Verdict verdict = evaluate(Map.of(Criteria.COMPLEXITY_UNMANAGEABLE, Level.CRITICAL,
                    Criteria.DEPENDENCY_CYCLES, Level.CRITICAL, Criteria.HANDLES_SPIKES, Level.CRITICAL,
                    Criteria.CHANGE_FAILURE_RATE, Level.CRITICAL));
            // THEN
            assertThat(verdict.firedRules()).containsExactly(ChecklistStrategy.REBUILD_INDICATOR,
                    ChecklistStrategy.REBUILD_INDICATOR, ChecklistStrategy.FOUNDATION_CRITICAL,
                    ChecklistStrategy.SYSTEMIC_PROBLEMS, ChecklistStrategy.DEPLOYMENT_UNSTABLE);
        }

        @Test
        void should_rebuild_on_a_critical_indicator_even_when_evidence_is_otherwise_thin() {
            // GIVEN one piece of evidence only
            Audit audit = Audit.builder("svc").at(AT).checklist(StandardChecklist.checklist())
                    .evidence(Answer.of(Questions.COMPLEXITY_UNMANAGEABLE, true, "nobody dares touch billing"))
                    .build();
            // WHEN
            Verdict verdict = Evaluator.evaluate(audit);
            // THEN
            assertThat(verdict.outcome()).isEqualTo(Outcome.REBUILD);
            assertThat(verdict.coverage().decided()).isEqualTo(1);
        }
    }

    @Nested
    class Inconclusive {

        @Test
        void should_be_inconclusive_when_a_foundation_area_has_no_evidence() {
            // GIVEN everything but scalability, with a performance warning
            Audit.Builder builder = Audit.builder("svc").at(AT).checklist(StandardChecklist.checklist());
            builder.evidence(AuditFixtures.possible(Criteria.STANDARD.stream()
                    .filter(c -> !c.area().equals(Areas.SCALABILITY))
                    .map(c -> AuditFixtures.evidenceAt(c, c == Criteria.P95_PEAK ? Level.WARNING : Level.HEALTHY)
                            .orElseThrow())
                    .toList()));
            // WHEN
            Verdict verdict = Evaluator.evaluate(builder.build());
            // THEN
            assertThat(verdict.outcome()).isEqualTo(Outcome.INCONCLUSIVE);
            assertThat(verdict.firedRules()).containsExactly(ChecklistStrategy.FOUNDATION_UNKNOWN);
            assertThat(verdict.rationale().get(0).text()).contains("the foundation area Scalability has no evidence");
            NextStep first = verdict.nextSteps().get(0);
            assertThat(first.action()).isEqualTo("gather-evidence-scalability");
            assertThat(first.detail()).contains("answer \"Does capacity scale automatically")
                    .contains("measure capacity headroom at expected peak");
        }

        @Test
        void should_decide_at_exactly_the_minimum_coverage_and_not_below_it() {
            // GIVEN half the criteria of each area evidenced (healthy), so coverage is known
            Audit.Builder builder = Audit.builder("svc").at(AT).checklist(StandardChecklist.checklist());
            List<Criterion> all = Criteria.STANDARD;
            for (int i = 0; i < all.size(); i += 2) {
                builder.evidence(AuditFixtures.evidenceAt(all.get(i), Level.HEALTHY).orElseThrow());
            }
            Audit audit = builder.build();
            double coverage = Evaluator.assess(audit).coverage().ratio();
            assertThat(coverage).isStrictlyBetween(0.0, 1.0);
            // WHEN
            Verdict atMinimum = Evaluator.evaluate(audit, Strategies.checklist(), AuditHistory.empty(),
                    EvidencePolicy.minimumCoverage(coverage));
            Verdict belowMinimum = Evaluator.evaluate(audit, Strategies.checklist(), AuditHistory.empty(),
                    EvidencePolicy.minimumCoverage(Math.nextUp(coverage)));
            // THEN
            assertThat(atMinimum.outcome()).isEqualTo(Outcome.HEALTHY);
            assertThat(atMinimum.policy().minimumCoverage()).isEqualTo(coverage);
            assertThat(belowMinimum.outcome()).isEqualTo(Outcome.INCONCLUSIVE);
            assertThat(belowMinimum.firedRules()).startsWith(EvidencePolicy.RULE);
            assertThat(belowMinimum.rationale().get(0).text()).contains("minimum");
        }

        @Test
        void should_be_inconclusive_for_an_audit_without_evidence() {
            // WHEN
            Verdict verdict = Evaluator.evaluate(Audit.builder("svc").at(AT).checklist(StandardChecklist.checklist()).build());
            // THEN
            assertThat(verdict.outcome()).isEqualTo(Outcome.INCONCLUSIVE);
            assertThat(verdict.coverage().decided()).isZero();
            // the areas in the order of what would settle it: Architecture (at its scaling limit alone means
            // REBUILD), Code quality (its rebuild indicators), Deployment (an unstable deployment), then the areas
            // whose criteria alone cannot make it REBUILD, Performance last
            assertThat(actions(verdict)).containsExactly("gather-evidence-architecture", "gather-evidence-code-quality",
                    "gather-evidence-deployment", "gather-evidence-scalability", "gather-evidence-monitoring",
                    "gather-evidence-performance");
            assertThat(verdict.nextSteps().get(0).detail()).startsWith("answer \"Has the architecture reached a limit");
        }
    }

    @Test
    void should_exclude_not_applicable_criteria_from_coverage() {
        // GIVEN a nightly batch job: peak latency does not apply
        Audit batch = Audit.builder("svc").at(AT).checklist(StandardChecklist.checklist())
                .evidence(AuditFixtures.evidence(Map.of()).stream()
                        .filter(e -> !e.topic().equals(Metrics.LATENCY_P95_PEAK)).toList())
                .evidence(NotApplicable.of(Metrics.LATENCY_P95_PEAK, "nightly batch job"))
                .build();
        // WHEN
        Verdict verdict = Evaluator.evaluate(batch);
        // THEN
        assertThat(verdict.coverage().applicable()).isEqualTo(Criteria.STANDARD.size() - 1);
        assertThat(verdict.coverage().ratio()).isEqualTo(1.0);
        assertThat(verdict.outcome()).isEqualTo(Outcome.HEALTHY);
    }

    @Test
    void should_count_a_measured_value_on_its_warning_bound_as_healthy() {
        // GIVEN p95 at exactly the 300 ms warning bound, and just above it
        Audit onBound = withP95Peak(Quantity.millis(300));
        Audit above = withP95Peak(Quantity.millis(300.001));
        // WHEN / THEN
        assertThat(Evaluator.evaluate(onBound).outcome()).isEqualTo(Outcome.HEALTHY);
        assertThat(Evaluator.evaluate(above).outcome()).isEqualTo(Outcome.OPTIMIZE);
    }

    private static Audit withP95Peak(Quantity p95) {
        return Audit.builder("svc").at(AT).checklist(StandardChecklist.checklist())
                .evidence(AuditFixtures.evidence(Map.of()).stream()
                        .filter(e -> !e.topic().equals(Metrics.LATENCY_P95_PEAK)).toList())
                .evidence(Measurement.of(Metrics.LATENCY_P95_PEAK, p95, Provenance.manual()))
                .build();
    }
}
