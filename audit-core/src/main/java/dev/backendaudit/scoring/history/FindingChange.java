package dev.backendaudit.scoring.history;

import dev.backendaudit.internal.Checks;
import dev.backendaudit.model.Finding;
import java.util.Optional;

/**
 * How one criterion's finding changed between two verdicts; part of a {@link VerdictDiff}.
 *
 * <pre>{@code
 * for (FindingChange change : diff.worsened()) {
 *     System.out.println(change);   // "performance.latency-p95-peak: PRESENT WARNING -> PRESENT CRITICAL"
 * }
 * }</pre>
 *
 * @param criterionId the criterion's id
 * @param before      its finding in the older verdict, empty when it was not part of that audit
 * @param after       its finding in the newer verdict, empty when it is not part of this audit
 */
public record FindingChange(String criterionId, Optional<Finding> before, Optional<Finding> after) {

    /**
     * Creates a {@code FindingChange}, checking its components.
     *
     * @param criterionId the criterion's id
     * @param before      its finding in the older verdict, empty when it was not part of that audit
     * @param after       its finding in the newer verdict, empty when it is not part of this audit
     * @throws IllegalArgumentException if both findings are missing or belong to another criterion
     */
    public FindingChange {
        Checks.identifier("finding change criterion id", criterionId);
        Checks.notNull("finding change before", before);
        Checks.notNull("finding change after", after);
        if (before.isEmpty() && after.isEmpty()) {
            throw new IllegalArgumentException("finding change of '" + criterionId + "' needs a finding before or after");
        }
        before.ifPresent(finding -> check(criterionId, finding));
        after.ifPresent(finding -> check(criterionId, finding));
    }

    private static void check(String criterionId, Finding finding) {
        if (!finding.criterion().id().equals(criterionId)) {
            throw new IllegalArgumentException("finding change of '" + criterionId + "' must hold findings of it, but got '"
                    + finding.criterion().id() + "'");
        }
    }

    /** {@code "performance.latency-p95-peak: PRESENT WARNING -> PRESENT CRITICAL"}. */
    @Override
    public String toString() {
        return criterionId + ": " + describe(before) + " -> " + describe(after);
    }

    private static String describe(Optional<Finding> finding) {
        return finding.map(f -> f.status() + f.severity().map(s -> " " + s).orElse("")).orElse("not audited");
    }
}
