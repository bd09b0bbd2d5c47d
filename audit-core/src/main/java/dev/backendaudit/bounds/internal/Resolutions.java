package dev.backendaudit.bounds.internal;

import dev.backendaudit.model.Area;
import dev.backendaudit.model.AreaAssessment;
import dev.backendaudit.model.Assessment;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.EvidencePolicy;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.FindingStatus;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.scoring.Decision;
import dev.backendaudit.scoring.ScoringStrategy;
import dev.backendaudit.scoring.internal.IndicatorJudge;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The resolutions of one audit's assessment: the assessment with some findings replaced by hypothetical ones
 * (every unknown finding absent, at its worst, a present finding improved...), each decided exactly as the
 * engine decides a verdict: the strategy's {@code decide}, then the {@link PolicyPath}. Counts the strategy
 * calls against a budget and records the first resolution of the unknowns that falls outside the bounds.
 * Not part of the API; not thread-safe (one search at a time).
 */
public final class Resolutions {

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
    private final int[] unknown;
    private final Finding[] absent;
    private final Finding[] worst;
    private final int budget;
    private int calls;
    private Outcome bestOutcome;
    private Outcome worstOutcome;
    private String breach;

    private Resolutions(Assessment base, ScoringStrategy strategy, AuditHistory history, EvidencePolicy policy,
                        int budget) {
        this.base = base;
        this.strategy = strategy;
        this.history = history;
        this.policy = policy;
        this.budget = budget;
        this.areas = base.areas().stream().map(AreaAssessment::area).toList();
        this.findings = base.findings().toArray(new Finding[0]);
        this.unknown = java.util.stream.IntStream.range(0, findings.length)
                .filter(i -> findings[i].status() == FindingStatus.UNKNOWN).toArray();
        this.absent = new Finding[unknown.length];
        this.worst = new Finding[unknown.length];
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
        List<Finding> ranked = new ArrayList<>(findings);
        ranked.sort(Finding.BY_IMPACT);
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
            bestOutcome = probe(allAbsent());
        }
        return bestOutcome;
    }

    /** The outcome with every unknown finding at its worst (decided once, then remembered). */
    Outcome worst() {
        if (worstOutcome == null) {
            worstOutcome = probe(allWorst());
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
        if (calls >= budget) {
            throw new Exhausted();
        }
        calls++;
        Assessment assessment = assemble(base.subject(), base.at(), areas, Arrays.asList(resolution), base.context());
        Outcome decided = decide(strategy, assessment, history).outcome();
        // every resolution decides every criterion: its best case is itself
        return PolicyPath.outcome(policy, assessment, decided, () -> decided);
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
