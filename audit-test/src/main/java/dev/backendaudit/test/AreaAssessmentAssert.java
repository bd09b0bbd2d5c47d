package dev.backendaudit.test;

import dev.backendaudit.model.AreaAssessment;

/**
 * Assertions on an area's assessment; reach it with {@code assertThat(verdict).area(Areas.X)} or
 * {@code AuditAssertions.assertThat(verdict.area(Areas.X))}.
 *
 * <pre>{@code
 * assertThat(verdict).area(Areas.SCALABILITY).isHealthy();
 * assertThat(verdict).area(Areas.PERFORMANCE).isNotWorseThan(Health.NEEDS_ATTENTION);
 * }</pre>
 */
public class AreaAssessmentAssert extends AbstractAreaAssessmentAssert<AreaAssessmentAssert, AreaAssessment> {

    /**
     * Use {@code AuditAssertions.assertThat(...)}.
     *
     * @param actual the value under test
     */
    public AreaAssessmentAssert(AreaAssessment actual) {
        super(actual, AreaAssessmentAssert.class);
    }
}
