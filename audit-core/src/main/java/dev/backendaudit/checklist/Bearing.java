package dev.backendaudit.checklist;

import dev.backendaudit.internal.Checks;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.Severity;
import dev.backendaudit.model.Sign;

/**
 * Which findings bear on a rebuild indicator or an optimization condition: the findings of every
 * criterion that detects {@link #sign()}, which count for it when present at {@link #countsAt()} or
 * worse. A bearing is by sign, not by criterion, so that a criterion a team replaces (other bounds)
 * or adds (its own measurement of the same sign) bears on it too.
 *
 * <pre>{@code
 * Bearing.of(Signs.COMPLEX_CODEBASE, Severity.CRITICAL)   // critical complexity is unmanageable complexity
 * }</pre>
 *
 * @param sign     the sign whose criteria bear on it
 * @param countsAt the least severity at which a present finding of that sign counts
 */
public record Bearing(Sign sign, Severity countsAt) {

    /** @throws NullPointerException if an argument is null */
    public Bearing {
        Checks.notNull("bearing sign", sign);
        Checks.notNull("bearing severity of '" + sign.id() + "'", countsAt);
    }

    /**
     * A bearing; see the record's components.
     *
     * @param sign     the sign whose criteria bear on it
     * @param countsAt the least severity at which a present finding counts
     * @return the bearing
     */
    public static Bearing of(Sign sign, Severity countsAt) {
        return new Bearing(sign, countsAt);
    }

    /**
     * Whether {@code finding} bears on it: its criterion detects {@link #sign()}.
     *
     * @param finding a finding
     * @return whether it bears
     */
    public boolean bearsOn(Finding finding) {
        Sign other = finding.sign();
        return other == sign || other.equals(sign);   // the same instance, almost always: skip comparing fields
    }

    /**
     * Whether {@code finding} counts for it: it bears, and is present at {@link #countsAt()} or worse.
     *
     * @param finding a finding
     * @return whether it counts
     */
    public boolean countsFor(Finding finding) {
        return bearsOn(finding) && finding.isAtLeast(countsAt);
    }

    /** {@code "complex-codebase at CRITICAL"}. */
    @Override
    public String toString() {
        return sign.id() + " at " + countsAt;
    }
}
