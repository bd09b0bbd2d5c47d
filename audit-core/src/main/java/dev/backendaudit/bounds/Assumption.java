package dev.backendaudit.bounds;

/** What a {@link FlipSet} takes the audit's criteria without evidence to be. */
public enum Assumption {
    /** The audit has no criterion without evidence: nothing is assumed. */
    NO_UNKNOWNS,
    /** Every criterion without evidence at its worst severity: the change improves the verdict whatever the
     * missing evidence shows. */
    UNKNOWNS_AT_WORST,
    /** Every criterion without evidence absent: the change improves the verdict if the missing evidence
     * shows no problem (searched only when no change helps with the unknowns at their worst). */
    UNKNOWNS_ABSENT
}
