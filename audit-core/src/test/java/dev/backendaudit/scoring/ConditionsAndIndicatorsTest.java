package dev.backendaudit.scoring;

import static dev.backendaudit.scoring.testing.ScoringFixtures.levels;
import static org.assertj.core.api.Assertions.assertThat;

import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.checklist.OptimizationCondition;
import dev.backendaudit.checklist.Signs;
import dev.backendaudit.engine.Evaluator;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.CheckStatus;
import dev.backendaudit.model.ConditionCheck;
import dev.backendaudit.model.FindingStatus;
import dev.backendaudit.model.IndicatorCheck;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Severity;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.scoring.testing.ScoringFixtures;
import dev.backendaudit.test.AuditFixtures.Level;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each optimization condition and each rebuild indicator, holding, failing and unknown, with the words used. */
class ConditionsAndIndicatorsTest {

    private static Verdict verdict(Map<String, Level> levels) {
        return Evaluator.evaluate(ScoringFixtures.audit(ScoringFixtures.T0, levels));
    }

    private static ConditionCheck condition(Map<String, Level> levels, OptimizationCondition condition) {
        return verdict(levels).condition(condition.id());
    }

    @Nested
    class IssuesIsolated {

        @Test
        void should_hold_when_fewer_counted_areas_need_attention_than_make_problems_systemic() {
            ConditionCheck check = condition(levels(Criteria.P95_PEAK, Level.WARNING), OptimizationCondition.ISSUES_ISOLATED);
            assertThat(check.status()).isEqualTo(CheckStatus.HOLDS);
            assertThat(check.text()).isEqualTo("1 of 6 counted areas needs attention (Performance), under the 3 that"
                    + " make problems systemic");
            assertThat(check.basis()).containsExactly(Criteria.P95_PEAK);
        }

        @Test
        void should_fail_when_three_counted_areas_need_attention() {
            ConditionCheck check = condition(levels(Criteria.P95_PEAK, Level.WARNING, Criteria.AUTOMATIC_SCALING,
                    Level.WARNING, Criteria.ALERTING, Level.WARNING), OptimizationCondition.ISSUES_ISOLATED);
            assertThat(check.status()).isEqualTo(CheckStatus.FAILS);
            assertThat(check.text()).isEqualTo("3 of 6 counted areas need attention (Performance, Scalability,"
                    + " Monitoring & reliability): 3 or more make problems systemic");
        }

        @Test
        void should_be_unknown_when_areas_without_evidence_could_make_problems_systemic() {
            Map<String, Level> levels = levels(Criteria.P95_PEAK, Level.WARNING, Criteria.AUTOMATIC_SCALING, Level.WARNING);
            Criteria.STANDARD.stream().filter(c -> c.area().id().equals("monitoring"))
                    .forEach(c -> levels.put(c.id(), Level.UNKNOWN));
            ConditionCheck check = condition(levels, OptimizationCondition.ISSUES_ISOLATED);
            assertThat(check.status()).isEqualTo(CheckStatus.UNKNOWN);
            assertThat(check.text()).isEqualTo("2 of 6 counted areas need attention (Performance, Scalability); with"
                    + " Monitoring & reliability without evidence, 3 could need attention at once");
        }
    }

    @Nested
    class ArchitectureScalable {

        @Test
        void should_hold_when_every_finding_bearing_on_it_is_decided_and_none_is_critical() {
            ConditionCheck check = condition(levels(Criteria.MODULAR, Level.WARNING),
                    OptimizationCondition.ARCHITECTURE_SCALABLE);
            assertThat(check.status()).isEqualTo(CheckStatus.HOLDS);
            assertThat(check.text()).endsWith("; present below critical: architecture.modular");
        }

        @Test
        void should_fail_on_critical_tight_coupling() {
            ConditionCheck check = condition(levels(Criteria.MAIN_SEQUENCE_DISTANCE, Level.CRITICAL),
                    OptimizationCondition.ARCHITECTURE_SCALABLE);
            assertThat(check.status()).isEqualTo(CheckStatus.FAILS);
            assertThat(check.text()).startsWith("critical: architecture.main-sequence-distance (mean distance from the"
                    + " main sequence is ");
        }

        @Test
        void should_be_unknown_when_a_bearing_criterion_has_no_evidence() {
            ConditionCheck check = condition(levels(Criteria.DEPENDENCY_CYCLES, Level.UNKNOWN),
                    OptimizationCondition.ARCHITECTURE_SCALABLE);
            assertThat(check.status()).isEqualTo(CheckStatus.UNKNOWN);
            assertThat(check.text()).startsWith("no evidence for architecture.dependency-cycles; none of");
        }
    }

    @Nested
    class CodebaseManageable {

        @Test
        void should_hold_when_complexity_is_measured_and_answered_and_not_critical() {
            ConditionCheck check = condition(levels(Criteria.MEAN_COMPLEXITY, Level.WARNING),
                    OptimizationCondition.CODEBASE_MANAGEABLE);
            assertThat(check.status()).isEqualTo(CheckStatus.HOLDS);
            // findings in order of impact: the present warning first
            assertThat(check.text()).isEqualTo("none of the findings that bear on it is critical"
                    + " (code-quality.mean-complexity, code-quality.complexity-unmanageable); present below critical:"
                    + " code-quality.mean-complexity");
        }

        @Test
        void should_fail_when_mean_complexity_is_past_its_critical_bound() {
            Verdict verdict = verdict(levels(Criteria.MEAN_COMPLEXITY, Level.CRITICAL));
            assertThat(verdict.condition("codebase-manageable").status()).isEqualTo(CheckStatus.FAILS);
            assertThat(verdict.outcome()).isEqualTo(Outcome.REBUILD);
        }

        @Test
        void should_be_unknown_and_named_unknown_in_an_optimize_rationale() {
            // GIVEN a performance warning, and nothing known of complexity
            Verdict verdict = verdict(levels(Criteria.P95_PEAK, Level.WARNING, Criteria.MEAN_COMPLEXITY, Level.UNKNOWN,
                    Criteria.COMPLEXITY_UNMANAGEABLE, Level.UNKNOWN));
            // THEN
            assertThat(verdict.outcome()).isEqualTo(Outcome.OPTIMIZE);
            assertThat(verdict.condition("codebase-manageable").status()).isEqualTo(CheckStatus.UNKNOWN);
            assertThat(verdict.rationale().get(0).text()).contains("the codebase is manageable (unknown: no evidence for"
                    + " code-quality.complexity-unmanageable, code-quality.mean-complexity)");
        }
    }

    @Nested
    class DeploymentStable {

        @Test
        void should_hold_when_the_change_failure_rate_is_below_critical() {
            ConditionCheck check = condition(levels(Criteria.CHANGE_FAILURE_RATE, Level.WARNING),
                    OptimizationCondition.DEPLOYMENT_STABLE);
            assertThat(check.status()).isEqualTo(CheckStatus.HOLDS);
        }

        @Test
        void should_fail_when_releases_fail_critically_often() {
            Verdict verdict = verdict(levels(Criteria.CHANGE_FAILURE_RATE, Level.CRITICAL));
            assertThat(verdict.condition("deployment-stable").status()).isEqualTo(CheckStatus.FAILS);
            assertThat(verdict.firedRules()).containsExactly(ChecklistStrategy.DEPLOYMENT_UNSTABLE);
        }

        @Test
        void should_not_call_rare_releases_unstable() {
            // GIVEN releases less than monthly: slow delivery, which optimization addresses
            Verdict verdict = verdict(levels(Criteria.DEPLOYMENT_FREQUENCY, Level.CRITICAL));
            assertThat(verdict.condition("deployment-stable").status()).isEqualTo(CheckStatus.HOLDS);
            assertThat(verdict.outcome()).isEqualTo(Outcome.OPTIMIZE);
        }

        @Test
        void should_be_unknown_without_a_change_failure_rate() {
            ConditionCheck check = condition(levels(Criteria.CHANGE_FAILURE_RATE, Level.UNKNOWN),
                    OptimizationCondition.DEPLOYMENT_STABLE);
            assertThat(check.status()).isEqualTo(CheckStatus.UNKNOWN);
            assertThat(check.text()).isEqualTo("no evidence for deployment.change-failure-rate");
        }
    }

    @Nested
    class Indicators {

        @Test
        void should_count_a_critical_measurement_of_what_an_indicator_describes() {
            IndicatorCheck check = verdict(levels(Criteria.DEPENDENCY_CYCLES, Level.CRITICAL))
                    .indicator(Signs.ARCHITECTURE_CANNOT_SCALE);
            assertThat(check.status()).isEqualTo(FindingStatus.PRESENT);
            assertThat(check.severity()).contains(Severity.CRITICAL);
            assertThat(check.basis()).containsExactly(Criteria.DEPENDENCY_CYCLES);
        }

        @Test
        void should_not_count_a_warning_on_what_an_indicator_describes() {
            IndicatorCheck check = verdict(levels(Criteria.DEPENDENCY_CYCLES, Level.WARNING))
                    .indicator(Signs.ARCHITECTURE_CANNOT_SCALE);
            assertThat(check.status()).isEqualTo(FindingStatus.ABSENT);
        }

        @Test
        void should_report_an_indicators_own_warning_as_present_at_warning() {
            IndicatorCheck check = verdict(levels(Criteria.SUPPORTS_GROWTH, Level.WARNING))
                    .indicator(Signs.ARCHITECTURE_CANNOT_SCALE);
            assertThat(check.status()).isEqualTo(FindingStatus.PRESENT);
            assertThat(check.severity()).contains(Severity.WARNING);
        }

        @Test
        void should_be_unknown_while_a_bearing_finding_has_no_evidence() {
            IndicatorCheck check = verdict(levels(Criteria.REFIX_SHARE, Level.UNKNOWN))
                    .indicator(Signs.FIXES_CREATE_NEW_ISSUES);
            assertThat(check.status()).isEqualTo(FindingStatus.UNKNOWN);
            assertThat(check.text()).isEqualTo("no evidence for code-quality.refix-share; code-quality.fixes-create-issues"
                    + " decided, and does not count for it");
        }

        @Test
        void should_decide_the_same_indicators_for_every_strategy() {
            Map<String, Level> levels = levels(Criteria.MEAN_COMPLEXITY, Level.CRITICAL);
            Verdict checklist = verdict(levels);
            Verdict scored = ScoringFixtures.verdict(new WeightedScoreStrategy(), ScoringFixtures.T0, levels,
                    AuditHistory.empty());
            assertThat(scored.indicators()).isEqualTo(checklist.indicators());
            assertThat(scored.conditions()).isEmpty();
        }
    }
}
