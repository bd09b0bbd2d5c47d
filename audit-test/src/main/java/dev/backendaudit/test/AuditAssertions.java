package dev.backendaudit.test;

import dev.backendaudit.model.AreaAssessment;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.Verdict;
import org.assertj.core.api.Assertions;

/**
 * The entry point for audit assertions. It extends AssertJ's {@link Assertions}, so one static
 * import gives both the standard and the audit assertions:
 *
 * <pre>{@code
 * import static dev.backendaudit.test.AuditAssertions.assertThat;
 *
 * assertThat(verdict).isNotWorseThan(Outcome.OPTIMIZE).area(Areas.SCALABILITY).isHealthy();
 * assertThat(verdict.area(Areas.PERFORMANCE)).hasCoverageAtLeast(0.5);
 * assertThat(List.of(1, 2)).hasSize(2);   // plain AssertJ still works
 * }</pre>
 */
public class AuditAssertions extends Assertions {

    /** Only static methods; subclass to add your own entry points. */
    protected AuditAssertions() {
    }

    /**
     * Assertions on a verdict.
     *
     * @param actual the verdict under test; null fails every check
     * @return the verdict's assertions
     */
    public static VerdictAssert assertThat(Verdict actual) {
        return new VerdictAssert(actual);
    }

    /**
     * Assertions on an area's assessment.
     *
     * @param actual the area assessment under test, e.g. {@code verdict.area(area)}; null fails every check
     * @return the area assessment's assertions
     */
    public static AreaAssessmentAssert assertThat(AreaAssessment actual) {
        return new AreaAssessmentAssert(actual);
    }

    /**
     * Assertions on a finding.
     *
     * @param actual the finding under test; null fails every check
     * @return the finding's assertions
     */
    public static FindingAssert assertThat(Finding actual) {
        return new FindingAssert(actual);
    }
}
