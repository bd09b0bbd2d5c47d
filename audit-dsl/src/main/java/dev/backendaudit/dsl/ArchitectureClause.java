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
 *         .componentsScaleIndependently(true)
 *         .supportsGrowth(true)
 *         .atScalingLimit(false)
 *         .dependencyCycles(0))
 *     .evaluate();
 * }</pre>
 *
 * <p>Every answer comes with and without a note; a note must not be null or blank.
 */
public interface ArchitectureClause extends AreaClause<ArchitectureClause> {

    /**
     * Parts have clear boundaries: the healthy answer.
     *
     * <pre>{@code a -> a.modular().dependencyCycles(0)}</pre>
     *
     * @return the clause, with the answer
     */
    ArchitectureClause modular();

    /**
     * Parts have clear boundaries: the healthy answer, with a note saying how.
     *
     * <pre>{@code a -> a.modular("orders, payments and inventory are separate modules")}</pre>
     *
     * @param note how the parts are separated
     * @return the clause, with the answer
     * @throws NullPointerException     naming the clause if {@code note} is null (use {@link #modular()})
     * @throws IllegalArgumentException naming the clause if {@code note} is blank
     */
    ArchitectureClause modular(String note);

    /**
     * Parts are wired to each other: a warning (sign "tight coupling").
     *
     * <pre>{@code a -> a.tightlyCoupled().dependencyCycles(23)}</pre>
     *
     * @return the clause, with the answer
     */
    ArchitectureClause tightlyCoupled();

    /**
     * Parts are wired to each other: a warning (sign "tight coupling"), with a note saying how.
     *
     * <pre>{@code a -> a.tightlyCoupled("orders, invoicing and stock share one schema")}</pre>
     *
     * @param note how the parts are coupled
     * @return the clause, with the answer
     * @throws NullPointerException     naming the clause if {@code note} is null (use {@link #tightlyCoupled()})
     * @throws IllegalArgumentException naming the clause if {@code note} is blank
     */
    ArchitectureClause tightlyCoupled(String note);

    /**
     * Whether each component scales without the others; "no" is a warning.
     *
     * <pre>{@code a -> a.componentsScaleIndependently(true)}</pre>
     *
     * @param yes the answer
     * @return the clause, with the answer
     */
    ArchitectureClause componentsScaleIndependently(boolean yes);

    /**
     * Whether each component scales without the others, with a note; "no" is a warning.
     *
     * <pre>{@code a -> a.componentsScaleIndependently(false, "everything is one deployable")}</pre>
     *
     * @param yes  the answer
     * @param note why
     * @return the clause, with the answer
     * @throws NullPointerException     naming the clause if {@code note} is null (leave it out instead)
     * @throws IllegalArgumentException naming the clause if {@code note} is blank
     */
    ArchitectureClause componentsScaleIndependently(boolean yes, String note);

    /**
     * Whether the architecture fits the expected growth; "no" is an early warning that it cannot scale.
     *
     * <pre>{@code a -> a.supportsGrowth(true)}</pre>
     *
     * @param yes the answer
     * @return the clause, with the answer
     */
    ArchitectureClause supportsGrowth(boolean yes);

    /**
     * Whether the architecture fits the expected growth, with a note; "no" is an early warning that it
     * cannot scale.
     *
     * <pre>{@code a -> a.supportsGrowth(false, "one database for every tenant")}</pre>
     *
     * @param yes  the answer
     * @param note why
     * @return the clause, with the answer
     * @throws NullPointerException     naming the clause if {@code note} is null (leave it out instead)
     * @throws IllegalArgumentException naming the clause if {@code note} is blank
     */
    ArchitectureClause supportsGrowth(boolean yes, String note);

    /**
     * Whether the architecture has hit a limit no tuning gets past; "yes" is a critical rebuild indicator.
     *
     * <pre>{@code a -> a.atScalingLimit(false)}</pre>
     *
     * @param yes the answer
     * @return the clause, with the answer
     */
    ArchitectureClause atScalingLimit(boolean yes);

    /**
     * Whether the architecture has hit a limit no tuning gets past, with a note; "yes" is a critical
     * rebuild indicator.
     *
     * <pre>{@code a -> a.atScalingLimit(true, "the database already runs on the largest instance size")}</pre>
     *
     * @param yes  the answer
     * @param note why
     * @return the clause, with the answer
     * @throws NullPointerException     naming the clause if {@code note} is null (leave it out instead)
     * @throws IllegalArgumentException naming the clause if {@code note} is blank
     */
    ArchitectureClause atScalingLimit(boolean yes, String note);

    /**
     * Cycles between packages or components. Default bounds: warning above 0, critical above 5.
     *
     * <pre>{@code a -> a.dependencyCycles(3).warnAbove(Quantity.count(2)).criticalAbove(Quantity.count(10))}</pre>
     *
     * @param cycles the number of cycles
     * @return the step that may bound the measurement
     * @throws IllegalArgumentException naming the clause if {@code cycles} is negative
     */
    ArchitectureAboveStep dependencyCycles(int cycles);

    /**
     * Mean distance of components from the main sequence, 0 to 1 (reported as a percentage).
     * Default bounds: warning above 30%, critical above 50%.
     *
     * <pre>{@code a -> a.mainSequenceDistance(0.22)}</pre>
     *
     * @param distance the mean distance
     * @return the step that may bound the measurement
     * @throws IllegalArgumentException naming the clause if {@code distance} is outside [0, 1]
     */
    ArchitectureAboveStep mainSequenceDistance(double distance);
}
