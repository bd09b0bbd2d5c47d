package dev.backendaudit.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendaudit.checklist.Areas;
import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.engine.Evaluator;
import dev.backendaudit.model.Assessment;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Criterion;
import dev.backendaudit.model.Decision;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.scoring.testing.ScoringFixtures;
import dev.backendaudit.test.AuditFixtures.Level;
import dev.backendaudit.test.AuditFixtures;
import java.util.ArrayList;
import java.util.Collections;
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

/** Laws every built-in strategy keeps, over audits whose criteria are put at random levels by real evidence. */
class ScoringStrategyProperties {

    private static final List<ScoringStrategy> STRATEGIES = List.of(new ChecklistStrategy(), new WorstAreaStrategy(),
            new WeightedScoreStrategy(), new MaturityLevelsStrategy(), new RiskCountStrategy(), new GateStrategy(),
            new CompositeStrategy());

    @Provide
    Arbitrary<Map<String, Level>> levels() {
        return ScoringFixtures.randomLevels(8, 3, 1, 2, 1);
    }

    @Provide
    Arbitrary<ScoringStrategy> strategies() {
        return Arbitraries.of(STRATEGIES);
    }

    @Property(tries = 150)
    void should_decide_the_same_way_every_time(@ForAll("levels") Map<String, Level> levels) {
        for (ScoringStrategy strategy : STRATEGIES) {
            // GIVEN
            Assessment assessment = ScoringFixtures.assess(levels);
            // WHEN
            Decision first = strategy.decide(assessment, AuditHistory.empty());
            Decision second = strategy.decide(ScoringFixtures.assess(levels), AuditHistory.empty());
            // THEN
            assertThat(second).as("%s", strategy.id()).isEqualTo(first);
        }
    }

    @Property(tries = 150)
    void should_not_depend_on_the_order_evidence_was_given_in(@ForAll("levels") Map<String, Level> levels,
                                                              @ForAll long seed) {
        // GIVEN the same evidence in canonical and in shuffled order
        Audit canonical = ScoringFixtures.audit(ScoringFixtures.T0, levels);
        List<Evidence> shuffled = new ArrayList<>(canonical.evidence());
        Collections.shuffle(shuffled, new Random(seed));
        Audit.Builder builder = Audit.builder(canonical.subject()).at(canonical.at());
        List<Criterion> criteria = new ArrayList<>(canonical.criteria());
        Collections.shuffle(criteria, new Random(seed + 1));
        canonical.areas().forEach(builder::area);
        criteria.forEach(builder::criterion);
        shuffled.forEach(builder::evidence);
        Audit reordered = builder.build();
        for (ScoringStrategy strategy : STRATEGIES) {
            // WHEN
            Verdict expected = Evaluator.evaluate(canonical, strategy);
            Verdict actual = Evaluator.evaluate(reordered, strategy);
            // THEN
            assertThat(actual).as("%s", strategy.id()).isEqualTo(expected);
        }
    }

    @Property(tries = 300)
    void should_never_give_a_better_outcome_for_a_worse_finding(@ForAll("levels") Map<String, Level> levels,
                                                                @ForAll("criterionIndex") int index) {
        // GIVEN one decided criterion made one step worse
        String id = Criteria.STANDARD.get(index).id();
        Level level = levels.get(id);
        Map<String, Level> worse = new LinkedHashMap<>(levels);
        worse.put(id, AuditFixtures.worse(Criteria.STANDARD.get(index), level));
        if (!level.isDecided()) {
            worse.put(id, level);
        }
        Assessment better = ScoringFixtures.assess(levels);
        Assessment worsened = ScoringFixtures.assess(worse);
        for (ScoringStrategy strategy : STRATEGIES) {
            // WHEN
            Outcome before = strategy.decide(better, AuditHistory.empty()).outcome();
            Outcome after = strategy.decide(worsened, AuditHistory.empty()).outcome();
            // THEN
            if (before.isDecided() && after.isDecided()) {
                assertThat(before.isWorseThan(after)).as("%s gave %s for the better audit and %s after worsening %s",
                        strategy.id(), before, after, id).isFalse();
            }
            if (before == Outcome.REBUILD) {
                assertThat(after).as("%s after worsening %s", strategy.id(), id).isEqualTo(Outcome.REBUILD);
            }
        }
    }

    @Provide
    Arbitrary<Integer> criterionIndex() {
        return Arbitraries.integers().between(0, Criteria.STANDARD.size() - 1);
    }

    @Property(tries = 300)
    void should_never_raise_the_weighted_score_for_a_worse_finding(@ForAll("levels") Map<String, Level> levels,
                                                                   @ForAll("criterionIndex") int index) {
        // GIVEN
        String id = Criteria.STANDARD.get(index).id();
        Map<String, Level> worse = new LinkedHashMap<>(levels);
        if (levels.get(id).isDecided()) {
            worse.put(id, AuditFixtures.worse(Criteria.STANDARD.get(index), levels.get(id)));
        }
        WeightedScoreStrategy strategy = new WeightedScoreStrategy();
        // WHEN
        double before = strategy.score(ScoringFixtures.assess(levels));
        double after = strategy.score(ScoringFixtures.assess(worse));
        // THEN
        if (!Double.isNaN(before)) {
            assertThat(after).isLessThanOrEqualTo(before).isBetween(0.0, 100.0);
        }
    }

    @Property(tries = 300)
    void should_never_let_a_composite_score_better_than_a_fired_floor_allows(
            @ForAll("levels") Map<String, Level> levels, @ForAll("strategies") ScoringStrategy base) {
        // GIVEN any base under a floor, a veto and a rebuild floor
        List<Floor> floors = List.of(Floor.criticalIn(Areas.SCALABILITY, Outcome.OPTIMIZE),
                Floor.veto(new GateStrategy()), Floor.criticalRebuildIndicator());
        CompositeStrategy composite = new CompositeStrategy(base, floors);
        Assessment assessment = ScoringFixtures.assess(levels);
        // WHEN
        Outcome outcome = composite.decide(assessment, AuditHistory.empty()).outcome();
        // THEN
        for (Floor floor : floors) {
            Optional<Floor.Fired> fired = floor.apply(assessment, AuditHistory.empty());
            if (fired.isEmpty()) {
                continue;
            }
            if (fired.get().atLeast() == Outcome.REBUILD) {
                assertThat(outcome).as("%s fired", floor.id()).isEqualTo(Outcome.REBUILD);
            }
            if (outcome.isDecided()) {
                assertThat(fired.get().atLeast().isWorseThan(outcome)).as("%s fired, outcome %s", floor.id(), outcome)
                        .isFalse();
            }
        }
    }

    @Property(tries = 100)
    void should_judge_history_the_same_whatever_order_it_is_given_in(@ForAll("levels") Map<String, Level> first,
                                                                     @ForAll("levels") Map<String, Level> second,
                                                                     @ForAll("levels") Map<String, Level> third) {
        // GIVEN three earlier verdicts
        ChecklistStrategy checklist = new ChecklistStrategy();
        List<Verdict> earlier = new ArrayList<>();
        List<Map<String, Level>> months = List.of(first, second, third);
        for (int i = 0; i < months.size(); i++) {
            earlier.add(ScoringFixtures.verdict(checklist, ScoringFixtures.month(i), months.get(i), AuditHistory.empty()));
        }
        List<Verdict> reversed = new ArrayList<>(earlier);
        Collections.reverse(reversed);
        Assessment now = Evaluator.assess(ScoringFixtures.audit(ScoringFixtures.month(3), third));
        // WHEN
        Decision inOrder = checklist.decide(now, AuditHistory.of(earlier));
        Decision outOfOrder = checklist.decide(now, AuditHistory.of(reversed));
        // THEN
        assertThat(outOfOrder).isEqualTo(inOrder);
    }
}
