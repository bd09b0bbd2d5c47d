package dev.backendaudit.bounds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.checklist.StandardChecklist;
import dev.backendaudit.engine.Evaluator;
import dev.backendaudit.internal.Percentiles;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.Criterion;
import dev.backendaudit.model.Dimension;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.Provenance;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.ThresholdCriterion;
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
import dev.backendaudit.test.AuditFixtures;
import dev.backendaudit.test.AuditFixtures.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * random level, made possible as the search makes its resolutions: see {@link #verdict(ScoringStrategy, Map, Map)}):
 * each resolved verdict lies within the bounds, a settled verdict stays what it is, the flip
 * set and the margin do what they say, and each settle step's alone outcomes are what resolving it gives.
 */
class CertaintyProperties {

    private static final List<ScoringStrategy> STRATEGIES = List.of(new ChecklistStrategy(), new WorstAreaStrategy(),
            new WeightedScoreStrategy(), new MaturityLevelsStrategy(), new RiskCountStrategy(), new GateStrategy(),
            new CompositeStrategy());
    private static final List<Level> RESOLVED = List.of(Level.HEALTHY, Level.WARNING, Level.CRITICAL);

    @Provide
    Arbitrary<Map<String, Level>> levels() {
        return ScoringFixtures.randomLevels(8, 3, 1, 4, 1).map(CertaintyProperties::asJudged);
    }

    /**
     * {@code levels} as the audit made of them is judged: the fixture raises a latency percentile under the one
     * below it (an audit refuses a p99 under its p95), which can put it at a worse level than asked; the laws
     * below compare levels with the audit's own, so they start from those.
     */
    private static Map<String, Level> asJudged(Map<String, Level> levels) {
        Map<String, Level> current = levels;
        for (int round = 0; round < 5; round++) {
            Map<String, Level> judged = new LinkedHashMap<>();
            Evaluator.assess(ScoringFixtures.audit(ScoringFixtures.T0, current)).findings()
                    .forEach(f -> judged.put(f.criterion().id(), Level.of(f)));
            Map<String, Level> ordered = new LinkedHashMap<>();
            current.keySet().forEach(id -> ordered.put(id, judged.get(id)));
            if (ordered.equals(current)) {
                return current;
            }
            current = ordered;
        }
        return current;
    }

    @Provide
    Arbitrary<ScoringStrategy> strategies() {
        return Arbitraries.of(STRATEGIES);
    }

    private static Verdict verdict(ScoringStrategy strategy, Map<String, Level> levels) {
        return Evaluator.evaluate(ScoringFixtures.audit(ScoringFixtures.T0, levels), strategy);
    }

    /**
     * The verdict on a resolution of the audit of {@code base}: the criteria unknown in that audit, or at another
     * level in {@code resolved} than they are in it, get evidence at their level in {@code resolved}; the rest keep the evidence of the audit
     * of {@code base}; a latency percentile at CRITICAL is at its worst as the search puts it, a thousand times its
     * critical bound. A resolution must be possible, so, as in the search, a resolved latency percentile is held
     * no higher than the lowest kept percentile above it of the same load, then raised to the one below it (the
     * kept evidence never moves).
     */
    private static Verdict verdict(ScoringStrategy strategy, Map<String, Level> base, Map<String, Level> resolved) {
        Audit of = ScoringFixtures.audit(ScoringFixtures.T0, base);
        // the level each criterion is at in the audit (the fixture raises a percentile under the one below it)
        Map<String, Level> actual = new LinkedHashMap<>();
        Evaluator.assess(of).findings().forEach(f -> actual.put(f.criterion().id(), Level.of(f)));
        List<Evidence> given = new ArrayList<>(of.evidence());
        List<Evidence> free = new ArrayList<>();
        for (Criterion criterion : Criteria.STANDARD) {
            Level was = actual.get(criterion.id());
            Level now = resolved.getOrDefault(criterion.id(), Level.HEALTHY);
            if (was == Level.UNKNOWN || was != now) {
                given.removeIf(e -> e.topic().equals(criterion.topic()));
                if (now == Level.CRITICAL && criterion instanceof ThresholdCriterion t
                        && Percentiles.step(t.metric().id()).isPresent()) {
                    // at its worst, as the search defines it (a thousand times the critical bound): a percentile
                    // at its worst takes the ones above it there too
                    free.add(Measurement.of(t.metric(), Quantity.of(Math.max(1000 * t.critical().baseValue(), 1000),
                            t.metric().dimension().baseUnit()), Provenance.of("fixture")));
                } else {
                    AuditFixtures.evidenceAt(criterion, now, ScoringFixtures.T0, now == Level.HEALTHY ? 1 : 0.5)
                            .ifPresent(free::add);
                }
            }
        }
        List<Evidence> evidence = new ArrayList<>(given);
        for (Evidence item : free) {
            evidence.add(item instanceof Measurement m ? underGiven(m, given) : item);
        }
        Audit audit = Audit.builder(ScoringFixtures.SUBJECT).at(ScoringFixtures.T0)
                .checklist(StandardChecklist.checklist()).evidence(AuditFixtures.possible(evidence)).build();
        return Evaluator.evaluate(audit, strategy);
    }

    /** {@code m}, no higher than the lowest given percentile of its load above it, if it is a latency percentile. */
    private static Measurement underGiven(Measurement m, List<Evidence> given) {
        Optional<Percentiles.Step> step = Percentiles.step(m.metric().id());
        if (step.isEmpty() || m.metric().dimension() != Dimension.DURATION) {
            return m;
        }
        double ceiling = m.baseValue();
        for (Evidence item : given) {
            if (item instanceof Measurement g && g.metric().dimension() == Dimension.DURATION) {
                Optional<Percentiles.Step> other = Percentiles.step(g.metric().id());
                if (other.isPresent() && other.get().load().equals(step.get().load())
                        && other.get().percentile() > step.get().percentile()) {
                    ceiling = Math.min(ceiling, g.baseValue());
                }
            }
        }
        return ceiling == m.baseValue() ? m : Measurement.of(m.metric(), Quantity.of(ceiling,
                m.metric().dimension().baseUnit()), m.provenance());
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
                Outcome resolved = verdict(strategy, levels, resolved(levels, random)).outcome();
                // THEN
                assertThat(certainty.bounds().contains(resolved)).as("%s gave %s outside %s", strategy.id(), resolved,
                        certainty.bounds()).isTrue();
            }
            assertThat(verdict(strategy, levels, unknownsAt(levels, Level.HEALTHY)).outcome()).as("%s", strategy.id())
                    .isEqualTo(certainty.bounds().best());
            assertThat(verdict(strategy, levels, unknownsAt(levels, Level.CRITICAL)).outcome()).as("%s", strategy.id())
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
                assertThat(verdict(strategy, levels, resolved(levels, random)).outcome()).as("%s", strategy.id())
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
            Outcome after = verdict(strategy, levels, flipped).outcome();
            // THEN
            assertThat(after).as("%s after %s", strategy.id(), flip).isEqualTo(flip.becomes());
            assertThat(verdict.outcome().isWorseThan(after)).as("%s", strategy.id()).isTrue();
            // and every change is needed: without any one of them the outcome does not improve
            for (FlipChange change : flip.changes()) {
                Map<String, Level> without = new LinkedHashMap<>(flipped);
                without.put(change.criterionId(), Level.of(change.from()));
                assertThat(verdict(strategy, levels, without).outcome()).as("%s without %s", strategy.id(), change.criterionId())
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
            assertThat(verdict(strategy, levels, worse).outcome()).as("%s", strategy.id()).isEqualTo(margin.becomes());
            Outcome resolved = verdict(strategy, levels, anyhow).outcome();
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
                atWorst.put(criterion.id(), reachable(criterion.id(), Level.CRITICAL));
                Map<String, Level> absent = unknownsAt(levels, Level.CRITICAL);
                absent.put(criterion.id(), Level.HEALTHY);
                // WHEN / THEN
                assertThat(verdict(strategy, levels, atWorst).outcome()).as("%s %s at worst", strategy.id(), criterion.id())
                        .isEqualTo(step.ifWorst());
                assertThat(verdict(strategy, levels, absent).outcome()).as("%s %s absent", strategy.id(), criterion.id())
                        .isEqualTo(step.ifAbsent());
            }
            // the steps that matter bring the worst bound down to the best, in order
            Map<String, Level> sequence = unknownsAt(levels, Level.CRITICAL);
            for (SettleStep step : certainty.stepsThatMatter()) {
                sequence.put(step.criterionId(), Level.HEALTHY);
                assertThat(verdict(strategy, levels, sequence).outcome()).as("%s once %s is absent", strategy.id(),
                        step.criterionId()).isEqualTo(step.worstOnceAbsent());
            }
            if (!certainty.stepsThatMatter().isEmpty()) {
                assertThat(certainty.stepsThatMatter().get(certainty.stepsThatMatter().size() - 1).worstOnceAbsent())
                        .as("%s", strategy.id()).isEqualTo(certainty.bounds().best());
            }
        }
    }
}
