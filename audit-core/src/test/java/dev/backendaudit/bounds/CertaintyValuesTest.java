package dev.backendaudit.bounds;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.engine.Evaluator;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Severity;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.test.AuditFixtures;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The certainty's values refuse what cannot be, naming the field, the rule and the value. */
class CertaintyValuesTest {

    private static final OutcomeBounds TIGHT = OutcomeBounds.of(Outcome.REBUILD, Outcome.REBUILD);

    @Test
    void should_refuse_a_breach_on_monotone_bounds_and_inverted_monotone_bounds() {
        assertThatThrownBy(() -> new OutcomeBounds(Outcome.HEALTHY, Outcome.REBUILD, true, Optional.of("with x")))
                .hasMessage("bounds breach must be given exactly when monotone is false, but monotone was true and breach"
                        + " was with x");
        assertThatThrownBy(() -> OutcomeBounds.of(Outcome.REBUILD, Outcome.HEALTHY))
                .hasMessage("bounds best must not be worse than worst unless the strategy broke monotonicity, but best"
                        + " was REBUILD and worst HEALTHY");
    }

    @Test
    void should_refuse_a_settled_certainty_with_steps_or_wide_bounds() {
        SettleStep step = new SettleStep(Criteria.REFIX_SHARE, EvidenceSources.GIT_HISTORY, Outcome.REBUILD,
                Outcome.REBUILD, Outcome.REBUILD, true, true);
        assertThatThrownBy(() -> Certainty.of(TIGHT, true, List.of(step), Optional.empty(), Optional.empty(), 2, true))
                .hasMessage("certainty of a settled verdict must have no settle steps, but had 1");
        assertThatThrownBy(() -> Certainty.of(OutcomeBounds.of(Outcome.OPTIMIZE, Outcome.REBUILD), true, List.of(),
                Optional.empty(), Optional.empty(), 2, true))
                .hasMessage("certainty can be settled only with tight bounds, but they were OPTIMIZE .. REBUILD");
        assertThatThrownBy(() -> Certainty.of(TIGHT, false, List.of(), Optional.empty(), Optional.empty(), -1, true))
                .hasMessage("certainty strategyCalls must be >= 0, but was -1");
    }

    @Test
    void should_refuse_a_step_not_examined_that_claims_not_to_matter() {
        assertThatThrownBy(() -> new SettleStep(Criteria.REFIX_SHARE, EvidenceSources.GIT_HISTORY, Outcome.HEALTHY,
                Outcome.REBUILD, Outcome.REBUILD, false, false))
                .hasMessage("settle step of 'code-quality.refix-share' that was not examined must count as mattering,"
                        + " but matters was false");
    }

    @Test
    void should_refuse_changes_that_do_not_improve_and_margins_that_do_not_worsen() {
        assertThatThrownBy(() -> new FlipChange(Criteria.P95_PEAK, Severity.WARNING, Optional.of(Severity.CRITICAL),
                "bring it down"))
                .hasMessage("flip change of 'performance.latency-p95-peak' must go to a milder severity than WARNING,"
                        + " but went to CRITICAL");
        assertThatThrownBy(() -> new FlipSet(Assumption.NO_UNKNOWNS, Outcome.OPTIMIZE, List.of()))
                .hasMessage("flip set changes must name at least one finding, but was empty");
        assertThatThrownBy(() -> new Margin(Criteria.P95_PEAK, Optional.of(Severity.CRITICAL), Severity.WARNING,
                "p95 above 300 ms", Optional.empty(), Outcome.REBUILD))
                .hasMessage("margin of 'performance.latency-p95-peak' must go to a worse severity than CRITICAL, but went"
                        + " to WARNING");
        assertThatThrownBy(() -> new Margin(Criteria.P95_PEAK, Optional.empty(), Severity.WARNING,
                "p95 above 300 ms", Optional.of(-0.5), Outcome.REBUILD))
                .hasMessage("margin headroom of 'performance.latency-p95-peak' must be >= 0, but was -0.5");
    }

    @Test
    void should_refuse_a_verdict_whose_known_certainty_contradicts_its_outcome() {
        // GIVEN the values of a settled REBUILD's certainty
        Verdict rebuild = Evaluator.evaluate(AuditFixtures.withCriterionAt(Criteria.CHANGE_FAILURE_RATE, Severity.CRITICAL));
        Certainty c = rebuild.certainty();
        Certainty known = Certainty.of(c.bounds(), c.settled(), c.settle(), c.flip(), c.margin(), c.strategyCalls(),
                c.complete());
        // WHEN / THEN the same values on a verdict that says OPTIMIZE
        assertThatThrownBy(() -> new Verdict(rebuild.assessment(), rebuild.decision().withOutcome(Outcome.OPTIMIZE),
                rebuild.strategy(), rebuild.policy(), known))
                .hasMessage("verdict certainty must be settled exactly when both bounds are the outcome OPTIMIZE, but"
                        + " settled was true with bounds REBUILD");
    }

    @Test
    void should_refuse_to_read_an_unknown_certainty() {
        assertThatThrownBy(() -> Certainty.unknown().bounds())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the certainty of this verdict is not known: it was built by hand or read from a document"
                        + " without one (schema 1.1 or older); check isKnown() first");
    }
}
