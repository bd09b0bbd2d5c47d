package dev.backendaudit.test;

import dev.backendaudit.internal.Checks;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.FindingStatus;
import dev.backendaudit.model.Severity;
import dev.backendaudit.test.internal.Describe;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one {@link Finding}.
 *
 * <pre>{@code
 * assertThat(verdict).finding("performance.latency-p95-peak").isPresent().hasSeverity(Severity.WARNING);
 * }</pre>
 */
public class FindingAssert extends AbstractAssert<FindingAssert, Finding> {

    /** Use {@code AuditAssertions.assertThat(finding)}. */
    protected FindingAssert(Finding actual) {
        super(actual, FindingAssert.class);
    }

    /** The status is {@code expected}. */
    public FindingAssert hasStatus(FindingStatus expected) {
        isNotNull();
        Checks.notNull("expected status", expected);
        if (actual.status() != expected) {
            failWithMessage("Expecting %s to be %s but was:%n  %s", actual.criterion().id(), expected,
                    Describe.finding(actual));
        }
        return myself;
    }

    /** The sign is present. */
    public FindingAssert isPresent() {
        return hasStatus(FindingStatus.PRESENT);
    }

    /** Evidence shows the sign is not there. */
    public FindingAssert isAbsent() {
        return hasStatus(FindingStatus.ABSENT);
    }

    /** No evidence decided it. */
    public FindingAssert isUnknown() {
        return hasStatus(FindingStatus.UNKNOWN);
    }

    /** The sign is present at exactly {@code expected} severity. */
    public FindingAssert hasSeverity(Severity expected) {
        isPresent();
        if (actual.severity().orElseThrow() != expected) {
            failWithMessage("Expecting %s at %s but was:%n  %s", actual.criterion().id(), expected,
                    Describe.finding(actual));
        }
        return myself;
    }

    /** The explanation contains {@code text}. */
    public FindingAssert hasExplanationContaining(String text) {
        isNotNull();
        Checks.notNull("text", text);
        if (!actual.explanation().contains(text)) {
            failWithMessage("Expecting the explanation of %s to contain %s but was:%n  %s", actual.criterion().id(),
                    text, actual.explanation());
        }
        return myself;
    }
}
