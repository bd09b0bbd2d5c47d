package dev.backendaudit.model;

/**
 * How much of what an audit checks was decided by evidence: {@code decided} of {@code applicable}
 * criteria. Criteria whose evidence says they do not apply count in neither.
 *
 * @param decided    criteria decided by evidence (ABSENT or PRESENT)
 * @param applicable criteria that apply (all but NOT_APPLICABLE)
 */
public record Coverage(int decided, int applicable) {

    /**
     * Creates a {@code Coverage}, checking its components.
     *
     * @param decided    criteria decided by evidence (ABSENT or PRESENT)
     * @param applicable criteria that apply (all but NOT_APPLICABLE)
     * @throws IllegalArgumentException if a count is negative or decided exceeds applicable
     */
    public Coverage {
        if (applicable < 0) {
            throw new IllegalArgumentException("coverage applicable must be >= 0, but was " + applicable);
        }
        if (decided < 0 || decided > applicable) {
            throw new IllegalArgumentException("coverage decided must be in [0, " + applicable + "], but was " + decided);
        }
    }

    /**
     * The decided share in [0, 1]; 0 when nothing applies.
     *
     * @return decided over applicable criteria, in [0, 1]
     */
    public double ratio() {
        return applicable == 0 ? 0 : (double) decided / applicable;
    }

    /** {@code "31 of 48 criteria (65%)"}. */
    @Override
    public String toString() {
        return decided + " of " + applicable + " criteria (" + Quantity.ratio(ratio()) + ")";
    }
}
