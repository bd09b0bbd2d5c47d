package dev.backendaudit.test;

import dev.backendaudit.model.Verdict;

/**
 * Assertions on a {@link Verdict}; start with {@code AuditAssertions.assertThat(verdict)}.
 *
 * <pre>{@code
 * assertThat(verdict)
 *         .isNotWorseThan(Outcome.OPTIMIZE)
 *         .hasNoFindingAtLeast(Severity.CRITICAL)
 *         .hasCoverageAtLeast(0.8)
 *         .area(Areas.SCALABILITY).isHealthy();
 * }</pre>
 *
 * <p>How sure the verdict is can be asserted too: that no missing evidence can change it, or make it worse
 * than a limit.
 *
 * <pre>{@code
 * assertThat(verdict).isSettled();                              // both bounds are the outcome
 * assertThat(verdict).cannotBecomeWorseThan(Outcome.OPTIMIZE);  // whatever the unknown criteria show
 * assertThat(verdict).hasBounds(Outcome.OPTIMIZE, Outcome.REBUILD);
 * }</pre>
 *
 * <p>Every failure shows expected and actual, the rationale, and the findings behind the verdict
 * with their evidence and sources, so a developer reading only the CI log knows what to fix; a failure
 * about the bounds shows them, what would settle the verdict and what would flip it.
 */
public class VerdictAssert extends AbstractVerdictAssert<VerdictAssert, Verdict> {

    /**
     * Use {@code AuditAssertions.assertThat(...)}.
     *
     * @param actual the value under test
     */
    public VerdictAssert(Verdict actual) {
        super(actual, VerdictAssert.class);
    }
}
