package dev.backendaudit.bounds;

import dev.backendaudit.bounds.internal.MarginSearch;
import dev.backendaudit.bounds.internal.Resolutions;
import dev.backendaudit.bounds.internal.Search;
import dev.backendaudit.internal.Checks;
import dev.backendaudit.model.Assessment;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.EvidencePolicy;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.scoring.ScoringStrategy;

/**
 * Computes a verdict's {@link Certainty}. The engine attaches one to every verdict
 * ({@code Evaluator.evaluate}), {@linkplain #deferred deferred}: the search runs when the certainty is
 * first used, not during evaluation. Call it yourself only for an assessment you decided some other way.
 *
 * <pre>{@code
 * Certainty now   = CertaintySearch.run(assessment, strategy, history, EvidencePolicy.DEFAULT, outcome);
 * Certainty later = CertaintySearch.deferred(assessment, strategy, history, EvidencePolicy.DEFAULT, outcome);
 * }</pre>
 *
 * <h2>How it searches</h2>
 *
 * A <em>resolution</em> replaces findings of the assessment with hypothetical ones (each explained as
 * hypothetical, decided by the criterion's own rule from hypothetical evidence: a measurement at the end of
 * the metric's range or on a bound, a choice of the question, a series). Every resolution is a possible one:
 * as an audit refuses a p95 below its p50, a hypothetical latency percentile is held no higher than the lowest
 * given percentile above it of the same load, then raised to the highest one below it (given evidence never
 * moves), so a p95 taken to be absent beside a measured p50 of 600 ms is 600 ms. Every resolution is decided the
 * way the engine decides a verdict: the strategy's {@code decide} with the same history, then the
 * {@link EvidencePolicy}. One such decision is one <em>strategy call</em>; a search makes at most
 * {@value #MAX_STRATEGY_CALLS}, and says so ({@link Certainty#complete()} false) when it stops there.
 *
 * <ol>
 *   <li><b>Bounds</b> (2 calls): best with every unknown finding absent, worst with every unknown finding
 *       at its worst severity (the critical side of a threshold, the answer of the highest severity, the
 *       steepest change of a trend).</li>
 *   <li><b>Monotonicity</b> ({@value Search#SAMPLES} calls): random resolutions (each unknown absent, at a
 *       warning, or at its worst; a fixed seed, so verdicts stay deterministic), each checked to lie within
 *       the bounds, as is every resolution of the unknowns made below. The first that does not is the
 *       {@link OutcomeBounds#breach()}.</li>
 *   <li><b>What would settle it</b>, when the verdict is not settled (at most 4 calls per unknown criterion):
 *       alone, each unknown at its worst with the others absent ({@link SettleStep#ifWorst()}); then greedily
 *       in sequence, round by round: one linear pass from "all absent" puts each unknown, least important
 *       first, at its worst unless that reaches the current worst bound; those it could not are the ones
 *       that must all be found absent for the worst bound to come down, and come next in the list, the most
 *       narrowing alone first; one more call decides the worst bound once the whole round is found absent
 *       ({@link SettleStep#worstOnceAbsent()} of its last step). Rounds repeat until the worst bound meets
 *       the best. Some figures follow from these calls by monotonicity rather than calls of their own: the
 *       worst bound stays until a round's last step (each step of the round, at its worst with the others of
 *       it absent, reached it in the pass), and found absent alone, the others at their worst
 *       ({@link SettleStep#ifAbsent()}), a member of a first round of several, or an unknown the pass kept at
 *       worst after it found a member, leaves the worst bound where it is; the other unknowns get a call.
 *       The criteria left over do not matter once those are resolved. Ties go to foundation areas, then to
 *       the more severe worst case, then to rebuild indicators, then to the criterion id.</li>
 *   <li><b>What would flip it</b>, for a settled verdict worse than HEALTHY (at most 3 calls per present
 *       finding, twice): with every unknown at its worst, every present finding made absent; if that
 *       improves the outcome, a linear pass restores the findings one by one, keeping each restoration that
 *       leaves the outcome improved, so that every finding left changed is needed. Two passes run, in two
 *       orders (area by area, the areas with the most present findings first; and least important first),
 *       and the smaller set wins; then each critical finding left is tried at a warning instead of absent.
 *       If no change helps with the unknowns at their worst, the same with them absent ({@link Assumption}).
 *       The set is irreducible, not necessarily the smallest there is.</li>
 *   <li><b>The margin</b>, for a HEALTHY or OPTIMIZE verdict (at most {@value MarginSearch#NEAREST} calls):
 *       with every unknown absent, each decided finding worsened past one of its bounds, measured ones
 *       nearest the bound first (then answers and trends, which have no distance to measure), until one makes
 *       the outcome worse; only the {@value MarginSearch#NEAREST} nearest bounds are tried, so a verdict without
 *       a margin is one that none of them can make worse.</li>
 * </ol>
 *
 * <p>On the 50-criterion realistic audit of the benchmarks the whole search makes 12 to 36 strategy calls
 * and costs about 13 to 18 times one evaluation (see {@code BENCHMARKS.md}); a verdict of the engine pays it
 * only when its certainty is first used.
 */
public final class CertaintySearch {

    /** The most strategy calls one search makes. */
    public static final int MAX_STRATEGY_CALLS = 512;

    private CertaintySearch() {
    }

    /**
     * The certainty of a verdict with {@code outcome} on {@code assessment}, decided by {@code strategy}.
     *
     * @param assessment what evidence says
     * @param strategy   the strategy that decided
     * @param history    the earlier verdicts it was given
     * @param policy     the evidence policy the outcome was held to
     * @param outcome    the verdict's outcome, after the policy
     * @return the certainty
     * @throws IllegalStateException if the strategy returns no decision for a resolution
     */
    public static Certainty run(Assessment assessment, ScoringStrategy strategy, AuditHistory history,
                                EvidencePolicy policy, Outcome outcome) {
        Checks.notNull("assessment", assessment);
        Checks.notNull("strategy", strategy);
        Checks.notNull("history", history);
        Checks.notNull("policy", policy);
        Checks.notNull("outcome", outcome);
        return Search.run(Resolutions.of(assessment, strategy, history, policy, MAX_STRATEGY_CALLS), outcome);
    }

    /**
     * The certainty of a verdict with {@code outcome} on {@code assessment}, decided by {@code strategy},
     * computed on first use: this call runs nothing; the first accessor of the result runs {@link #run} once,
     * thread-safely, and keeps the values. The result holds the assessment, the strategy, the history and the
     * policy until then (and after, so that a copy of its verdict made with a wither can be computed again).
     *
     * @param assessment what evidence says
     * @param strategy   the strategy that decided; it must be safe to call from the thread that first uses
     *                   the certainty (the built-in strategies are stateless)
     * @param history    the earlier verdicts it was given
     * @param policy     the evidence policy the outcome was held to
     * @param outcome    the verdict's outcome, after the policy
     * @return the deferred certainty; its accessors throw {@link IllegalStateException} if the strategy returns
     *         no decision for a resolution
     */
    public static Certainty deferred(Assessment assessment, ScoringStrategy strategy, AuditHistory history,
                                     EvidencePolicy policy, Outcome outcome) {
        Checks.notNull("assessment", assessment);
        Checks.notNull("strategy", strategy);
        Checks.notNull("history", history);
        Checks.notNull("policy", policy);
        Checks.notNull("outcome", outcome);
        return Certainty.deferred(new Certainty.Pending(assessment, outcome, policy, strategy.id(),
                (a, o, p) -> run(a, strategy, history, p, o)));
    }
}
