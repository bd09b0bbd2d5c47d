package dev.backendaudit.bounds;

import dev.backendaudit.internal.Checks;
import dev.backendaudit.model.Outcome;
import java.util.List;
import java.util.Optional;

/**
 * How sure a verdict is and what would change it. Every verdict of the engine carries one
 * ({@code verdict.certainty()}); {@link CertaintySearch} computes it.
 *
 * <pre>{@code
 * Certainty certainty = Evaluator.evaluate(audit).certainty().orElseThrow();
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
 */
public record Certainty(OutcomeBounds bounds, boolean settled, List<SettleStep> settle, Optional<FlipSet> flip,
                        Optional<Margin> margin, int strategyCalls, boolean complete) {

    /** @throws IllegalArgumentException if a settled verdict has steps to settle it, or the call count is negative */
    public Certainty {
        Checks.notNull("certainty bounds", bounds);
        settle = Checks.listCopy("certainty settle steps", settle);
        Checks.notNull("certainty flip", flip);
        Checks.notNull("certainty margin", margin);
        if (settled && !settle.isEmpty()) {
            throw new IllegalArgumentException("certainty of a settled verdict must have no settle steps, but had "
                    + settle.size());
        }
        if (settled && !bounds.isTight()) {
            throw new IllegalArgumentException("certainty can be settled only with tight bounds, but they were " + bounds);
        }
        if (strategyCalls < 0) {
            throw new IllegalArgumentException("certainty strategyCalls must be >= 0, but was " + strategyCalls);
        }
    }

    /**
     * Whether {@code outcome} is what these bounds settle on: both bounds equal it.
     *
     * @param outcome a verdict's outcome
     * @return whether a verdict with that outcome and these bounds is settled
     */
    public boolean settles(Outcome outcome) {
        Checks.notNull("outcome", outcome);
        return bounds.best() == outcome && bounds.worst() == outcome;
    }

    /**
     * Whether no resolution of the missing evidence can make the verdict worse than {@code limit}: the worst
     * bound is decided and no worse than it.
     *
     * @param limit HEALTHY, OPTIMIZE or REBUILD
     * @return whether the worst bound stays within {@code limit}
     * @throws IllegalArgumentException if {@code limit} is INCONCLUSIVE
     */
    public boolean cannotBecomeWorseThan(Outcome limit) {
        Checks.notNull("outcome limit", limit);
        if (!limit.isDecided()) {
            throw new IllegalArgumentException("outcome limit must be HEALTHY, OPTIMIZE or REBUILD, but was " + limit);
        }
        return bounds.worst().isDecided() && !bounds.worst().isWorseThan(limit);
    }

    /**
     * The steps that matter: those that must be resolved for the bounds to meet, in order.
     *
     * @return the steps whose {@link SettleStep#matters()} is true
     */
    public List<SettleStep> stepsThatMatter() {
        return settle.stream().filter(SettleStep::matters).toList();
    }
}
