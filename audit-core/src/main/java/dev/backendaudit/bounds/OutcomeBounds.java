package dev.backendaudit.bounds;

import dev.backendaudit.internal.Checks;
import dev.backendaudit.model.Outcome;
import java.util.Optional;

/**
 * The best and the worst outcome a verdict's strategy could still reach once its unknown findings are
 * resolved: {@code best} with every unknown finding absent, {@code worst} with every unknown finding at its
 * worst severity. For a strategy that never gives a better outcome for a worse finding (every built-in
 * strategy; see {@code ScoringStrategyProperties}), every other resolution lies between the two, so no
 * missing evidence can make the verdict better than {@code best} or worse than {@code worst}.
 *
 * <p>The search checks that law on sample resolutions of the audit's own unknowns; when one falls outside
 * the bounds, the strategy broke monotonicity on this audit, {@link #monotone()} is false and
 * {@link #breach()} says which resolution did it. The bounds are then still the two resolutions above, but
 * no longer limits (the best may even be worse than the worst).
 *
 * <p>Either bound is INCONCLUSIVE only when the strategy itself refuses to decide with every criterion
 * resolved (a gate whose measurement no criterion judges, say); then the bounds are not ordered.
 *
 * @param best     the outcome with every unknown finding absent
 * @param worst    the outcome with every unknown finding at its worst severity
 * @param monotone whether every sampled resolution lay within the bounds
 * @param breach   the resolution that did not, given exactly when {@code monotone} is false
 */
public record OutcomeBounds(Outcome best, Outcome worst, boolean monotone, Optional<String> breach) {

    /**
     * @param best     the outcome with every unknown finding absent
     * @param worst    the outcome with every unknown finding at its worst severity
     * @param monotone whether every sampled resolution lay within the bounds
     * @param breach   the resolution that did not, given exactly when {@code monotone} is false
     * @throws IllegalArgumentException if the breach does not match monotone, or best is worse than worst for
     *                                  bounds called monotone
     */
    public OutcomeBounds {
        Checks.notNull("bounds best", best);
        Checks.notNull("bounds worst", worst);
        Checks.notNull("bounds breach", breach);
        breach.ifPresent(b -> Checks.notBlank("bounds breach", b));
        if (breach.isPresent() == monotone) {
            throw new IllegalArgumentException("bounds breach must be given exactly when monotone is false, but monotone"
                    + " was " + monotone + " and breach was " + breach.orElse("none"));
        }
        if (monotone && best.isDecided() && worst.isDecided() && best.isWorseThan(worst)) {
            throw new IllegalArgumentException("bounds best must not be worse than worst unless the strategy broke"
                    + " monotonicity, but best was " + best + " and worst " + worst);
        }
    }

    /**
     * Bounds checked on every sampled resolution.
     *
     * @param best  the outcome with every unknown finding absent
     * @param worst the outcome with every unknown finding at its worst
     * @return the bounds
     */
    public static OutcomeBounds of(Outcome best, Outcome worst) {
        return new OutcomeBounds(best, worst, true, Optional.empty());
    }

    /**
     * Whether both bounds are the same outcome: no missing evidence can move the strategy's decision.
     *
     * @return whether best and worst are equal
     */
    public boolean isTight() {
        return best == worst;
    }

    /**
     * Whether {@code outcome} lies within the bounds (both ends included); never for INCONCLUSIVE or for
     * bounds that are not ordered.
     *
     * @param outcome an outcome
     * @return whether it lies between best and worst
     */
    public boolean contains(Outcome outcome) {
        Checks.notNull("outcome", outcome);
        if (!outcome.isDecided() || !best.isDecided() || !worst.isDecided()) {
            return outcome == best && outcome == worst;
        }
        return !best.isWorseThan(outcome) && !outcome.isWorseThan(worst)
                || !worst.isWorseThan(outcome) && !outcome.isWorseThan(best);
    }

    /** {@code "OPTIMIZE .. REBUILD"}, or {@code "REBUILD"} when tight. */
    @Override
    public String toString() {
        return isTight() ? best.name() : best + " .. " + worst;
    }
}
