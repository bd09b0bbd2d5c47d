package dev.backendaudit.test;

import dev.backendaudit.model.Finding;

/**
 * Assertions on one {@link Finding}.
 *
 * <pre>{@code
 * assertThat(verdict).finding("performance.latency-p95-peak").isPresent().hasSeverity(Severity.WARNING);
 * }</pre>
 */
public class FindingAssert extends AbstractFindingAssert<FindingAssert, Finding> {

    /**
     * Use {@code AuditAssertions.assertThat(...)}.
     *
     * @param actual the value under test
     */
    public FindingAssert(Finding actual) {
        super(actual, FindingAssert.class);
    }
}
