package dev.backendaudit.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.scoring.testing.ScoringFixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuiltInStrategiesTest {

    private static final Map<String, Class<?>> BUILT_IN = Map.of(
            "checklist", ChecklistStrategy.class,
            "worst-area", WorstAreaStrategy.class,
            "weighted-score", WeightedScoreStrategy.class,
            "maturity-levels", MaturityLevelsStrategy.class,
            "risk-count", RiskCountStrategy.class,
            "gate", GateStrategy.class,
            "composite", CompositeStrategy.class);

    @Test
    void should_find_every_built_in_strategy_by_name() {
        // GIVEN / WHEN
        List<String> available = Strategies.available();
        // THEN
        assertThat(available).containsAll(BUILT_IN.keySet());
        BUILT_IN.forEach((name, type) -> {
            ScoringStrategy strategy = Strategies.byName(name);
            assertThat(strategy).isInstanceOf(type);
            assertThat(strategy.name()).isEqualTo(name);
        });
    }

    @Test
    void should_give_the_same_strategy_by_factory_and_by_name() {
        // GIVEN
        List<ScoringStrategy> factories = List.of(Strategies.checklist(), Strategies.worstArea(),
                Strategies.weightedScore(), Strategies.maturityLevels(), Strategies.riskCount(), Strategies.gate(),
                Strategies.composite());
        // WHEN / THEN
        for (ScoringStrategy strategy : factories) {
            assertThat(Strategies.byName(strategy.name()).id()).isEqualTo(strategy.id());
        }
    }

    @Test
    void should_stamp_every_verdict_with_subject_time_and_the_strategys_name_and_version() {
        for (String name : BUILT_IN.keySet()) {
            // GIVEN
            ScoringStrategy strategy = Strategies.byName(name);
            // WHEN
            Verdict verdict = ScoringFixtures.verdict(strategy, ScoringFixtures.month(3), ScoringFixtures.levels(),
                    AuditHistory.empty());
            // THEN
            assertThat(verdict.subject()).isEqualTo(ScoringFixtures.SUBJECT);
            assertThat(verdict.at()).isEqualTo(ScoringFixtures.month(3));
            assertThat(verdict.strategy()).isEqualTo(strategy.id());
            assertThat(verdict.rationale()).isNotEmpty();
        }
    }
}
