package dev.backendaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.checklist.StandardChecklist;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.Criterion;
import dev.backendaudit.model.Direction;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.EvidencePolicy;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.FindingStatus;
import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Provenance;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.Severity;
import dev.backendaudit.model.ThresholdCriterion;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.scoring.ChecklistStrategy;
import dev.backendaudit.test.AuditFixtures.Level;
import dev.backendaudit.test.AuditFixtures;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of evaluation with the checklist strategy that hold for every audit. */
class EvaluationProperties {

    private static final Set<String> CHECKLIST_RULES = Set.of(ChecklistStrategy.REBUILD_INDICATOR,
            ChecklistStrategy.FOUNDATION_CRITICAL, ChecklistStrategy.SYSTEMIC_PROBLEMS,
            ChecklistStrategy.DEPLOYMENT_UNSTABLE, ChecklistStrategy.FOUNDATION_UNKNOWN,
            ChecklistStrategy.OPTIMIZATION_ENOUGH, ChecklistStrategy.ALL_HEALTHY, EvidencePolicy.RULE);

    /** A random audit state: for each standard criterion, missing evidence, healthy, warning or critical. */
    @Provide
    Arbitrary<Map<Criterion, Level>> badCriteria() {
        List<Criterion> all = Criteria.STANDARD;
        return Arbitraries.integers().between(0, 3).list().ofSize(all.size()).map(states -> {
            Map<Criterion, Level> bad = new HashMap<>();
            for (int i = 0; i < all.size(); i++) {
                int state = states.get(i);
                Criterion criterion = all.get(i);
                if (state == 2 && AuditFixtures.levelsOf(criterion).contains(Level.WARNING)) {
                    bad.put(criterion, Level.WARNING);
                } else if (state == 3 && AuditFixtures.levelsOf(criterion).contains(Level.CRITICAL)) {
                    bad.put(criterion, Level.CRITICAL);
                }
            }
            return bad;
        });
    }

    @Provide
    Arbitrary<List<Evidence>> evidenceSets() {
        return Combinators.combine(badCriteria(), Arbitraries.integers().between(0, Criteria.STANDARD.size()),
                Arbitraries.longs()).as((bad, keep, seed) -> {
                    List<Evidence> evidence = new ArrayList<>(AuditFixtures.evidence(bad));
                    Collections.shuffle(evidence, new Random(seed));
                    return List.copyOf(evidence.subList(0, keep));
                });
    }

    private static Verdict evaluate(List<Evidence> evidence) {
        // a worsened percentile may pass the one above it: that one is then as slow (an audit refuses less)
        return Evaluator.evaluate(Audit.builder("svc").at(AuditFixtures.AT).checklist(StandardChecklist.checklist())
                .evidence(AuditFixtures.possible(evidence)).build());
    }

    @Property
    void the_same_evidence_in_any_order_gives_the_same_verdict(@ForAll("evidenceSets") List<Evidence> evidence,
                                                               @ForAll long seed) {
        // GIVEN
        List<Evidence> shuffled = new ArrayList<>(evidence);
        Collections.shuffle(shuffled, new Random(seed));
        // THEN
        assertThat(evaluate(shuffled)).isEqualTo(evaluate(evidence));
    }

    @Property
    void every_verdict_names_at_least_one_documented_rule(@ForAll("evidenceSets") List<Evidence> evidence) {
        Verdict verdict = evaluate(evidence);
        assertThat(verdict.rationale()).isNotEmpty();
        assertThat(verdict.firedRules()).allMatch(CHECKLIST_RULES::contains);
        assertThat(verdict.nextSteps()).isNotEmpty();
    }

    @Property
    void removing_evidence_never_turns_a_finding_healthy(@ForAll("evidenceSets") List<Evidence> evidence,
                                                         @ForAll long seed) {
        // GIVEN a random part of the evidence removed
        List<Evidence> fewer = new ArrayList<>(evidence);
        Collections.shuffle(fewer, new Random(seed));
        fewer = fewer.subList(0, fewer.size() / 2);
        // WHEN
        Map<String, FindingStatus> before = statuses(evaluate(evidence));
        Map<String, FindingStatus> after = statuses(evaluate(fewer));
        // THEN every finding that was not ABSENT is still not ABSENT
        before.forEach((id, status) -> {
            if (status != FindingStatus.ABSENT) {
                assertThat(after.get(id)).as(id).isNotEqualTo(FindingStatus.ABSENT);
            }
        });
        // and removing evidence never makes an area healthier than UNKNOWN allows: no outcome becomes HEALTHY
        if (evaluate(evidence).outcome() != Outcome.HEALTHY) {
            assertThat(evaluate(fewer).outcome()).isNotEqualTo(Outcome.HEALTHY);
        }
    }

    @Property
    void making_a_measurement_worse_never_improves_the_outcome(@ForAll("badCriteria") Map<Criterion, Level> bad,
                                                               @ForAll("thresholds") ThresholdCriterion criterion,
                                                               @ForAll("factors") double factor,
                                                               @ForAll boolean partial, @ForAll long seed) {
        // GIVEN an audit (sometimes with part of its other evidence missing), and the same audit with
        // one measurement moved in its bad direction
        List<Evidence> evidence = new ArrayList<>(AuditFixtures.evidence(bad));
        Measurement original = (Measurement) evidence.stream().filter(e -> e.topic().equals(criterion.metric()))
                .findFirst().orElseThrow();
        if (partial) {
            Random random = new Random(seed);
            evidence.removeIf(e -> e != original && random.nextBoolean());
        }
        double value = original.baseValue();
        double moved = criterion.direction() == Direction.HIGHER_IS_WORSE ? value * factor + factor : value / factor;
        double bounded = criterion.metric().dimension() == dev.backendaudit.model.Dimension.RATIO ? Math.min(1, moved) : moved;
        // a count is whole: round in the bad direction
        double worse = criterion.metric().dimension() != dev.backendaudit.model.Dimension.COUNT ? bounded
                : criterion.direction() == Direction.HIGHER_IS_WORSE ? Math.ceil(bounded) : Math.floor(bounded);
        List<Evidence> worsened = new ArrayList<>(evidence);
        worsened.replaceAll(e -> e == original ? Measurement.of(criterion.metric(),
                Quantity.of(worse, criterion.metric().dimension().baseUnit()), Provenance.manual()) : e);
        // WHEN
        Verdict first = evaluate(evidence);
        Outcome before = first.outcome();
        Outcome after = evaluate(worsened).outcome();
        // THEN HEALTHY < OPTIMIZE < REBUILD never goes down; INCONCLUSIVE stays so unless it becomes REBUILD,
        // except that an INCONCLUSIVE which was a HEALTHY the evidence policy refused (an area without evidence)
        // lies between HEALTHY and OPTIMIZE: a problem found may then make it OPTIMIZE, never HEALTHY
        if (before == Outcome.INCONCLUSIVE && first.figure(EvidencePolicy.STRATEGY_OUTCOME).equals(java.util.Optional.of(Outcome.HEALTHY))) {
            assertThat(after).isNotEqualTo(Outcome.HEALTHY);
        } else if (before == Outcome.INCONCLUSIVE) {
            assertThat(after).isIn(Outcome.INCONCLUSIVE, Outcome.REBUILD);
        } else {
            assertThat(after).as(before + " -> " + after).isNotEqualTo(Outcome.INCONCLUSIVE);
            assertThat(after.ordinal()).as(before + " -> " + after).isGreaterThanOrEqualTo(before.ordinal());
        }
    }

    @Provide
    Arbitrary<ThresholdCriterion> thresholds() {
        return Arbitraries.of(Criteria.STANDARD.stream().filter(c -> c instanceof ThresholdCriterion)
                .map(c -> (ThresholdCriterion) c).toList());
    }

    @Provide
    Arbitrary<Double> factors() {
        return Arbitraries.doubles().between(1.0, 20.0);
    }

    private static Map<String, FindingStatus> statuses(Verdict verdict) {
        Map<String, FindingStatus> statuses = new HashMap<>();
        for (Finding finding : verdict.findings()) {
            statuses.put(finding.criterion().id(), finding.status());
        }
        return statuses;
    }
}
