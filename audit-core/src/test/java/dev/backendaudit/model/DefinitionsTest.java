package dev.backendaudit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendaudit.checklist.Areas;
import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.checklist.Questions;
import dev.backendaudit.checklist.Signs;
import dev.backendaudit.checklist.StandardChecklist;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every id an audit holds means one thing, and every audit is canonical however it was made. */
class DefinitionsTest {

    private static final Instant AT = Instant.parse("2026-11-20T09:00:00Z");

    private static Audit.Builder standard() {
        return Audit.builder("svc").at(AT).checklist(StandardChecklist.checklist());
    }

    @Test
    void should_refuse_a_metric_that_reuses_a_standard_id_with_another_dimension() {
        // GIVEN a team's ratio metric under the p95 id
        Metric ratio = Metric.of("performance.latency-p95-peak", Areas.PERFORMANCE, "p95 latency under peak load",
                Dimension.RATIO);
        Audit.Builder builder = standard().evidence(Measurement.of(ratio, Quantity.ratio(0.2), Provenance.manual()));
        // WHEN / THEN
        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("metric 'performance.latency-p95-peak' must have one definition in an audit, but has two:"
                        + " metric {area=performance, name=p95 latency under peak load, dimension=DURATION} and"
                        + " metric {area=performance, name=p95 latency under peak load, dimension=RATIO};"
                        + " give the team's own metric an id of its own");
    }

    @Test
    void should_refuse_a_question_that_reuses_a_standard_id_with_other_choices() {
        // GIVEN a team's question with choices [Yes, No] under the automatic-scaling id
        Question capitalised = Question.choice("scalability.automatic-scaling", Areas.SCALABILITY,
                "Does capacity scale automatically, without anyone adding it by hand?", List.of("Yes", "No"));
        Audit.Builder builder = standard().evidence(Answer.choice(capitalised, "No", null));
        // WHEN / THEN
        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("question 'scalability.automatic-scaling' must have one definition in an audit,"
                        + " but has two:")
                .hasMessageContaining("choices=[yes, no]}").hasMessageContaining("choices=[Yes, No]}");
    }

    @Test
    void should_refuse_an_area_that_reuses_the_architecture_id_as_a_plain_area() {
        // GIVEN
        Area plain = Area.of("architecture", "Architecture", Areas.ARCHITECTURE.healthy(),
                Areas.ARCHITECTURE.needsAttention());
        Audit.Builder builder = standard().area(plain);
        // WHEN / THEN
        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("area 'architecture' must have one definition in an audit, but has two:"
                        + " {name=Architecture, foundation=true, systemic=true,")
                .hasMessageContaining("and {name=Architecture, foundation=false, systemic=false,");
    }

    @Test
    void should_refuse_a_sign_that_reuses_a_standard_id_in_another_area() {
        // GIVEN
        Area cost = Area.of("cost", "Cost", "Cheap", "Expensive");
        Sign moved = Sign.of(Signs.SLOW_PERFORMANCE.id(), cost, SignKind.RED_FLAG, Signs.SLOW_PERFORMANCE.title(),
                Signs.SLOW_PERFORMANCE.looksLike(), Signs.SLOW_PERFORMANCE.impact());
        Metric bill = Metric.of("cost.monthly-bill", cost, "monthly bill", Dimension.COUNT);
        Audit.Builder builder = standard().criterion(ThresholdCriterion.above("cost.monthly-bill", moved, bill,
                Quantity.count(1000), Quantity.count(5000)));
        // WHEN / THEN
        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("sign 'slow-performance' must have one definition in an audit, but has two:"
                        + " {area=performance,")
                .hasMessageContaining("and {area=cost,");
    }

    @Test
    void should_refuse_a_replacement_criterion_that_judges_another_topic() {
        // GIVEN a criterion under the p95 id that judges p99 instead
        ThresholdCriterion other = ThresholdCriterion.above(Criteria.P95_PEAK.id(), Signs.SLOW_PERFORMANCE,
                Metrics.LATENCY_P99_PEAK, Quantity.millis(300), Quantity.millis(1000));
        // WHEN / THEN
        assertThatThrownBy(() -> standard().criterion(other)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("criterion 'performance.latency-p95-peak' may replace the criterion with its id only to"
                        + " change its bounds, but a ThresholdCriterion of 'performance.latency-p95-peak' for sign"
                        + " 'slow-performance' would become a ThresholdCriterion of 'performance.latency-p99-peak' for"
                        + " sign 'slow-performance'; give the new criterion an id of its own");
    }

    @Test
    void should_refuse_to_remove_a_criterion_it_does_not_have_naming_the_nearest() {
        // GIVEN / WHEN / THEN
        assertThatThrownBy(() -> standard().withoutCriterion("performance.latency-p95-peek"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("withoutCriterion(\"performance.latency-p95-peek\") names no criterion of the"
                        + " audit of svc; did you mean 'performance.latency-p95-peak'? Known: [");
    }

    @Test
    void should_canonicalise_and_check_conflicts_in_the_constructor_exactly_as_the_builder_does() {
        // GIVEN two conflicting p95 values, in either order
        Measurement fast = Measurement.of(Metrics.LATENCY_P95_PEAK, Duration.ofMillis(100), Provenance.manual());
        Measurement slow = Measurement.of(Metrics.LATENCY_P95_PEAK, Duration.ofMillis(2000), Provenance.of("apm"));
        // WHEN / THEN the constructor refuses both orders, with the builder's message
        String message = "evidence for 'performance.latency-p95-peak' (p95 latency under peak load) must agree, but"
                + " 2 s from apm conflicts with 100 ms from manual";
        assertThatThrownBy(() -> new Audit("svc", AT, Areas.STANDARD, Criteria.STANDARD, List.of(fast, slow)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThatThrownBy(() -> new Audit("svc", AT, Areas.STANDARD, Criteria.STANDARD, List.of(slow, fast)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThatThrownBy(() -> standard().evidence(slow).evidence(fast).build()).hasMessage(message);
    }

    @Test
    void should_give_the_builders_audit_from_the_constructor_whatever_the_order() {
        // GIVEN
        List<Criterion> criteria = new ArrayList<>(Criteria.STANDARD);
        Collections.reverse(criteria);
        List<Evidence> evidence = List.of(
                Answer.of(Questions.AUTOMATIC_SCALING, false, "by hand"),
                Measurement.of(Metrics.LATENCY_P95_PEAK, Duration.ofMillis(870), Provenance.manual()));
        // WHEN
        Audit constructed = new Audit("svc", AT, Areas.STANDARD, criteria, evidence);
        Audit built = standard().evidence(evidence.get(1)).evidence(evidence.get(0)).build();
        // THEN
        assertThat(constructed).isEqualTo(built);
    }

    @Test
    void should_refuse_two_criteria_with_one_id_in_the_constructor() {
        assertThatThrownBy(() -> new Audit("svc", AT, Areas.STANDARD, List.of(Criteria.P95_PEAK,
                Criteria.P95_PEAK.withBounds(Quantity.millis(100), Quantity.millis(200))), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("audit criteria ids must be unique, but 'performance.latency-p95-peak' appears twice");
    }
}
