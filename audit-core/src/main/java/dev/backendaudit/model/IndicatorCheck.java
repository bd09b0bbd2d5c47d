package dev.backendaudit.model;

import dev.backendaudit.internal.Checks;
import java.util.List;
import java.util.Optional;

/**
 * Whether a rebuild indicator (such as "complexity is unmanageable") is present, decided from every
 * finding that bears on it: the criteria of the indicator's own sign, and critical findings on what
 * the indicator describes (a critical mean complexity is unmanageable complexity; see
 * {@code dev.backendaudit.checklist.RebuildIndicators}).
 *
 * <ul>
 *   <li>{@link FindingStatus#PRESENT}, with the worst severity among the findings that count for it;</li>
 *   <li>{@link FindingStatus#ABSENT} when every finding that bears on it was decided (or does not apply)
 *       and none counts for it;</li>
 *   <li>{@link FindingStatus#UNKNOWN} when none counts for it but some bearing finding has no evidence.</li>
 * </ul>
 *
 * @param indicator the rebuild indicator
 * @param status    PRESENT, ABSENT or UNKNOWN
 * @param severity  the severity, given exactly when present
 * @param basis     the criteria that count for it when present; otherwise every bearing criterion
 * @param text      one sentence saying why
 */
public record IndicatorCheck(Sign indicator, FindingStatus status, Optional<Severity> severity, List<Criterion> basis,
                             String text) {

    /** @throws IllegalArgumentException if the status is NOT_APPLICABLE or the severity does not match it */
    public IndicatorCheck {
        Checks.notNull("indicator", indicator);
        Checks.notNull("indicator status of", indicator.id(), status);
        Checks.notNull("indicator severity of", indicator.id(), severity);
        basis = Checks.listCopy("indicator basis of", indicator.id(), basis);
        Checks.notBlank("indicator text of", indicator.id(), text);
        if (status == FindingStatus.NOT_APPLICABLE) {
            throw new IllegalArgumentException("indicator status of '" + indicator.id()
                    + "' must be PRESENT, ABSENT or UNKNOWN, but was NOT_APPLICABLE");
        }
        if (severity.isPresent() != (status == FindingStatus.PRESENT)) {
            throw new IllegalArgumentException("indicator severity of '" + indicator.id()
                    + "' must be given exactly when the status is PRESENT, but status was " + status
                    + " and severity was " + severity.map(Enum::name).orElse("none"));
        }
    }

    /**
     * Whether the indicator is present at {@code level} or worse.
     *
     * @param level the least severity
     * @return whether it is present that badly
     */
    public boolean isAtLeast(Severity level) {
        return severity.map(s -> s.compareTo(level) >= 0).orElse(false);
    }

    /** {@code "Complexity is unmanageable: PRESENT CRITICAL (...)"}. */
    @Override
    public String toString() {
        return indicator.title() + ": " + status + severity.map(s -> " " + s).orElse("") + " (" + text + ")";
    }
}
