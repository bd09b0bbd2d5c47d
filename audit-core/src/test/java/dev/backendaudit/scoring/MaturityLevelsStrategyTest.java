package dev.backendaudit.scoring;

import static dev.backendaudit.scoring.testing.ScoringFixtures.assess;
import static dev.backendaudit.scoring.testing.ScoringFixtures.levels;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Criterion;
import dev.backendaudit.model.Decision;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.scoring.MaturityLevelsStrategy.Level;
import dev.backendaudit.scoring.testing.ScoringFixtures;
import dev.backendaudit.test.AuditFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class MaturityLevelsStrategyTest {

    private final MaturityLevelsStrategy strategy = new MaturityLevelsStrategy();

    @Test
    void should_reach_gold_and_be_healthy_when_every_criterion_passes() {
        // GIVEN / WHEN
        Decision decision = strategy.decide(assess(levels()), AuditHistory.empty());
        // THEN
        assertThat(decision.outcome()).isEqualTo(Outcome.HEALTHY);
        assertThat(decision.figures().get(MaturityLevelsStrategy.LEVEL)).contains("gold");
        assertThat(decision.figures().get(MaturityLevelsStrategy.NEXT_LEVEL)).isEmpty();
    }

    @Test
    void should_stop_at_silver_and_name_what_blocks_gold() {
        // GIVEN alerting is missing (a gold criterion)
        // WHEN
        Decision decision = strategy.decide(assess(levels(Criteria.ALERTING, AuditFixtures.Level.WARNING)),
                AuditHistory.empty());
        // THEN
        assertThat(decision.outcome()).isEqualTo(Outcome.OPTIMIZE);
        assertThat(decision.figures().get(MaturityLevelsStrategy.LEVEL)).contains("silver");
        assertThat(decision.figures().get(MaturityLevelsStrategy.NEXT_LEVEL)).contains("gold");
        assertThat(decision.figures().get(MaturityLevelsStrategy.BLOCKED_BY)).contains(List.of(Criteria.ALERTING));
        assertThat(decision.rationale().get(0).text()).contains("gold is blocked by: monitoring.alerting");
    }

    @Test
    void should_need_every_level_below_a_level_to_reach_it() {
        // GIVEN a red flag (silver) fails, while all gold-only criteria pass
        // WHEN
        Decision decision = strategy.decide(assess(levels(Criteria.P95_PEAK, AuditFixtures.Level.WARNING)),
                AuditHistory.empty());
        // THEN gold is out of reach although its own criteria pass
        assertThat(decision.outcome()).isEqualTo(Outcome.OPTIMIZE);
        assertThat(decision.figures().get(MaturityLevelsStrategy.LEVEL)).contains("bronze");
        assertThat(decision.figures().get(MaturityLevelsStrategy.NEXT_LEVEL)).contains("silver");
        assertThat(decision.figures().get(MaturityLevelsStrategy.BLOCKED_BY)).contains(List.of(Criteria.P95_PEAK));
    }

    @Test
    void should_rebuild_when_the_first_level_fails_on_evidence() {
        // GIVEN fixes create new issues
        // WHEN
        Decision decision = strategy.decide(assess(levels(Criteria.FIXES_CREATE_ISSUES, AuditFixtures.Level.CRITICAL)),
                AuditHistory.empty());
        // THEN
        assertThat(decision.outcome()).isEqualTo(Outcome.REBUILD);
        assertThat(decision.rationale().get(0).rule()).isEqualTo(MaturityLevelsStrategy.NO_LEVEL);
        assertThat(decision.figures().get(MaturityLevelsStrategy.LEVEL)).contains("none");
        assertThat(decision.figures().get(MaturityLevelsStrategy.NEXT_LEVEL)).contains("bronze");
    }

    @Test
    void should_be_inconclusive_when_only_missing_evidence_blocks_the_next_level() {
        // GIVEN the spike question is unanswered
        // WHEN
        Decision decision = strategy.decide(assess(levels(Criteria.HANDLES_SPIKES, AuditFixtures.Level.UNKNOWN)),
                AuditHistory.empty());
        // THEN missing evidence never passes, nor does it fail
        assertThat(decision.outcome()).isEqualTo(Outcome.INCONCLUSIVE);
        assertThat(decision.rationale().get(0).rule()).isEqualTo(MaturityLevelsStrategy.BLOCKED_BY_UNKNOWN);
        assertThat(decision.figures().get(MaturityLevelsStrategy.BLOCKED_BY)).contains(List.of(Criteria.HANDLES_SPIKES));
    }

    @Test
    void should_count_not_applicable_criteria_as_passing() {
        // GIVEN / WHEN
        Decision decision = strategy.decide(assess(levels(Criteria.PEAK_HEADROOM, AuditFixtures.Level.NOT_APPLICABLE)),
                AuditHistory.empty());
        // THEN
        assertThat(decision.outcome()).isEqualTo(Outcome.HEALTHY);
    }

    @Test
    void should_build_the_default_ladder_from_every_standard_criterion_exactly_once() {
        // GIVEN / WHEN
        List<String> onLadder = MaturityLevelsStrategy.Config.DEFAULTS.levels().stream()
                .flatMap(level -> level.criteria().stream()).map(Criterion::id).toList();
        // THEN
        assertThat(onLadder).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(Criteria.STANDARD.stream().map(Criterion::id).toList());
        assertThat(MaturityLevelsStrategy.Config.DEFAULTS.levels()).extracting(Level::name)
                .containsExactly("bronze", "silver", "gold");
        assertThat(MaturityLevelsStrategy.Config.DEFAULTS.levels().get(0).criteria())
                .contains(Criteria.AT_SCALING_LIMIT, Criteria.THROUGHPUT_TREND, Criteria.HANDLES_SPIKES);
    }

    @Test
    void should_reject_a_ladder_that_cannot_work() {
        // GIVEN
        Level basic = new Level("basic", List.of(Criteria.ALERTING));
        // WHEN / THEN
        assertThatThrownBy(() -> new MaturityLevelsStrategy.Config(List.of(basic, basic), "basic"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'basic' appears twice");
        assertThatThrownBy(() -> new MaturityLevelsStrategy.Config(List.of(basic), "gold"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maturity healthyLevel must be one of [basic], but was \"gold\"");
        assertThatThrownBy(() -> new Level("empty", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be empty");
    }
}
