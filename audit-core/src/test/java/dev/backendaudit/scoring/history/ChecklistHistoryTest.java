package dev.backendaudit.scoring.history;

import static dev.backendaudit.scoring.testing.ScoringFixtures.levels;
import static dev.backendaudit.scoring.testing.ScoringFixtures.month;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Provenance;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.Unit;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.scoring.ChecklistStrategy;
import dev.backendaudit.scoring.testing.ScoringFixtures;
import dev.backendaudit.test.AuditFixtures.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChecklistHistoryTest {

    private final ChecklistStrategy checklist = new ChecklistStrategy();

    /** Two isolated warnings: slow performance and manual scaling. Alone, optimization is enough. */
    private static final Map<String, Level> TWO_PROBLEMS = levels(Criteria.P95_PEAK, Level.WARNING,
            Criteria.AUTOMATIC_SCALING, Level.WARNING);

    /** The verdicts of consecutive monthly audits, each judged with the ones before it, the last one returned. */
    private Verdict audits(List<Map<String, Level>> months, List<Evidence[]> extras) {
        List<Verdict> earlier = new ArrayList<>();
        Verdict last = null;
        for (int i = 0; i < months.size(); i++) {
            Evidence[] extra = extras.isEmpty() ? new Evidence[0] : extras.get(i);
            last = ScoringFixtures.verdict(checklist, month(i), months.get(i), AuditHistory.of(earlier), extra);
            earlier.add(last);
        }
        return last;
    }

    private Verdict audits(List<Map<String, Level>> months) {
        return audits(months, List.of());
    }

    @Test
    void should_keep_the_behaviour_without_history_and_bump_the_version() {
        // GIVEN / WHEN
        Verdict alone = ScoringFixtures.verdict(checklist, month(0), TWO_PROBLEMS, AuditHistory.empty());
        // THEN
        assertThat(alone.outcome()).isEqualTo(Outcome.OPTIMIZE);
        assertThat(alone.firedRules()).containsExactly(ChecklistStrategy.OPTIMIZATION_ENOUGH);
        assertThat(alone.strategy().version()).isEqualTo("2.0");
    }

    @Test
    void should_rebuild_when_several_problems_are_present_consistently_and_name_the_audits() {
        // GIVEN the same two problems in three monthly audits
        // WHEN
        Verdict third = audits(List.of(TWO_PROBLEMS, TWO_PROBLEMS, TWO_PROBLEMS));
        // THEN
        assertThat(third.outcome()).isEqualTo(Outcome.REBUILD);
        assertThat(third.firedRules()).containsExactly(TrendRules.CONSISTENT_PROBLEMS);
        assertThat(third.rationale().get(0).text()).contains("manual-scaling, slow-performance")
                .contains(month(0).toString()).contains(month(1).toString()).contains(month(2).toString());
        assertThat(third.figure(ChecklistStrategy.auditsCompared(TrendRules.CONSISTENT_PROBLEMS)))
                .contains(List.of(month(0), month(1), month(2)));
    }

    @Test
    void should_not_call_problems_consistent_over_too_few_audits_or_with_a_gap() {
        // GIVEN
        Map<String, Level> oneProblem = levels(Criteria.P95_PEAK, Level.WARNING);
        // WHEN
        Verdict twoAudits = audits(List.of(TWO_PROBLEMS, TWO_PROBLEMS));
        Verdict gap = audits(List.of(TWO_PROBLEMS, oneProblem, TWO_PROBLEMS));
        // THEN
        assertThat(twoAudits.outcome()).isEqualTo(Outcome.OPTIMIZE);
        assertThat(gap.outcome()).isEqualTo(Outcome.OPTIMIZE);
    }

    @Test
    void should_rebuild_when_fixed_signs_keep_coming_back() {
        // GIVEN slow performance fixed and back twice
        Map<String, Level> slow = levels(Criteria.P95_PEAK, Level.WARNING);
        Map<String, Level> fixed = levels();
        // WHEN
        Verdict fifth = audits(List.of(slow, fixed, slow, fixed, slow));
        // THEN
        assertThat(fifth.outcome()).isEqualTo(Outcome.REBUILD);
        assertThat(fifth.firedRules()).containsExactly(TrendRules.FIXES_CREATE_ISSUES_REPEATEDLY);
        assertThat(fifth.rationale().get(0).text())
                .contains("slow-performance via performance.latency-p95-peak (gone at " + month(1) + ", back at "
                        + month(2) + ")")
                .contains("slow-performance via performance.latency-p95-peak (gone at " + month(3) + ", back at "
                        + month(4) + ")");
        assertThat(fifth.figure(ChecklistStrategy.auditsCompared(TrendRules.FIXES_CREATE_ISSUES_REPEATEDLY)).orElseThrow())
                .startsWith(month(0));
    }

    @Test
    void should_not_count_a_single_recurrence_or_a_sign_that_was_only_unmeasured() {
        // GIVEN
        Map<String, Level> slow = levels(Criteria.P95_PEAK, Level.WARNING);
        Map<String, Level> unmeasured = levels(Criteria.P95_PEAK, Level.UNKNOWN);
        // WHEN
        Verdict once = audits(List.of(slow, levels(), slow));
        Verdict neverGone = audits(List.of(slow, unmeasured, slow, unmeasured, slow));
        // THEN
        assertThat(once.outcome()).isEqualTo(Outcome.OPTIMIZE);
        assertThat(neverGone.outcome()).isEqualTo(Outcome.OPTIMIZE);
    }

    private static Evidence[] deploys(double perWeek) {
        return new Evidence[] {Measurement.of(Metrics.DEPLOYMENT_FREQUENCY, Quantity.of(perWeek, Unit.PER_WEEK),
                Provenance.of("delivery-records"))};
    }

    @Test
    void should_rebuild_when_development_speed_continues_to_decline_even_within_healthy_bounds() {
        // GIVEN deployments fall from 5 to 4 to 3 a week: each healthy, together a decline
        List<Map<String, Level>> months = List.of(levels(), levels(), levels());
        // WHEN
        Verdict third = audits(months, List.of(deploys(5), deploys(4), deploys(3)));
        // THEN
        assertThat(third.outcome()).isEqualTo(Outcome.REBUILD);
        assertThat(third.firedRules()).containsExactly(TrendRules.SPEED_CONTINUES_TO_DECLINE);
        assertThat(third.rationale().get(0).text()).contains("deployment frequency worsened at every audit, by 40%")
                .contains(month(0).toString()).contains(month(2).toString());
    }

    @Test
    void should_not_call_a_dip_or_a_small_drift_a_continuing_decline() {
        // GIVEN
        List<Map<String, Level>> months = List.of(levels(), levels(), levels());
        // WHEN
        Verdict dip = audits(months, List.of(deploys(5), deploys(4), deploys(4.5)));
        Verdict drift = audits(months, List.of(deploys(5), deploys(4.9), deploys(4.8)));
        // THEN
        assertThat(dip.outcome()).isEqualTo(Outcome.HEALTHY);
        assertThat(drift.outcome()).isEqualTo(Outcome.HEALTHY);
    }

    @Test
    void should_judge_a_rising_lead_time_as_a_decline() {
        // GIVEN lead time grows from 1 to 2 to 4 days
        List<Map<String, Level>> months = List.of(levels(), levels(), levels());
        List<Evidence[]> leadTimes = List.of(1.0, 2.0, 4.0).stream()
                .map(d -> new Evidence[] {Measurement.of(Metrics.LEAD_TIME, Quantity.of(d, Unit.DAYS),
                        Provenance.of("delivery-records"))}).toList();
        // WHEN
        Verdict third = audits(months, leadTimes);
        // THEN
        assertThat(third.outcome()).isEqualTo(Outcome.REBUILD);
        assertThat(third.rationale().get(0).text()).contains("lead time for changes worsened at every audit, by 300%");
    }

    @Test
    void should_use_configured_windows() {
        // GIVEN consistency needs four audits
        ChecklistStrategy patient = new ChecklistStrategy(ChecklistStrategy.Config.DEFAULTS,
                TrendRules.DEFAULTS.withConsistentAudits(4));
        Verdict first = ScoringFixtures.verdict(patient, month(0), TWO_PROBLEMS, AuditHistory.empty());
        Verdict second = ScoringFixtures.verdict(patient, month(1), TWO_PROBLEMS, AuditHistory.of(List.of(first)));
        // WHEN
        Verdict third = ScoringFixtures.verdict(patient, month(2), TWO_PROBLEMS, AuditHistory.of(List.of(first, second)));
        Verdict fourth = ScoringFixtures.verdict(patient, month(3), TWO_PROBLEMS,
                AuditHistory.of(List.of(first, second, third)));
        // THEN
        assertThat(third.outcome()).isEqualTo(Outcome.OPTIMIZE);
        assertThat(fourth.outcome()).isEqualTo(Outcome.REBUILD);
    }

    @Test
    void should_reject_windows_too_short_to_mean_anything() {
        // GIVEN / WHEN / THEN
        assertThatThrownBy(() -> TrendRules.DEFAULTS.withConsistentAudits(1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("trend rules consistentAudits must be >= 2, but was 1");
        assertThatThrownBy(() -> TrendRules.DEFAULTS.withDeclineAudits(2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("trend rules declineAudits must be >= 3, but was 2");
    }
}
