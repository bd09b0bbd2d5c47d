package dev.backendaudit.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendaudit.model.EvidencePolicy;
import org.junit.jupiter.api.Test;

class StrategiesTest {

    @Test
    void should_find_the_checklist_strategy_by_name() {
        assertThat(Strategies.byName("checklist")).isInstanceOf(ChecklistStrategy.class);
        assertThat(Strategies.available()).contains("checklist");
    }

    @Test
    void should_list_the_available_strategies_when_a_name_is_unknown() {
        assertThatThrownBy(() -> Strategies.byName("magic"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no scoring strategy is named \"magic\"; available: [")
                .hasMessageContaining("checklist")
                .hasMessageContaining("META-INF/services/dev.backendaudit.scoring.ScoringStrategy");
    }

    @Test
    void should_reject_an_invalid_configuration() {
        assertThatThrownBy(() -> new ChecklistStrategy.Config(1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("systemicAreas must be >= 2, but was 1");
        assertThatThrownBy(() -> EvidencePolicy.minimumCoverage(1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("evidence policy minimumCoverage must be in [0, 1], but was 1.5");
    }

    @Test
    void should_suggest_the_nearest_name_for_a_misspelled_strategy() {
        assertThatThrownBy(() -> Strategies.byName("weighted-scor"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no scoring strategy is named \"weighted-scor\"; did you mean \"weighted-score\"?"
                        + " available: [");
    }
}
