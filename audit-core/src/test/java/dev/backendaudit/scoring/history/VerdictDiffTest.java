package dev.backendaudit.scoring.history;

import static dev.backendaudit.scoring.testing.ScoringFixtures.levels;
import static dev.backendaudit.scoring.testing.ScoringFixtures.month;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendaudit.checklist.Areas;
import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Health;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.StrategyId;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.scoring.ChecklistStrategy;
import dev.backendaudit.scoring.WeightedScoreStrategy;
import dev.backendaudit.scoring.testing.ScoringFixtures;
import dev.backendaudit.test.AuditFixtures.Level;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VerdictDiffTest {

    private final ChecklistStrategy checklist = new ChecklistStrategy();

    // a p95 at peak that is critical (above 1 s) comes with a p99 above 1 s: slow in both months
    private final Verdict january = ScoringFixtures.verdict(checklist, month(0), levels(
            Criteria.P95_PEAK, Level.WARNING, Criteria.P99_PEAK, Level.WARNING, Criteria.AUTOMATIC_SCALING, Level.WARNING,
            Criteria.ERROR_RATE, Level.CRITICAL, Criteria.LEAD_TIME, Level.WARNING), AuditHistory.empty());

    private final Verdict february = ScoringFixtures.verdict(checklist, month(1), levels(
            Criteria.P95_PEAK, Level.CRITICAL, Criteria.P99_PEAK, Level.WARNING, Criteria.AUTOMATIC_SCALING, Level.HEALTHY,
            Criteria.ERROR_RATE, Level.WARNING, Criteria.LEAD_TIME, Level.UNKNOWN,
            Criteria.CHANGE_FAILURE_RATE, Level.WARNING), AuditHistory.empty());

    @Test
    void should_sort_each_changed_finding_into_new_worsened_improved_resolved_or_unconfirmed() {
        // GIVEN / WHEN
        VerdictDiff diff = VerdictDiff.between(january, february);
        // THEN
        assertThat(diff.newFindings()).extracting(FindingChange::criterionId).containsExactly(Criteria.CHANGE_FAILURE_RATE.id());
        assertThat(diff.worsened()).extracting(FindingChange::criterionId).containsExactly(Criteria.P95_PEAK.id());
        assertThat(diff.improved()).extracting(FindingChange::criterionId).containsExactly(Criteria.ERROR_RATE.id());
        assertThat(diff.resolved()).extracting(FindingChange::criterionId).containsExactly(Criteria.AUTOMATIC_SCALING.id());
        assertThat(diff.unconfirmed()).extracting(FindingChange::criterionId).containsExactly(Criteria.LEAD_TIME.id());
        assertThat(diff.worsened().get(0)).hasToString(
                "performance.latency-p95-peak: PRESENT WARNING -> PRESENT CRITICAL");
        assertThat(diff.unconfirmed().get(0)).hasToString("deployment.lead-time: PRESENT WARNING -> UNKNOWN");
    }

    @Test
    void should_list_the_areas_whose_health_changed() {
        // GIVEN / WHEN
        VerdictDiff diff = VerdictDiff.between(january, february);
        // THEN Deployment needs attention in both (lead time, then change failure rate)
        assertThat(diff.areaChanges()).containsExactly(
                new AreaChange(Areas.PERFORMANCE, Optional.of(Health.NEEDS_ATTENTION), Optional.of(Health.CRITICAL)),
                new AreaChange(Areas.SCALABILITY, Optional.of(Health.NEEDS_ATTENTION), Optional.of(Health.HEALTHY)),
                new AreaChange(Areas.MONITORING, Optional.of(Health.CRITICAL), Optional.of(Health.NEEDS_ATTENTION)));
    }

    @Test
    void should_report_the_outcome_change() {
        // GIVEN
        Verdict healthy = ScoringFixtures.verdict(checklist, month(0), levels(), AuditHistory.empty());
        Verdict slow = ScoringFixtures.verdict(checklist, month(1), levels(Criteria.P95_PEAK, Level.WARNING),
                AuditHistory.empty());
        // WHEN
        VerdictDiff diff = VerdictDiff.between(healthy, slow);
        // THEN
        assertThat(diff.outcomeChanged()).isTrue();
        assertThat(diff.outcomeBefore()).isEqualTo(Outcome.HEALTHY);
        assertThat(diff.outcomeAfter()).isEqualTo(Outcome.OPTIMIZE);
        assertThat(diff.comparable()).isTrue();
        assertThat(diff.toString()).contains("HEALTHY -> OPTIMIZE").contains("1 new, 0 worsened")
                .doesNotContain("not directly comparable");
        assertThat(VerdictDiff.between(healthy, healthy).isEmpty()).isTrue();
    }

    @Test
    void should_flag_verdicts_of_different_strategies_or_versions_as_not_directly_comparable() {
        // GIVEN the same audit judged by another strategy, and by an older version of the checklist strategy
        Verdict scored = ScoringFixtures.verdict(new WeightedScoreStrategy(), month(1), levels(), AuditHistory.empty());
        Verdict older = january.withStrategy(new StrategyId(ChecklistStrategy.NAME, "1.0"));
        // WHEN
        VerdictDiff otherStrategy = VerdictDiff.between(january, scored);
        VerdictDiff otherVersion = VerdictDiff.between(older, february);
        // THEN
        assertThat(otherStrategy.comparable()).isFalse();
        assertThat(otherVersion.comparable()).isFalse();
        assertThat(otherVersion.toString()).contains("not directly comparable: made by checklist 1.0 and checklist 2.0");
        assertThat(VerdictDiff.between(january, february).comparable()).isTrue();
    }

    @Test
    void should_reject_verdicts_of_different_subjects_or_in_the_wrong_order() {
        // GIVEN
        Verdict other = february.withAssessment(february.assessment().withSubject("billing-service"));
        // WHEN / THEN
        assertThatThrownBy(() -> VerdictDiff.between(january, other))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("verdicts to diff must be of one subject, but were \"checkout-service\" and \"billing-service\"");
        assertThatThrownBy(() -> VerdictDiff.between(february, january))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("older verdict must not be later than the newer one");
    }
}
