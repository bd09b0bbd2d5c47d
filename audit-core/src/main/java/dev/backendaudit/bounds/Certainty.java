package dev.backendaudit.bounds;

import dev.backendaudit.internal.Checks;
import dev.backendaudit.model.Assessment;
import dev.backendaudit.model.EvidencePolicy;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.StrategyId;
import java.util.List;
import java.util.Optional;

/**
 * How sure a verdict is and what would change it. Every verdict of the engine carries one
 * ({@code verdict.certainty()}); {@link CertaintySearch} documents how it is found.
 *
 * <pre>{@code
 * Certainty certainty = Evaluator.evaluate(audit).certainty();
 * certainty.bounds();                    // OPTIMIZE .. REBUILD: what the unknowns still allow
 * certainty.settled();                   // whether both bounds are the verdict's outcome
 * certainty.settle().get(0).source();    // the evidence to gather first, and where it comes from
 * certainty.flip();                      // settled and worse than HEALTHY: the least that would improve it
 * certainty.margin();                    // HEALTHY or OPTIMIZE: the nearest finding that would worsen it
 * }</pre>
 *
 * <p>A verdict is <em>settled</em> when both bounds equal its outcome: a REBUILD resting on a measured
 * critical rebuild indicator is settled at 10 % coverage; an OPTIMIZE whose foundation is unknown is not.
 * An INCONCLUSIVE verdict is settled only when no resolution of its unknowns would decide either.
 *
 * <h2>Three forms</h2>
 * <ul>
 *   <li><b>Computed on first use</b>: the certainty of an engine verdict. Evaluating an audit does not run
 *       the search (it costs several evaluations); the first call of an accessor, or of {@code equals},
 *       {@code hashCode} or {@code toString}, runs it once, and every later call, from any thread, reads the
 *       same values. The exception is an INCONCLUSIVE verdict whose strategy leaves the next steps to the
 *       engine: those steps follow {@link #settle()}, so its certainty is computed during evaluation.</li>
 *   <li><b>Known values</b>, {@link #of}: a certainty read from a document, or built by a test.</li>
 *   <li><b>Unknown</b>, {@link #unknown()}: the certainty of a verdict built by hand or read from a document of
 *       schema 1.1 or older. {@link #isKnown()} is false and every other accessor throws.</li>
 * </ul>
 *
 * <p>Equality is by value: two certainties are equal when both are unknown or their values are equal,
 * whichever form holds them (which computes them).
 */
public final class Certainty {

    private static final Certainty UNKNOWN = new Certainty(null, null);

    /** The search a deferred certainty runs: the certainty of a verdict with {@code outcome} on these parts. */
    @FunctionalInterface
    interface Computation {
        Certainty run(Assessment assessment, Outcome outcome, EvidencePolicy policy);
    }

    /** What a deferred certainty was made for, and how to compute it. */
    record Pending(Assessment assessment, Outcome outcome, EvidencePolicy policy, StrategyId strategy,
                   Computation computation) {
    }

    /** The values; for a deferred certainty, set once under {@link #lock}. */
    private record Values(OutcomeBounds bounds, boolean settled, List<SettleStep> settle, Optional<FlipSet> flip,
                          Optional<Margin> margin, int strategyCalls, boolean complete) {
    }

    private final Pending pending;
    private final Object lock = new Object();
    private volatile Values values;

    private Certainty(Pending pending, Values values) {
        this.pending = pending;
        this.values = values;
    }

    /**
     * The certainty of a verdict whose certainty is not known: built by hand, or read from a document without
     * one.
     *
     * @return the unknown certainty; {@link #isKnown()} is false
     */
    public static Certainty unknown() {
        return UNKNOWN;
    }

    /**
     * A certainty of known values.
     *
     * @param bounds        the best and worst outcome the unknown findings still allow
     * @param settled       whether both bounds equal the verdict's outcome
     * @param settle        for a verdict that is not settled: every criterion without evidence, the ones that
     *                      matter first, in the order to gather them; empty when settled
     * @param flip          for a settled verdict worse than HEALTHY: the least change to its present findings
     *                      found that would improve it; empty otherwise, or when no change to them would
     * @param margin        for a HEALTHY or OPTIMIZE verdict: the nearest finding whose worsening would make it
     *                      worse; empty otherwise, or when no single finding's worsening would
     * @param strategyCalls how many times the search ran the strategy (each on one resolution of the audit)
     * @param complete      false when the search stopped at its budget of strategy calls before it finished
     * @return the certainty
     * @throws IllegalArgumentException if a settled verdict has steps to settle it or bounds that are not tight,
     *                                  or the call count is negative
     */
    public static Certainty of(OutcomeBounds bounds, boolean settled, List<SettleStep> settle, Optional<FlipSet> flip,
                               Optional<Margin> margin, int strategyCalls, boolean complete) {
        Checks.notNull("certainty bounds", bounds);
        List<SettleStep> steps = Checks.listCopy("certainty settle steps", settle);
        Checks.notNull("certainty flip", flip);
        Checks.notNull("certainty margin", margin);
        if (settled && !steps.isEmpty()) {
            throw new IllegalArgumentException("certainty of a settled verdict must have no settle steps, but had "
                    + steps.size());
        }
        if (settled && !bounds.isTight()) {
            throw new IllegalArgumentException("certainty can be settled only with tight bounds, but they were " + bounds);
        }
        if (strategyCalls < 0) {
            throw new IllegalArgumentException("certainty strategyCalls must be >= 0, but was " + strategyCalls);
        }
        return new Certainty(null, new Values(bounds, settled, steps, flip, margin, strategyCalls, complete));
    }

    /** A certainty that runs {@code pending}'s computation on first use. */
    static Certainty deferred(Pending pending) {
        return new Certainty(pending, null);
    }

    /**
     * Whether the certainty is known: false only for {@link #unknown()}. A certainty computed on first use is
     * known (asking does not compute it).
     *
     * @return whether the accessors give values
     */
    public boolean isKnown() {
        return this != UNKNOWN;
    }

    /**
     * This certainty as that of a verdict with these parts; {@code Verdict}'s constructor calls it, so that a
     * copy made with a wither never carries a certainty of another verdict. A certainty computed on first use
     * that was made for other parts is made again, still deferred, for these parts by the same strategy and
     * history (or is {@link #unknown()} when {@code strategy} names another strategy than the one that
     * decided); known values are kept, checked against {@code outcome}; nothing is computed here.
     *
     * @param assessment the verdict's assessment
     * @param outcome    the verdict's outcome
     * @param strategy   the strategy the verdict names
     * @param policy     the evidence policy the verdict names
     * @return the certainty the verdict carries
     * @throws IllegalArgumentException if known values call the verdict settled when their bounds are not
     *                                  {@code outcome} (or the other way round)
     */
    public Certainty forVerdict(Assessment assessment, Outcome outcome, StrategyId strategy, EvidencePolicy policy) {
        Checks.notNull("assessment", assessment);
        Checks.notNull("outcome", outcome);
        Checks.notNull("strategy", strategy);
        Checks.notNull("policy", policy);
        if (pending != null) {
            if (!pending.strategy().equals(strategy)) {
                return UNKNOWN;
            }
            if (pending.assessment() == assessment && pending.outcome() == outcome && pending.policy().equals(policy)) {
                return this;
            }
            return deferred(new Pending(assessment, outcome, policy, strategy, pending.computation()));
        }
        Values known = values;
        if (known != null && known.settled() != settles(known.bounds(), outcome)) {
            throw new IllegalArgumentException("verdict certainty must be settled exactly when both bounds are the"
                    + " outcome " + outcome + ", but settled was " + known.settled() + " with bounds " + known.bounds());
        }
        return this;
    }

    /**
     * The best and worst outcome the unknown findings still allow.
     *
     * @return the bounds
     * @throws IllegalStateException if the certainty is not known, or (computed on first use) the strategy
     *                               returned no decision for a resolution
     */
    public OutcomeBounds bounds() {
        return values().bounds();
    }

    /**
     * Whether both bounds equal the verdict's outcome.
     *
     * @return whether the verdict is settled
     * @throws IllegalStateException as {@link #bounds()}
     */
    public boolean settled() {
        return values().settled();
    }

    /**
     * For a verdict that is not settled: every criterion without evidence, the ones that matter first, in the
     * order to gather them; empty when settled.
     *
     * @return the steps
     * @throws IllegalStateException as {@link #bounds()}
     */
    public List<SettleStep> settle() {
        return values().settle();
    }

    /**
     * For a settled verdict worse than HEALTHY: the least change to its present findings found that would
     * improve it.
     *
     * @return the flip set; empty otherwise, or when no change to the present findings would improve it
     * @throws IllegalStateException as {@link #bounds()}
     */
    public Optional<FlipSet> flip() {
        return values().flip();
    }

    /**
     * For a HEALTHY or OPTIMIZE verdict: the nearest finding whose worsening would make it worse.
     *
     * @return the margin; empty otherwise, or when no single finding's worsening would
     * @throws IllegalStateException as {@link #bounds()}
     */
    public Optional<Margin> margin() {
        return values().margin();
    }

    /**
     * How many times the search ran the strategy, each on one resolution of the audit.
     *
     * @return the count
     * @throws IllegalStateException as {@link #bounds()}
     */
    public int strategyCalls() {
        return values().strategyCalls();
    }

    /**
     * Whether the search finished within its budget of strategy calls.
     *
     * @return false when it stopped at {@link CertaintySearch#MAX_STRATEGY_CALLS}
     * @throws IllegalStateException as {@link #bounds()}
     */
    public boolean complete() {
        return values().complete();
    }

    /**
     * Whether {@code outcome} is what these bounds settle on: both bounds equal it.
     *
     * @param outcome a verdict's outcome
     * @return whether a verdict with that outcome and these bounds is settled
     * @throws IllegalStateException as {@link #bounds()}
     */
    public boolean settles(Outcome outcome) {
        Checks.notNull("outcome", outcome);
        return settles(bounds(), outcome);
    }

    private static boolean settles(OutcomeBounds bounds, Outcome outcome) {
        return bounds.best() == outcome && bounds.worst() == outcome;
    }

    /**
     * Whether no resolution of the missing evidence can make the verdict worse than {@code limit}: the worst
     * bound is decided and no worse than it.
     *
     * @param limit HEALTHY, OPTIMIZE or REBUILD
     * @return whether the worst bound stays within {@code limit}
     * @throws IllegalArgumentException if {@code limit} is INCONCLUSIVE
     * @throws IllegalStateException    as {@link #bounds()}
     */
    public boolean cannotBecomeWorseThan(Outcome limit) {
        Checks.notNull("outcome limit", limit);
        if (!limit.isDecided()) {
            throw new IllegalArgumentException("outcome limit must be HEALTHY, OPTIMIZE or REBUILD, but was " + limit);
        }
        Outcome worst = bounds().worst();
        return worst.isDecided() && !worst.isWorseThan(limit);
    }

    /**
     * The steps that matter: those that must be resolved for the bounds to meet, in order.
     *
     * @return the steps whose {@link SettleStep#matters()} is true
     * @throws IllegalStateException as {@link #bounds()}
     */
    public List<SettleStep> stepsThatMatter() {
        return settle().stream().filter(SettleStep::matters).toList();
    }

    private Values values() {
        Values known = values;
        if (known != null) {
            return known;
        }
        if (pending == null) {
            throw new IllegalStateException("the certainty of this verdict is not known: it was built by hand or read"
                    + " from a document without one (schema 1.1 or older); check isKnown() first");
        }
        synchronized (lock) {
            known = values;
            if (known == null) {
                Certainty computed = pending.computation().run(pending.assessment(), pending.outcome(),
                        pending.policy());
                known = computed.values();
                values = known;
            }
            return known;
        }
    }

    /**
     * Equal when both are unknown, or both are known with equal values (computing either if it was not yet).
     *
     * @param other another object
     * @return whether it is an equal certainty
     */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Certainty that) || isKnown() != that.isKnown()) {
            return false;
        }
        return !isKnown() || values().equals(that.values());
    }

    /**
     * The hash of the values (computing them if they were not yet).
     *
     * @return the hash
     */
    @Override
    public int hashCode() {
        return isKnown() ? values().hashCode() : 0;
    }

    /**
     * The values, in the form of a record's {@code toString} (computing them if they were not yet), or
     * {@code "Certainty[unknown]"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        if (!isKnown()) {
            return "Certainty[unknown]";
        }
        Values v = values();
        return "Certainty[bounds=" + v.bounds() + ", settled=" + v.settled() + ", settle=" + v.settle() + ", flip="
                + v.flip() + ", margin=" + v.margin() + ", strategyCalls=" + v.strategyCalls() + ", complete="
                + v.complete() + "]";
    }

    /** Whether the values are there, without computing them: for the tests of this package that check laziness. */
    boolean isComputed() {
        return values != null;
    }
}
