package dev.backendaudit.bounds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.engine.Evaluator;
import dev.backendaudit.model.Criterion;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.scoring.ChecklistStrategy;
import dev.backendaudit.scoring.CompositeStrategy;
import dev.backendaudit.scoring.GateStrategy;
import dev.backendaudit.scoring.MaturityLevelsStrategy;
import dev.backendaudit.scoring.RiskCountStrategy;
import dev.backendaudit.scoring.ScoringStrategy;
import dev.backendaudit.scoring.WeightedScoreStrategy;
import dev.backendaudit.scoring.WorstAreaStrategy;
import dev.backendaudit.scoring.testing.ScoringFixtures;
import dev.backendaudit.test.AuditFixtures.Level;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The laws of a verdict's certainty, for every built-in strategy, over random audits whose criteria are put at
 * random levels by real evidence, and random resolutions of their unknown criteria (real evidence again, at a
 * random level): each resolved verdict lies within the bounds, a settled verdict stays what it is, the flip
 * set and the margin do what they say, and each settle step's alone outcomes are what resolving it gives.
 */
class CertaintyProperties {

    private static final List<ScoringStrategy> STRATEGIES = List.of(new ChecklistStrategy(), new WorstAreaStrategy(),
            new WeightedScoreStrategy(), new MaturityLevelsStrategy(), new RiskCountStrategy(), new GateStrategy(),
            new CompositeStrategy());
    private static final List<Level> RESOLVED = List.of(Level.HEALTHY, Level.WARNING, Level.CRITICAL);

    @Provide
    Arbitrary<Map<String, Level>> levels() {
        return ScoringFixtures.randomLevels(8, 3, 1, 4, 1);
    }

    @Provide
    Arbitrary<ScoringStrategy> strategies() {
        return Arbitraries.of(STRATEGIES);
    }

    private static Verdict verdict(ScoringStrategy strategy, Map<String, Level> levels) {
        return Evaluator.evaluate(ScoringFixtures.audit(ScoringFixtures.T0, levels), strategy);
    }

    /** {@code levels} with every unknown criterion at a random decided level. */
    private static Map<String, Level> resolved(Map<String, Level> levels, Random random) {
        Map<String, Level> resolved = new LinkedHashMap<>(levels);
        resolved.replaceAll((id, level) -> level == Level.UNKNOWN ? reachable(id, RESOLVED.get(random.nextInt(3)))
                : level);
        return resolved;
    }

    /** {@code levels} with every unknown criterion at {@code level}. */
    private static Map<String, Level> unknownsAt(Map<String, Level> levels, Level level) {
        Map<String, Level> resolved = new LinkedHashMap<>(levels);
        resolved.replaceAll((id, l) -> l == Level.UNKNOWN ? reachable(id, level) : l);
        return resolved;
    }

    /** {@code level}, or the nearest level the criterion can reach: the worst attainable for CRITICAL. */
    private static Level reachable(String id, Level level) {
        return ScoringFixtures.reachable(Criteria.STANDARD.stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(), level);
    }

    @Property(tries = 60)
    void every_resolution_of_the_unknowns_lies_within_the_bounds(@ForAll("levels") Map<String, Level> levels,
                                                                 @ForAll long seed) {
        Random random = new Random(seed);
        for (ScoringStrategy strategy : STRATEGIES) {
            // GIVEN
            Certainty certainty = verdict(strategy, levels).certainty();
            assertThat(certainty.bounds().monotone()).as("%s: %s", strategy.id(), certainty.bounds()).isTrue();
            for (int i = 0; i < 3; i++) {
                // WHEN
                Outcome resolved = verdict(strategy, resolved(levels, random)).outcome();
                // THEN
                assertThat(certainty.bounds().contains(resolved)).as("%s gave %s outside %s", strategy.id(), resolved,
                        certainty.bounds()).isTrue();
            }
            assertThat(verdict(strategy, unknownsAt(levels, Level.HEALTHY)).outcome()).as("%s", strategy.id())
                    .isEqualTo(certainty.bounds().best());
            assertThat(verdict(strategy, unknownsAt(levels, Level.CRITICAL)).outcome()).as("%s", strategy.id())
                    .isEqualTo(certainty.bounds().worst());
        }
    }

    @Property(tries = 60)
    void a_settled_verdict_stays_the_same_under_every_sampled_resolution(@ForAll("levels") Map<String, Level> levels,
                                                                         @ForAll long seed) {
        Random random = new Random(seed);
        boolean anySettled = false;
        for (ScoringStrategy strategy : STRATEGIES) {
            // GIVEN
            Verdict verdict = verdict(strategy, levels);
            Certainty certainty = verdict.certainty();
            anySettled |= certainty.settled() && !verdict.unknown().isEmpty();
            assertThat(certainty.settled()).isEqualTo(certainty.bounds().best() == verdict.outcome()
                    && certainty.bounds().worst() == verdict.outcome());
            if (!certainty.settled()) {
                assertThat(certainty.settle()).hasSize(verdict.unknown().size());
                continue;
            }
            assertThat(certainty.settle()).isEmpty();
            for (int i = 0; i < 4; i++) {
                // WHEN / THEN
                assertThat(verdict(strategy, resolved(levels, random)).outcome()).as("%s", strategy.id())
                        .isEqualTo(verdict.outcome());
            }
        }
        Statistics.label("settled with unknowns").collect(anySettled);
        Statistics.label("settled with unknowns").coverage(c -> c.check(true).percentage(p -> p > 10));
    }

    @Property(tries = 80)
    void applying_a_flip_set_moves_the_outcome_to_what_it_says(@ForAll("levels") Map<String, Level> levels) {
        boolean anyFlip = false;
        for (ScoringStrategy strategy : STRATEGIES) {
            // GIVEN
            Verdict verdict = verdict(strategy, levels);
            Certainty certainty = verdict.certainty();
            assertThat(certainty.flip().isPresent()).as("%s", strategy.id()).isEqualTo(certainty.flip().isPresent()
                    && certainty.settled() && verdict.outcome().isDecided() && verdict.outcome() != Outcome.HEALTHY);
            if (certainty.flip().isEmpty()) {
                continue;
            }
            anyFlip = true;
            FlipSet flip = certainty.flip().get();
            Map<String, Level> flipped = new LinkedHashMap<>(unknownsAt(levels,
                    flip.assumption() == Assumption.UNKNOWNS_AT_WORST ? Level.CRITICAL : Level.HEALTHY));
            for (FlipChange change : flip.changes()) {
                flipped.put(change.criterionId(), change.to().map(Level::of).orElse(Level.HEALTHY));
            }
            // WHEN
            Outcome after = verdict(strategy, flipped).outcome();
            // THEN
            assertThat(after).as("%s after %s", strategy.id(), flip).isEqualTo(flip.becomes());
            assertThat(verdict.outcome().isWorseThan(after)).as("%s", strategy.id()).isTrue();
            // and every change is needed: without any one of them the outcome does not improve
            for (FlipChange change : flip.changes()) {
                Map<String, Level> without = new LinkedHashMap<>(flipped);
                without.put(change.criterionId(), levels.get(change.criterionId()));
                assertThat(verdict(strategy, without).outcome()).as("%s without %s", strategy.id(), change.criterionId())
                        .isEqualTo(verdict.outcome());
            }
        }
        Statistics.label("flip").collect(anyFlip);
        Statistics.label("flip").coverage(c -> c.check(true).percentage(p -> p > 10));
    }

    @Property(tries = 80)
    void a_margin_makes_the_verdict_worse_whatever_the_missing_evidence_shows(
            @ForAll("levels") Map<String, Level> levels, @ForAll long seed) {
        Random random = new Random(seed);
        boolean anyMargin = false;
        for (ScoringStrategy strategy : STRATEGIES) {
            // GIVEN
            Verdict verdict = verdict(strategy, levels);
            Certainty certainty = verdict.certainty();
            if (certainty.margin().isEmpty()) {
                continue;
            }
            anyMargin = true;
            Margin margin = certainty.margin().get();
            assertThat(verdict.outcome()).isIn(Outcome.HEALTHY, Outcome.OPTIMIZE);
            // WHEN the finding crosses its bound, the unknowns absent, then resolved at random
            Map<String, Level> worse = unknownsAt(levels, Level.HEALTHY);
            worse.put(margin.criterionId(), Level.of(margin.to()));
            Map<String, Level> anyhow = resolved(levels, random);
            anyhow.put(margin.criterionId(), Level.of(margin.to()));
            // THEN
            assertThat(verdict(strategy, worse).outcome()).as("%s", strategy.id()).isEqualTo(margin.becomes());
            Outcome resolved = verdict(strategy, anyhow).outcome();
            assertThat(margin.becomes().isWorseThan(resolved)).as("%s gave %s", strategy.id(), resolved).isFalse();
            assertThat(resolved.isWorseThan(verdict.outcome())).as("%s", strategy.id()).isTrue();
        }
        Statistics.label("margin").collect(anyMargin);
        Statistics.label("margin").coverage(c -> c.check(true).percentage(p -> p > 10));
    }

    @Property(tries = 30)
    void a_settle_step_tells_what_resolving_it_alone_and_in_sequence_gives(@ForAll("levels") Map<String, Level> levels) {
        for (ScoringStrategy strategy : STRATEGIES) {
            // GIVEN
            Certainty certainty = verdict(strategy, levels).certainty();
            for (SettleStep step : certainty.settle()) {
                Criterion criterion = step.criterion();
                Map<String, Level> atWorst = unknownsAt(levels, Level.HEALTHY);
                atWorst.put(criterion.id(), Level.CRITICAL);
                Map<String, Level> absent = unknownsAt(levels, Level.CRITICAL);
                absent.put(criterion.id(), Level.HEALTHY);
                // WHEN / THEN
                assertThat(verdict(strategy, atWorst).outcome()).as("%s %s at worst", strategy.id(), criterion.id())
                        .isEqualTo(step.ifWorst());
                assertThat(verdict(strategy, absent).outcome()).as("%s %s absent", strategy.id(), criterion.id())
                        .isEqualTo(step.ifAbsent());
            }
            // the steps that matter bring the worst bound down to the best, in order
            Map<String, Level> sequence = unknownsAt(levels, Level.CRITICAL);
            for (SettleStep step : certainty.stepsThatMatter()) {
                sequence.put(step.criterionId(), Level.HEALTHY);
                assertThat(verdict(strategy, sequence).outcome()).as("%s once %s is absent", strategy.id(),
                        step.criterionId()).isEqualTo(step.worstOnceAbsent());
            }
            if (!certainty.stepsThatMatter().isEmpty()) {
                assertThat(certainty.stepsThatMatter().get(certainty.stepsThatMatter().size() - 1).worstOnceAbsent())
                        .as("%s", strategy.id()).isEqualTo(certainty.bounds().best());
            }
        }
    }
}
