package dev.backendaudit.test.baseline;

import dev.backendaudit.internal.Checks;
import java.util.Optional;

/**
 * A baseline entry or waiver whose criterion id names no criterion of the audit: a typo or a
 * leftover, which fails the comparison rather than being ignored.
 *
 * @param criterionId the id the entry names
 * @param waiver      the waiver, when the entry is one; empty for a baseline entry
 * @param nearest     the audit's criterion id nearest to it, if one is near
 */
public record UnmatchedEntry(String criterionId, Optional<Waiver> waiver, Optional<String> nearest)
        implements Departure {

    /** @throws IllegalArgumentException if the id is blank or a field is null */
    public UnmatchedEntry {
        Checks.notBlank("criterionId", criterionId);
        Checks.notNull("waiver", waiver);
        Checks.notNull("nearest", nearest);
    }

    /** Whether the entry is a waiver (otherwise it is a baseline entry). */
    public boolean isWaiver() {
        return waiver.isPresent();
    }

    @Override
    public String describe() {
        String entry = waiver.map(w -> "waiver of '" + criterionId + "' by " + w.owner())
                .orElse("baseline entry '" + criterionId + "'");
        return entry + " names no criterion of this audit"
                + nearest.map(n -> "; did you mean '" + n + "'?").orElse("; no criterion of the audit is near it")
                + " (remove it, or correct its id)";
    }

    @Override
    public String toString() {
        return describe();
    }
}
