package dev.backendaudit.test;

import dev.backendaudit.model.AreaAssessment;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.Verdict;
import java.util.function.Consumer;
import org.assertj.core.api.AbstractSoftAssertions;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * Soft audit assertions: every failure is collected, across navigation too, and reported together.
 *
 * <pre>{@code
 * AuditSoftAssertions.assertSoftly(softly -> {
 *     softly.assertThat(verdict).as("checkout").isNotWorseThan(Outcome.OPTIMIZE)
 *             .area(Areas.SCALABILITY).isHealthy();
 *     softly.assertThat(verdict).finding(Criteria.P95_PEAK).isAbsent();
 * });   // fails once, listing every failed check
 * }</pre>
 */
public class AuditSoftAssertions extends AbstractSoftAssertions {

    /** Collects failures until {@link #assertAll()}. */
    public AuditSoftAssertions() {
    }

    /**
     * Runs {@code softly} and fails with every failure it collected, if any.
     *
     * @param softly the checks
     */
    public static void assertSoftly(Consumer<AuditSoftAssertions> softly) {
        SoftAssertionsProvider.assertSoftly(AuditSoftAssertions.class, softly);
    }

    /**
     * Soft assertions on a verdict.
     *
     * @param actual the verdict
     * @return the assertions
     */
    public VerdictAssert assertThat(Verdict actual) {
        return proxy(VerdictAssert.class, Verdict.class, actual);
    }

    /**
     * Soft assertions on an area's assessment.
     *
     * @param actual the assessment
     * @return the assertions
     */
    public AreaAssessmentAssert assertThat(AreaAssessment actual) {
        return proxy(AreaAssessmentAssert.class, AreaAssessment.class, actual);
    }

    /**
     * Soft assertions on a finding.
     *
     * @param actual the finding
     * @return the assertions
     */
    public FindingAssert assertThat(Finding actual) {
        return proxy(FindingAssert.class, Finding.class, actual);
    }
}
