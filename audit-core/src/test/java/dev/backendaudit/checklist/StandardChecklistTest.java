package dev.backendaudit.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendaudit.model.Criterion;
import dev.backendaudit.model.Sign;
import dev.backendaudit.model.SignKind;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StandardChecklistTest {

    @Test
    void should_have_six_areas_with_architecture_and_scalability_as_foundation() {
        assertThat(Areas.STANDARD).hasSize(6);
        assertThat(Areas.STANDARD.stream().filter(a -> a.foundation()))
                .containsExactly(Areas.ARCHITECTURE, Areas.SCALABILITY);
    }

    @Test
    void should_have_the_five_red_flags_and_four_rebuild_indicators() {
        assertThat(Signs.RED_FLAGS).hasSize(5).allMatch(s -> s.kind() == SignKind.RED_FLAG);
        assertThat(Signs.REBUILD_INDICATORS).hasSize(4).allMatch(Sign::isRebuildIndicator);
        assertThat(Signs.STANDARD.stream().filter(Sign::isRebuildIndicator)).hasSize(4);
    }

    @Test
    void should_ask_questions_in_every_area() {
        Set<String> areasAsked = Questions.STANDARD.stream().map(q -> q.area().id()).collect(Collectors.toSet());
        assertThat(areasAsked).containsExactlyInAnyOrderElementsOf(
                Areas.STANDARD.stream().map(a -> a.id()).toList());
    }

    @Test
    void should_judge_every_area_and_detect_every_rebuild_indicator() {
        Set<String> judged = Criteria.STANDARD.stream().map(c -> c.area().id()).collect(Collectors.toSet());
        assertThat(judged).hasSize(6);
        Set<Sign> detected = Criteria.STANDARD.stream().map(Criterion::sign).collect(Collectors.toSet());
        assertThat(detected).containsAll(Signs.REBUILD_INDICATORS).containsAll(Signs.RED_FLAGS);
    }

    @Test
    void should_use_every_standard_question_in_a_criterion() {
        Set<Object> topics = Criteria.STANDARD.stream().map(Criterion::topic).collect(Collectors.toSet());
        assertThat(topics).containsAll(Questions.STANDARD);
    }

    @Test
    void should_have_unique_ids_across_questions_and_metrics() {
        long topics = Questions.STANDARD.size() + Metrics.STANDARD.size();
        long distinct = java.util.stream.Stream.concat(Questions.STANDARD.stream().map(q -> q.id()),
                Metrics.STANDARD.stream().map(m -> m.id())).distinct().count();
        assertThat(distinct).isEqualTo(topics);
    }

    @Test
    void should_stage_the_rebuild_in_five_steps_and_know_four_optimization_conditions() {
        assertThat(RebuildPlan.STEPS).hasSize(5);
        assertThat(OptimizationCondition.values()).hasSize(4);
        assertThat(Practices.ALL).hasSize(5);
        assertThat(Actions.ALL).contains(Actions.REFACTOR_CODE, Actions.OPTIMIZE_QUERIES, Actions.ADD_CACHING,
                Actions.FIX_BOTTLENECKS);
    }

    @Test
    void should_have_an_optimization_for_every_standard_sign() {
        assertThat(Signs.STANDARD).allSatisfy(sign ->
                assertThat(Actions.forSign(sign)).allMatch(a -> Actions.ALL.contains(a)).isNotEmpty());
    }
}
