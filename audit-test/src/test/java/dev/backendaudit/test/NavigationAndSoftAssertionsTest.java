package dev.backendaudit.test;

import static dev.backendaudit.test.AuditAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendaudit.checklist.Areas;
import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.model.Health;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Severity;
import dev.backendaudit.model.Verdict;
import org.assertj.core.error.AssertJMultipleFailuresError;
import org.junit.jupiter.api.Test;

/** Navigation keeps the assertion's state, soft assertions collect across it, and the asserts extend. */
class NavigationAndSoftAssertionsTest {

    @Test
    void should_keep_the_description_when_navigating_to_an_area() {
        assertThatThrownBy(() -> assertThat(Verdicts.optimize()).as("checkout before the sale")
                .area(Areas.SCALABILITY).isHealthy())
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("[checkout before the sale] Expecting Scalability to be HEALTHY");
    }

    @Test
    void should_keep_the_description_when_navigating_to_a_finding_by_criterion() {
        assertThatThrownBy(() -> assertThat(Verdicts.optimize()).as("peak latency")
                .finding(Criteria.P95_PEAK).isAbsent())
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("[peak latency] Expecting performance.latency-p95-peak to be ABSENT");
    }

    @Test
    void should_collect_every_failure_across_navigation_in_soft_assertions() {
        // GIVEN an optimize verdict, checked softly: four checks fail, three of them after a navigation
        Verdict verdict = Verdicts.optimize();
        // WHEN / THEN
        assertThatThrownBy(() -> AuditSoftAssertions.assertSoftly(softly -> {
            softly.assertThat(verdict).as("outcome").isNotWorseThan(Outcome.HEALTHY);
            softly.assertThat(verdict).as("scalability").area(Areas.SCALABILITY).isHealthy();
            softly.assertThat(verdict).as("performance").area(Areas.PERFORMANCE).isNotWorseThan(Health.HEALTHY);
            softly.assertThat(verdict).as("peak latency").finding(Criteria.P95_PEAK).hasSeverity(Severity.CRITICAL);
            softly.assertThat(verdict).as("architecture").area(Areas.ARCHITECTURE).isHealthy();   // passes
        })).isInstanceOfSatisfying(AssertJMultipleFailuresError.class, e -> assertThat(e.getFailures())
                .hasSize(4)
                .anySatisfy(f -> assertThat(f.getMessage()).startsWith("[outcome] "))
                .anySatisfy(f -> assertThat(f.getMessage()).startsWith("[scalability] "))
                .anySatisfy(f -> assertThat(f.getMessage()).startsWith("[performance] "))
                .anySatisfy(f -> assertThat(f.getMessage()).startsWith("[peak latency] ")));
    }

    @Test
    void should_name_the_nearest_criterion_when_navigating_to_one_the_verdict_lacks() {
        assertThatThrownBy(() -> assertThat(Verdicts.optimize()).finding("performance.latency-p95-peek"))
                .hasMessageContaining("did you mean 'performance.latency-p95-peak'?");
    }

    /** A team's own verdict assertion, extending the self-typed one. */
    static final class TeamVerdictAssert extends AbstractVerdictAssert<TeamVerdictAssert, Verdict> {
        TeamVerdictAssert(Verdict actual) {
            super(actual, TeamVerdictAssert.class);
        }

        TeamVerdictAssert isShippable() {
            return isNotWorseThan(Outcome.OPTIMIZE).hasNoFindingAtLeast(Severity.CRITICAL);
        }
    }

    @Test
    void should_let_a_team_extend_the_verdict_assertion_and_keep_chaining_its_own_type() {
        new TeamVerdictAssert(Verdicts.healthy()).hasCoverageAtLeast(0.9).isShippable().isHealthy();
        assertThatThrownBy(() -> new TeamVerdictAssert(Verdicts.rebuild()).isShippable())
                .hasMessageContaining("Expecting outcome not worse than OPTIMIZE but was REBUILD.");
    }
}
