package dev.backendaudit.model;

import dev.backendaudit.internal.Checks;

/**
 * How much evidence a verdict needs, enforced by the engine for every scoring strategy, built-in or
 * a team's own, and recorded in each verdict. A strategy may be stricter, never laxer:
 *
 * <ul>
 *   <li>HEALTHY needs every counted area (an area with at least one applicable criterion) decided on
 *       evidence, and coverage at or above {@link #minimumCoverage()};</li>
 *   <li>OPTIMIZE needs coverage at or above the minimum;</li>
 *   <li>REBUILD needs coverage at or above the minimum, unless no missing evidence could undo it: the
 *       strategy still decides REBUILD when every undecided criterion is taken to be absent (a REBUILD
 *       resting on a measured critical rebuild indicator stands on thin evidence; one resting on a score
 *       of three criteria does not).</li>
 * </ul>
 *
 * <p>A decision that breaks the policy becomes INCONCLUSIVE, with the rule {@value #RULE} first in the
 * rationale saying what the strategy decided and which part of the policy it broke, and next steps that
 * name the evidence to gather.
 *
 * <pre>{@code
 * Evaluator.evaluate(audit, strategy, history, EvidencePolicy.minimumCoverage(0.7));
 * }</pre>
 *
 * @param minimumCoverage the least share of applicable criteria that evidence must decide, in [0, 1]
 */
public record EvidencePolicy(double minimumCoverage) {

    /** The rule id of a verdict the policy made INCONCLUSIVE. */
    public static final String RULE = "evidence-policy";

    /** Figure: what the strategy decided, when the policy made the verdict INCONCLUSIVE. */
    public static final Figure<Outcome> STRATEGY_OUTCOME = Figure.outcome(RULE, "strategy-outcome");

    /** The default policy: at least half of the applicable criteria decided. */
    public static final EvidencePolicy DEFAULT = new EvidencePolicy(0.5);

    /** @throws IllegalArgumentException if the minimum is not in [0, 1] */
    public EvidencePolicy {
        Checks.ratio("evidence policy minimumCoverage", minimumCoverage);
    }

    /**
     * The policy with {@code minimum} coverage.
     *
     * @param minimum the least decided share of applicable criteria, in [0, 1]
     * @return the policy
     */
    public static EvidencePolicy minimumCoverage(double minimum) {
        return new EvidencePolicy(minimum);
    }

    /**
     * Whether {@code coverage} reaches the minimum; coverage of nothing applicable never does.
     *
     * @param coverage the coverage to test
     * @return whether it is enough
     */
    public boolean covers(Coverage coverage) {
        Checks.notNull("coverage", coverage);
        return coverage.applicable() > 0 && coverage.ratio() >= minimumCoverage;
    }

    /** {@code "at least 50% of applicable criteria decided; every counted area decided for HEALTHY"}. */
    @Override
    public String toString() {
        return "at least " + Quantity.ratio(minimumCoverage) + " of applicable criteria decided; every counted area"
                + " decided for HEALTHY";
    }
}
