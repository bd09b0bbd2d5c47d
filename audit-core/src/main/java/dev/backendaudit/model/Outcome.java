package dev.backendaudit.model;

/**
 * What the audit recommends. HEALTHY, OPTIMIZE and REBUILD are ordered from best to worst;
 * INCONCLUSIVE means the evidence was too thin to decide honestly and is not ordered against them.
 */
public enum Outcome {
    /** Every area is healthy on real evidence: keep doing what works. */
    HEALTHY,
    /** Problems are isolated and the foundation holds: targeted improvements will do. */
    OPTIMIZE,
    /** The foundation cannot support growth: plan a staged rebuild. */
    REBUILD,
    /** Too little evidence to decide; the verdict says which evidence would settle it. */
    INCONCLUSIVE;

    /**
     * Whether this outcome is a decision (not INCONCLUSIVE).
     *
     * @return false for INCONCLUSIVE, true otherwise
     */
    public boolean isDecided() {
        return this != INCONCLUSIVE;
    }

    /**
     * Whether this decided outcome is worse than {@code other}: REBUILD is worse than OPTIMIZE,
     * which is worse than HEALTHY.
     *
     * @param other a decided outcome to compare with
     * @return true when this outcome comes later in the order HEALTHY, OPTIMIZE, REBUILD
     * @throws IllegalArgumentException if either outcome is INCONCLUSIVE, which has no place in the order
     */
    public boolean isWorseThan(Outcome other) {
        if (!isDecided() || !other.isDecided()) {
            throw new IllegalArgumentException("outcomes must be decided to be compared, but were " + this + " and " + other);
        }
        return ordinal() > other.ordinal();
    }
}
