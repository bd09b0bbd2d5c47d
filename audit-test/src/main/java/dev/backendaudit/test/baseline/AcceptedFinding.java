package dev.backendaudit.test.baseline;

import dev.backendaudit.internal.Checks;
import dev.backendaudit.model.Severity;

/**
 * One finding a team has accepted in its {@link Baseline}: the criterion, the severity accepted,
 * and a note (the explanation at the time, for the reader of the file).
 *
 * @param criterion the criterion's id
 * @param severity  the severity accepted; the same finding at a worse severity fails
 * @param note      why it is there, in words
 */
public record AcceptedFinding(String criterion, Severity severity, String note) {

    /**
     * Creates a {@code AcceptedFinding}, checking its components.
     *
     * @param criterion the criterion's id
     * @param severity  the severity accepted; the same finding at a worse severity fails
     * @param note      why it is there, in words
     * @throws IllegalArgumentException if the criterion is blank or the severity missing
     */
    public AcceptedFinding {
        Checks.notBlank("accepted finding criterion", criterion);
        Checks.notNull("accepted finding severity of '" + criterion + "'", severity);
        Checks.notNull("accepted finding note of '" + criterion + "'", note);
    }
}
