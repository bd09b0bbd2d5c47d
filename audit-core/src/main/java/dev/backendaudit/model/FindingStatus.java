package dev.backendaudit.model;

/** The outcome of one criterion. */
public enum FindingStatus {
    /** The evidence shows the sign is not there. */
    ABSENT,
    /** The evidence shows the sign, with a {@link Severity}. */
    PRESENT,
    /** No usable evidence: the sign may or may not be there. Never counts as healthy. */
    UNKNOWN,
    /** The evidence says the criterion does not apply to this system. */
    NOT_APPLICABLE;

    /**
     * Whether evidence decided the criterion either way.
     *
     * @return true for ABSENT and PRESENT; false for UNKNOWN and NOT_APPLICABLE
     */
    public boolean isDecided() {
        return this == ABSENT || this == PRESENT;
    }
}
