package dev.backendaudit.test.baseline;

import dev.backendaudit.internal.Checks;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.Severity;
import dev.backendaudit.test.internal.Describe;
import java.util.Optional;

/**
 * A present finding the baseline does not accept: new (no entry for its criterion) or worse than
 * the accepted severity, with the waiver for its criterion if there is one.
 *
 * @param finding     the finding, present
 * @param accepted    the baseline entry for its criterion, less severe; empty when the finding is new
 * @param waiver      the waiver for its criterion; empty when there is none
 * @param waiverHolds whether that waiver held on the day compared (always false without a waiver)
 */
public record Regression(Finding finding, Optional<AcceptedFinding> accepted, Optional<Waiver> waiver,
                         boolean waiverHolds) implements Departure {

    /** @throws IllegalArgumentException if the finding is not present, or a held waiver is missing */
    public Regression {
        Checks.notNull("finding", finding);
        Checks.notNull("accepted", accepted);
        Checks.notNull("waiver", waiver);
        if (finding.severity().isEmpty()) {
            throw new IllegalArgumentException("regression finding must be present, but "
                    + finding.criterion().id() + " was " + finding.status());
        }
        if (waiverHolds && waiver.isEmpty()) {
            throw new IllegalArgumentException("regression of " + finding.criterion().id()
                    + " cannot be held by a waiver it does not have");
        }
    }

    /** Whether the baseline has no entry for the criterion (otherwise the finding is worse than accepted). */
    public boolean isNew() {
        return accepted.isEmpty();
    }

    /** The severity found. */
    public Severity severity() {
        return finding.severity().orElseThrow();
    }

    @Override
    public String criterionId() {
        return finding.criterion().id();
    }

    @Override
    public String describe() {
        String what = accepted.map(a -> "worse than the accepted " + a.severity() + ": ").orElse("new: ")
                + Describe.finding(finding);
        if (waiver.isEmpty()) {
            return what;
        }
        Waiver w = waiver.get();
        return waiverHolds
                ? what + " (waived by " + w.owner() + " until " + w.expires() + ": " + w.reason() + ")"
                : what + " (the waiver by " + w.owner() + " expired on " + w.expires() + ": " + w.reason() + ")";
    }

    @Override
    public String toString() {
        return describe();
    }
}
