package dev.backendaudit.model;

/** An area's health. */
public enum Health {
    /** Every decided criterion of the area is healthy and none is present. */
    HEALTHY,
    /** A sign of the area is present as a warning. */
    NEEDS_ATTENTION,
    /** A sign of the area is present at critical severity. */
    CRITICAL,
    /** No criterion of the area was decided by evidence. Never counts as healthy. */
    UNKNOWN;

    /**
     * Whether the area needs attention or is critical.
     *
     * @return true for NEEDS_ATTENTION and CRITICAL; false for HEALTHY and UNKNOWN
     */
    public boolean needsAttention() {
        return this == NEEDS_ATTENTION || this == CRITICAL;
    }
}
