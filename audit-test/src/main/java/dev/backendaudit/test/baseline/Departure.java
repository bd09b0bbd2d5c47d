package dev.backendaudit.test.baseline;

/**
 * One way a verdict departs from its {@link Baseline}: a finding new or worse than accepted
 * ({@link Regression}), or a baseline entry or waiver that names no criterion of the audit
 * ({@link UnmatchedEntry}). Each renders to the line a failing test prints.
 *
 * <pre>{@code
 * for (Departure departure : comparison.failures()) {
 *     if (departure instanceof Regression regression) {
 *         tickets.open(regression.finding().criterion(), regression.finding().explanation());
 *     }
 * }
 * }</pre>
 */
public sealed interface Departure permits Regression, UnmatchedEntry {

    /** The id of the criterion the departure is about, as the audit or the file spells it. */
    String criterionId();

    /** The line a failing test or report prints for it. */
    String describe();
}
