package dev.backendaudit.examples;

import static dev.backendaudit.test.AuditAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendaudit.bounds.Certainty;
import dev.backendaudit.bounds.EvidenceSources;
import dev.backendaudit.bounds.SettleStep;
import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.engine.Evaluator;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.text.CertaintyText;
import org.junit.jupiter.api.Test;

/**
 * How sure the verdicts of the case studies are: the main job's checkout service is OPTIMIZE but not settled,
 * and the certainty says which of its 13 unknown criteria could still make it REBUILD and which cannot; the
 * legacy monolith's REBUILD is settled, and the certainty says what would get it out.
 */
class CertaintyExample {

    @Test
    void should_show_which_unknowns_of_the_checkout_service_matter_and_which_do_not() {
        // tag::certainty[]
        Verdict verdict = Evaluator.evaluate(CheckoutServiceAudit.audit());
        Certainty certainty = verdict.certainty();
        certainty.bounds();            // OPTIMIZE .. REBUILD: 13 criteria have no evidence
        certainty.settled();           // false: the missing evidence could still make it REBUILD
        certainty.stepsThatMatter();   // the 9 to gather, main-sequence distance first, each with its source
        certainty.margin();            // one dependency cycle would make it REBUILD
        System.out.println(CertaintyText.render(verdict));
        // end::certainty[]
        assertThat(verdict).hasOutcome(Outcome.OPTIMIZE).hasBounds(Outcome.OPTIMIZE, Outcome.REBUILD);
        assertThatThrownBy(() -> assertThat(verdict).cannotBecomeWorseThan(Outcome.OPTIMIZE))
                .hasMessageContaining("but its unknowns allow OPTIMIZE .. REBUILD");
        // which unknowns matter: one of them at its worst is REBUILD (a rebuild indicator, or a third area in
        // trouble, which is systemic), and all of them must be found healthy to rule REBUILD out
        assertThat(certainty.stepsThatMatter()).extracting(SettleStep::criterion).containsExactly(
                Criteria.MAIN_SEQUENCE_DISTANCE, Criteria.FIXES_CREATE_ISSUES, Criteria.SPEED_DECLINING,
                Criteria.DUPLICATION, Criteria.MEAN_COMPLEXITY, Criteria.DOCUMENTED, Criteria.REDUNDANT_CODE,
                Criteria.DEPLOYMENTS_AUTOMATED, Criteria.DETECTED_FIRST);
        assertThat(certainty.stepsThatMatter()).allMatch(s -> s.ifWorst() == Outcome.REBUILD);
        assertThat(certainty.stepsThatMatter().get(8).worstOnceAbsent()).isEqualTo(Outcome.OPTIMIZE);
        // which do not: more trouble in Performance, which already needs attention, changes nothing
        assertThat(certainty.settle()).filteredOn(s -> !s.matters()).extracting(SettleStep::criterion)
                .containsExactlyInAnyOrder(Criteria.P50_NORMAL, Criteria.P50_PEAK, Criteria.P99_NORMAL,
                        Criteria.KNOWN_BOTTLENECKS);
        assertThat(certainty.margin().orElseThrow().criterion()).isEqualTo(Criteria.DEPENDENCY_CYCLES);
        assertThat(certainty.margin().orElseThrow().becomes()).isEqualTo(Outcome.REBUILD);
        // CompiledClasses measures the main-sequence distance (./audit --repo DIR after a build)
        assertThat(certainty.settle().get(0).source()).isEqualTo(EvidenceSources.COMPILED_CLASSES);
    }

    @Test
    void should_settle_the_monolith_at_rebuild_and_say_what_would_get_it_out() {
        // WHEN
        Verdict verdict = LegacyOrderMonolithExample.auditOrderMonolith();
        // THEN
        assertThat(verdict).hasOutcome(Outcome.REBUILD).isSettled();
        assertThat(verdict.certainty().flip()).hasValueSatisfying(flip ->
                assertThat(flip.becomes()).isEqualTo(Outcome.OPTIMIZE));
    }

    @Test
    void should_keep_the_catalog_service_healthy_whatever_its_unknowns_show() {
        assertThat(HealthyCatalogServiceExample.catalogService().evaluate()).isHealthy().isSettled()
                .cannotBecomeWorseThan(Outcome.HEALTHY);
    }
}
