package dev.backendaudit.dsl;

/**
 * The vocabulary of the Architecture area (a foundation area): modular or tightly coupled, whether
 * components scale independently, whether the architecture fits growth or has hit its limit, and
 * dependency metrics. Defaults come from {@code dev.backendaudit.checklist.Criteria}.
 *
 * <pre>{@code
 * BackendAudit.of("checkout-service")
 *     .architecture(a -> a
 *         .modular("orders, payments and inventory are separate modules")
 *         .componentsScaleIndependently(true, null)
 *         .supportsGrowth(true, null)
 *         .atScalingLimit(false, null)
 *         .dependencyCycles(0))
 *     .evaluate();
 * }</pre>
 */
public interface ArchitectureClause extends AreaClause<ArchitectureClause> {

    /** Parts have clear boundaries: the healthy answer. {@code note} may be null. */
    ArchitectureClause modular(String note);

    /** Parts are wired to each other: a warning (sign "tight coupling"). {@code note} may be null. */
    ArchitectureClause tightlyCoupled(String note);

    /** Whether each component scales without the others; "no" is a warning. */
    ArchitectureClause componentsScaleIndependently(boolean yes, String note);

    /** Whether the architecture fits the expected growth; "no" is an early warning that it cannot scale. */
    ArchitectureClause supportsGrowth(boolean yes, String note);

    /** Whether the architecture has hit a limit no tuning gets past; "yes" is a critical rebuild indicator. */
    ArchitectureClause atScalingLimit(boolean yes, String note);

    /**
     * Cycles between packages or components. Default bounds: warning above 0, critical above 5.
     *
     * <pre>{@code a -> a.dependencyCycles(3).warnAbove(Quantity.count(2)).criticalAbove(Quantity.count(10))}</pre>
     *
     * @throws IllegalArgumentException naming the clause if {@code cycles} is negative
     */
    ArchitectureAboveStep dependencyCycles(int cycles);

    /**
     * Mean distance of components from the main sequence, 0 to 1 (reported as a percentage).
     * Default bounds: warning above 30%, critical above 50%.
     *
     * <pre>{@code a -> a.mainSequenceDistance(0.22)}</pre>
     *
     * @throws IllegalArgumentException naming the clause if {@code distance} is outside [0, 1]
     */
    ArchitectureAboveStep mainSequenceDistance(double distance);
}
