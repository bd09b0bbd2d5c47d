package dev.backendaudit.bounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendaudit.checklist.Areas;
import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.checklist.StandardChecklist;
import dev.backendaudit.engine.Evaluator;
import dev.backendaudit.model.Assessment;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Decision;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Severity;
import dev.backendaudit.model.StrategyId;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.scoring.ScoringStrategy;
import dev.backendaudit.scoring.Strategies;
import dev.backendaudit.test.AuditFixtures;
import dev.backendaudit.test.AuditFixtures.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The certainty of an engine verdict is computed on first use: evaluating runs the strategy once (twice for a
 * REBUILD on thin evidence), the first accessor runs the search once, from whichever thread, and a copy made
 * with a wither carries a certainty of itself.
 */
class DeferredCertaintyTest {

    /** The checklist strategy, counting its calls. */
    static final class Counting implements ScoringStrategy {
        private final ScoringStrategy delegate = Strategies.checklist();
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public String name() {
            return delegate.name();
        }

        @Override
        public String version() {
            return delegate.version();
        }

        @Override
        public Decision decide(Assessment assessment, AuditHistory history) {
            calls.incrementAndGet();
            return delegate.decide(assessment, history);
        }
    }

    /**
     * Everything healthy but p95 at peak, a warning, and nothing known of Code quality, which holds rebuild
     * indicators (a critical refix share): OPTIMIZE, not settled.
     */
    private static Audit optimizeWithUnknowns() {
        Audit.Builder builder = Audit.builder(AuditFixtures.SUBJECT).at(AuditFixtures.AT)
                .checklist(StandardChecklist.checklist());
        AuditFixtures.evidence(Map.of(Criteria.P95_PEAK, Level.WARNING)).stream()
                .filter(e -> !e.topic().area().equals(Areas.CODE_QUALITY)).forEach(builder::evidence);
        return builder.build();
    }

    @Test
    void should_not_run_the_search_while_evaluating() {
        // GIVEN
        Counting strategy = new Counting();
        // WHEN
        Verdict verdict = Evaluator.evaluate(optimizeWithUnknowns(), strategy);
        // THEN one strategy call, the verdict's own; the certainty is known but not computed
        assertThat(verdict.outcome()).isEqualTo(Outcome.OPTIMIZE);
        assertThat(strategy.calls).hasValue(1);
        assertThat(verdict.certainty().isKnown()).isTrue();
        assertThat(verdict.certainty().isComputed()).isFalse();
    }

    @Test
    void should_run_the_search_once_on_first_use_and_keep_its_values() {
        // GIVEN
        Counting strategy = new Counting();
        Verdict verdict = Evaluator.evaluate(optimizeWithUnknowns(), strategy);
        // WHEN
        OutcomeBounds bounds = verdict.certainty().bounds();
        int afterFirst = strategy.calls.get();
        List<SettleStep> settle = verdict.certainty().settle();
        verdict.certainty().margin();
        // THEN the search's calls, once
        assertThat(bounds).isEqualTo(OutcomeBounds.of(Outcome.OPTIMIZE, Outcome.REBUILD));
        assertThat(settle).isNotEmpty();
        assertThat(afterFirst).isEqualTo(1 + verdict.certainty().strategyCalls());
        assertThat(strategy.calls).hasValue(afterFirst);
        assertThat(verdict.certainty().isComputed()).isTrue();
    }

    @Test
    void should_compute_the_values_the_eager_search_computes() {
        // GIVEN
        Audit audit = optimizeWithUnknowns();
        Verdict verdict = Evaluator.evaluate(audit);
        // WHEN
        Certainty eager = CertaintySearch.run(Evaluator.assess(audit), Strategies.checklist(), AuditHistory.empty(),
                verdict.policy(), verdict.outcome());
        // THEN
        assertThat(verdict.certainty()).isEqualTo(eager);
        assertThat(verdict.certainty().hashCode()).isEqualTo(eager.hashCode());
        assertThat(verdict.certainty()).hasToString(eager.toString());
    }

    @Test
    void should_compute_once_when_many_threads_ask_at_once() throws Exception {
        // GIVEN
        Counting strategy = new Counting();
        Verdict verdict = Evaluator.evaluate(optimizeWithUnknowns(), strategy);
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<OutcomeBounds>> asked = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                asked.add(pool.submit(() -> {
                    start.await();
                    return verdict.certainty().bounds();
                }));
            }
            // WHEN
            start.countDown();
            // THEN every thread sees the same values, and the search ran once
            for (Future<OutcomeBounds> bounds : asked) {
                assertThat(bounds.get(1, TimeUnit.MINUTES)).isSameAs(verdict.certainty().bounds());
            }
            assertThat(strategy.calls).hasValue(1 + verdict.certainty().strategyCalls());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void should_compute_the_certainty_of_an_inconclusive_verdict_while_evaluating_for_its_next_steps() {
        // GIVEN one measurement of 41 criteria
        Audit audit = Audit.builder(AuditFixtures.SUBJECT).at(AuditFixtures.AT).checklist(StandardChecklist.checklist())
                .evidence(AuditFixtures.evidenceAt(Criteria.P95_PEAK, Level.WARNING).orElseThrow()).build();
        // WHEN
        Verdict verdict = Evaluator.evaluate(audit);
        // THEN the evidence to gather is listed in the order that would settle it
        assertThat(verdict.outcome()).isEqualTo(Outcome.INCONCLUSIVE);
        assertThat(verdict.certainty().isComputed()).isTrue();
        String firstArea = verdict.certainty().settle().get(0).criterion().area().id();
        assertThat(verdict.nextSteps().get(0).action()).isEqualTo("gather-evidence-" + firstArea);
    }

    @Test
    void should_give_a_copy_made_with_a_wither_the_certainty_of_the_copy() {
        // GIVEN
        Counting strategy = new Counting();
        Verdict verdict = Evaluator.evaluate(optimizeWithUnknowns(), strategy);
        // WHEN renamed: the same strategy and history decide the copy's resolutions
        Verdict renamed = verdict.withAssessment(verdict.assessment().withSubject("billing-service"));
        // THEN still deferred, and equal in value
        assertThat(renamed.certainty()).isNotSameAs(verdict.certainty());
        assertThat(renamed.certainty().isComputed()).isFalse();
        assertThat(renamed.certainty()).isEqualTo(verdict.certainty());
        // and a copy that names another strategy than the one that decided has no certainty to show
        Verdict relabelled = verdict.withStrategy(new StrategyId("checklist", "0.9"));
        assertThat(relabelled.certainty().isKnown()).isFalse();
        // and a copy of the same parts keeps the very certainty
        assertThat(verdict.withPolicy(verdict.policy()).certainty()).isSameAs(verdict.certainty());
    }

    @Test
    void should_make_a_deferred_certainty_again_for_an_outcome_set_by_hand() {
        // GIVEN a settled REBUILD
        Verdict rebuild = Evaluator.evaluate(AuditFixtures.withCriterionAt(Criteria.CHANGE_FAILURE_RATE,
                Severity.CRITICAL));
        // WHEN its decision is replaced by an OPTIMIZE
        Verdict optimize = rebuild.withDecision(rebuild.decision().withOutcome(Outcome.OPTIMIZE));
        // THEN its certainty is computed for OPTIMIZE: the same bounds, which do not settle it
        assertThat(optimize.certainty().bounds()).isEqualTo(rebuild.certainty().bounds());
        assertThat(rebuild.certainty().settled()).isTrue();
        assertThat(optimize.certainty().settled()).isFalse();
    }

    @Test
    void should_tell_an_unknown_certainty_from_a_known_one() {
        // GIVEN a verdict built by hand
        Verdict engine = Evaluator.evaluate(AuditFixtures.healthy());
        Verdict byHand = new Verdict(engine.assessment(), engine.decision(), engine.strategy(), engine.policy());
        // THEN
        assertThat(byHand.certainty()).isSameAs(Certainty.unknown());
        assertThat(byHand.certainty().isKnown()).isFalse();
        assertThat(byHand.certainty()).isEqualTo(Certainty.unknown()).isNotEqualTo(engine.certainty());
        assertThat(byHand.certainty()).hasToString("Certainty[unknown]");
        assertThat(byHand).isNotEqualTo(engine);
        assertThatThrownBy(() -> byHand.certainty().settled()).isInstanceOf(IllegalStateException.class);
    }
}
