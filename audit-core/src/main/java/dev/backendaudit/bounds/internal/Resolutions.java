package dev.backendaudit.bounds.internal;

import dev.backendaudit.checklist.Bearing;
import dev.backendaudit.checklist.RebuildIndicators;
import dev.backendaudit.checklist.Signs;
import dev.backendaudit.model.Area;
import dev.backendaudit.model.AreaAssessment;
import dev.backendaudit.model.Assessment;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Coverage;
import dev.backendaudit.model.EvidencePolicy;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.IndicatorCheck;
import dev.backendaudit.model.FindingStatus;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Decision;
import dev.backendaudit.model.Dimension;
import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.ThresholdCriterion;
import dev.backendaudit.internal.Percentiles;
import dev.backendaudit.scoring.ScoringStrategy;
import dev.backendaudit.scoring.internal.IndicatorJudge;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.StringJoiner;

/**
 * The resolutions of one audit's assessment: the assessment with some findings replaced by hypothetical ones
 * (every unknown finding absent, at its worst, a present finding improved...), each decided exactly as the
 * engine decides a verdict: the strategy's {@code decide}, then the {@link PolicyPath}. Counts the strategy
 * calls against a budget and records the first resolution of the unknowns that falls outside the bounds.
 *
 * <p>Every resolution decided is a possible one: the audit refuses percentiles of one load that contradict
 * each other (a p95 below its p50), so before a resolution is decided each hypothetical percentile is moved
 * into the room the given ones leave (no higher than the lowest given percentile above it), then raised to
 * the highest percentile below it (given or hypothetical). The given evidence is never moved. A p95 "absent"
 * beside a measured p50 of 600 ms is therefore 600 ms, and to bring a measured p95 under 300 ms the p50 must
 * come down too. The moves are monotone, so the laws of the bounds hold for the possible resolutions.
 * Not part of the API; not thread-safe (one search at a time).
 */
public final class Resolutions {

    /** A resolution whose assessment is kept, so that resolutions near it are built from its parts. */
    private record Reference(Finding[] state, Assessment assessment) {
    }

    /** Thrown when a search has spent its budget of strategy calls. */
    static final class Exhausted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exhausted() {
            super("budget of strategy calls spent", null, false, false);
        }
    }

    private final Assessment base;
    private final ScoringStrategy strategy;
    private final AuditHistory history;
    private final EvidencePolicy policy;
    private final List<Area> areas;
    private final Finding[] findings;
    private final int[][] members;
    private final boolean[][] bearsOn;
    private final boolean standardIndicators;
    /** The indices of the threshold findings of each load's latency percentiles, lowest percentile first. */
    private final int[][] ladders;
    private final int[] unknown;
    private final Finding[] absent;
    private final Finding[] worst;
    private final int budget;
    private int calls;
    private Outcome bestOutcome;
    private Outcome worstOutcome;
    private String breach;
    private final List<Reference> references = new ArrayList<>(3);

    private Resolutions(Assessment base, ScoringStrategy strategy, AuditHistory history, EvidencePolicy policy,
                        int budget) {
        this.base = base;
        this.strategy = strategy;
        this.history = history;
        this.policy = policy;
        this.budget = budget;
        this.areas = base.areas().stream().map(AreaAssessment::area).toList();
        this.findings = base.findings().toArray(new Finding[0]);
        this.members = new int[areas.size()][];
        for (int a = 0; a < areas.size(); a++) {
            Area area = areas.get(a);
            members[a] = java.util.stream.IntStream.range(0, findings.length)
                    .filter(i -> findings[i].area().equals(area)).toArray();
        }
        this.standardIndicators = base.indicators().stream()
                .allMatch(c -> Signs.REBUILD_INDICATORS.contains(c.indicator()));
        this.bearsOn = new boolean[base.indicators().size()][findings.length];
        for (int k = 0; k < bearsOn.length; k++) {
            for (Bearing bearing : RebuildIndicators.bearingsOn(base.indicators().get(k).indicator())) {
                for (int i = 0; i < findings.length; i++) {
                    bearsOn[k][i] |= bearing.bearsOn(findings[i]);
                }
            }
        }
        this.ladders = ladders(findings);
        this.unknown = java.util.stream.IntStream.range(0, findings.length)
                .filter(i -> findings[i].status() == FindingStatus.UNKNOWN).toArray();
        this.absent = new Finding[unknown.length];
        this.worst = new Finding[unknown.length];
        references.add(new Reference(findings, base));
        for (int k = 0; k < unknown.length; k++) {
            absent[k] = Hypotheticals.absent(findings[unknown[k]]);
            worst[k] = Hypotheticals.worst(findings[unknown[k]], base.at());
        }
    }

    /**
     * The resolutions of {@code assessment}.
     *
     * @param assessment what evidence says
     * @param strategy   the strategy that decides
     * @param history    earlier verdicts, as the engine hands them to the strategy
     * @param policy     the evidence policy the engine enforces
     * @param budget     the most strategy calls a search on them may make
     * @return the resolutions
     */
    public static Resolutions of(Assessment assessment, ScoringStrategy strategy, AuditHistory history,
                                 EvidencePolicy policy, int budget) {
        return new Resolutions(assessment, strategy, history, policy, budget);
    }

    /**
     * The assessment of {@code findings}: ranked, grouped by area, with the rebuild indicators decided from
     * them. The engine assesses an audit through this too.
     *
     * @param subject  the audited system
     * @param at       when the audit describes it
     * @param areas    its areas, in report order
     * @param findings every criterion's finding
     * @param context  the evidence no criterion judged
     * @return the assessment
     */
    public static Assessment assemble(String subject, Instant at, List<Area> areas, List<Finding> findings,
                                      List<Evidence> context) {
        List<Finding> ranked = Finding.rank(findings);
        return Assessment.of(subject, at, areas, ranked, IndicatorJudge.decide(ranked), context);
    }

    /**
     * The strategy's decision.
     *
     * @param strategy   the strategy
     * @param assessment what it decides on
     * @param history    earlier verdicts
     * @return the decision
     * @throws IllegalStateException if the strategy returns none
     */
    public static Decision decide(ScoringStrategy strategy, Assessment assessment, AuditHistory history) {
        Decision decision = strategy.decide(assessment, history);
        if (decision == null) {
            throw new IllegalStateException("scoring strategy " + strategy.id() + " returned no decision for "
                    + assessment.subject());
        }
        return decision;
    }

    /** The outcome with every unknown finding absent (decided once, then remembered). */
    public Outcome best() {
        if (bestOutcome == null) {
            bestOutcome = probe(allAbsent(), true);
        }
        return bestOutcome;
    }

    /** The outcome with every unknown finding at its worst (decided once, then remembered). */
    Outcome worst() {
        if (worstOutcome == null) {
            worstOutcome = probe(allWorst(), true);
        }
        return worstOutcome;
    }

    /** The base assessment. */
    Assessment base() {
        return base;
    }

    /** The base findings, ranked; index {@code i} of every resolution is the finding of this list's {@code i}. */
    Finding finding(int index) {
        return findings[index];
    }

    int size() {
        return findings.length;
    }

    /** How many findings are unknown; {@code k} below counts among them. */
    int unknownCount() {
        return unknown.length;
    }

    /** The index of the {@code k}th unknown finding. */
    int unknownIndex(int k) {
        return unknown[k];
    }

    Finding absentOf(int k) {
        return absent[k];
    }

    Finding worstOf(int k) {
        return worst[k];
    }

    /** A fresh resolution with every unknown finding absent. */
    Finding[] allAbsent() {
        Finding[] r = findings.clone();
        for (int k = 0; k < unknown.length; k++) {
            r[unknown[k]] = absent[k];
        }
        return r;
    }

    /** A fresh resolution with every unknown finding at its worst. */
    Finding[] allWorst() {
        Finding[] r = findings.clone();
        for (int k = 0; k < unknown.length; k++) {
            r[unknown[k]] = worst[k];
        }
        return r;
    }

    /**
     * The outcome of a resolution of the unknown findings only, checked against the bounds: the first one
     * outside them is recorded as a breach of monotonicity.
     */
    Outcome resolve(Finding[] resolution) {
        Outcome outcome = probe(resolution);
        if (breach == null && bestOutcome != null && worstOutcome != null
                && bestOutcome.isDecided() && worstOutcome.isDecided() && !within(outcome)) {
            breach = "with " + describe(resolution) + ", the strategy decides " + outcome + ", outside "
                    + bestOutcome + " .. " + worstOutcome;
        }
        return outcome;
    }

    private boolean within(Outcome outcome) {
        return outcome.isDecided() && rank(outcome) >= rank(bestOutcome) && rank(outcome) <= rank(worstOutcome);
    }

    /** HEALTHY 0, OPTIMIZE 1, REBUILD 2; INCONCLUSIVE, which has no place in the order, -1. */
    static int rank(Outcome outcome) {
        return outcome.isDecided() ? outcome.ordinal() : -1;
    }

    /** The outcome of any resolution, as the engine would decide it. */
    Outcome probe(Finding[] resolution) {
        return probe(resolution, false);
    }

    /** The outcome of a resolution; a {@code reference} one is kept for later ones to be built from. */
    private Outcome probe(Finding[] resolution, boolean reference) {
        if (calls >= budget) {
            throw new Exhausted();
        }
        calls++;
        Finding[] possible = possible(resolution);
        Assessment assessment = assessment(possible);
        if (reference) {
            references.add(new Reference(possible.clone(), assessment));
        }
        Outcome decided = decide(strategy, assessment, history).outcome();
        // every resolution decides every criterion: its best case is itself
        return PolicyPath.outcome(policy, assessment, decided, () -> decided);
    }

    /**
     * {@code resolution} made possible: each hypothetical percentile measurement no higher than the lowest given
     * one above it, then no lower than the highest one below it; the array itself when nothing moves.
     */
    Finding[] possible(Finding[] resolution) {
        Finding[] result = resolution;
        for (int[] ladder : ladders) {
            double ceiling = Double.POSITIVE_INFINITY;
            for (int j = ladder.length - 1; j >= 0; j--) {
                Finding f = result[ladder[j]];
                OptionalDouble value = value(f);
                if (value.isEmpty()) {
                    continue;
                }
                if (!Hypotheticals.isHypotheticalMeasurement(f)) {
                    ceiling = Math.min(ceiling, value.getAsDouble());
                } else if (value.getAsDouble() > ceiling) {
                    result = result == resolution ? resolution.clone() : result;
                    result[ladder[j]] = Hypotheticals.at(f, ceiling);
                }
            }
            double floor = Double.NEGATIVE_INFINITY;
            for (int i : ladder) {
                Finding f = result[i];
                OptionalDouble value = value(f);
                if (value.isEmpty()) {
                    continue;
                }
                if (Hypotheticals.isHypotheticalMeasurement(f) && value.getAsDouble() < floor) {
                    result = result == resolution ? resolution.clone() : result;
                    result[i] = Hypotheticals.at(f, floor);
                } else {
                    floor = Math.max(floor, value.getAsDouble());
                }
            }
        }
        return result;
    }

    private static OptionalDouble value(Finding finding) {
        return finding.evidence().isPresent() && finding.evidence().get() instanceof Measurement m
                ? OptionalDouble.of(m.baseValue()) : OptionalDouble.empty();
    }

    /** The latency percentiles of one load among {@code findings}, by index, lowest first; loads of two or more. */
    private static int[][] ladders(Finding[] findings) {
        Map<String, TreeMap<Double, Integer>> byLoad = new TreeMap<>();
        for (int i = 0; i < findings.length; i++) {
            if (findings[i].criterion() instanceof ThresholdCriterion t && t.metric().dimension() == Dimension.DURATION) {
                int index = i;
                Percentiles.step(t.metric().id()).ifPresent(step -> byLoad.computeIfAbsent(step.load(),
                        k -> new TreeMap<>()).put(step.percentile(), index));
            }
        }
        return byLoad.values().stream().filter(l -> l.size() > 1)
                .map(l -> l.values().stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    /**
     * The assessment of a resolution: what {@link #assemble} gives for its findings (a test holds the two
     * together), built from the parts of the nearest kept assessment (the base, every unknown absent, every
     * unknown at its worst) that the resolution leaves as they are, since a search decides many resolutions
     * that differ from one of those in a few findings.
     */
    Assessment assessment(Finding[] resolution) {
        Reference reference = nearest(resolution);
        Finding[] from = reference.state();
        Assessment of = reference.assessment();
        List<AreaAssessment> assessed = new ArrayList<>(areas.size());
        boolean changed = false;
        int decided = 0;
        int applicable = 0;
        for (int a = 0; a < areas.size(); a++) {
            boolean own = false;
            for (int i : members[a]) {
                own |= resolution[i] != from[i];
            }
            AreaAssessment area = of.areas().get(a);
            if (own) {
                List<Finding> findingsOf = new ArrayList<>(members[a].length);
                for (int i : members[a]) {
                    findingsOf.add(resolution[i]);
                }
                area = AreaAssessment.of(areas.get(a), findingsOf);
                changed = true;
            }
            assessed.add(area);
            decided += area.coverage().decided();
            applicable += area.coverage().applicable();
        }
        if (!changed) {
            return of;
        }
        List<Finding> ranked = Finding.rank(Arrays.asList(resolution));
        return new Assessment(base.subject(), base.at(), assessed, ranked, new Coverage(decided, applicable),
                indicators(resolution, ranked, reference), base.context());
    }

    /** The kept resolution that differs from {@code resolution} in the fewest findings. */
    private Reference nearest(Finding[] resolution) {
        Reference nearest = null;
        int fewest = Integer.MAX_VALUE;
        for (Reference reference : references) {
            int differences = 0;
            for (int i = 0; i < resolution.length && differences < fewest; i++) {
                differences += resolution[i] != reference.state()[i] ? 1 : 0;
            }
            if (differences < fewest) {
                nearest = reference;
                fewest = differences;
            }
        }
        return nearest;
    }

    /**
     * The reference's indicator checks, each decided again only where a finding that bears on it changed; all of
     * them afresh when a team's own indicator is among them, since those are ordered by how their findings rank.
     */
    private List<IndicatorCheck> indicators(Finding[] resolution, List<Finding> ranked, Reference reference) {
        if (!standardIndicators) {
            return IndicatorJudge.decide(ranked);
        }
        List<IndicatorCheck> checks = new ArrayList<>(bearsOn.length);
        for (int k = 0; k < bearsOn.length; k++) {
            IndicatorCheck check = reference.assessment().indicators().get(k);
            for (int i = 0; i < findings.length; i++) {
                if (bearsOn[k][i] && resolution[i] != reference.state()[i]) {
                    check = IndicatorJudge.decide(check.indicator(), ranked).orElseThrow();
                    break;
                }
            }
            checks.add(check);
        }
        return checks;
    }

    /** Records {@code found} as the breach of monotonicity, unless one was found before. */
    void breach(String found) {
        if (breach == null) {
            breach = found;
        }
    }

    /** The breach of monotonicity found, if any. */
    Optional<String> breach() {
        return Optional.ofNullable(breach);
    }

    int calls() {
        return calls;
    }

    int remaining() {
        return budget - calls;
    }

    /** {@code "code-quality.refix-share CRITICAL, monitoring.alerting WARNING and the other unknown criteria absent"}. */
    private String describe(Finding[] resolution) {
        StringJoiner present = new StringJoiner(", ");
        for (int index : unknown) {
            Finding f = resolution[index];
            if (f.isPresent()) {
                present.add(f.criterion().id() + " " + f.severity().orElseThrow());
            }
        }
        return present.length() == 0 ? "every unknown criterion absent"
                : present + " and the other unknown criteria absent";
    }
}
