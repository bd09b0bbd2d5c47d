package dev.backendaudit.test;

import dev.backendaudit.internal.Checks;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.FindingStatus;
import dev.backendaudit.model.Severity;
import dev.backendaudit.test.internal.Describe;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on one {@link Finding}.
 *
 * <pre>{@code
 * assertThat(verdict).finding("performance.latency-p95-peak").isPresent().hasSeverity(Severity.WARNING);
 * }</pre>
 */
public abstract class AbstractFindingAssert<SELF extends AbstractFindingAssert<SELF, ACTUAL>, ACTUAL extends Finding>
        extends AbstractObjectAssert<SELF, ACTUAL> {

    /**
     * An assertion on {@code actual}; a subclass passes its own class as {@code selfType}.
     *
     * @param actual   the finding under test
     * @param selfType the concrete assertion class
     */
    protected AbstractFindingAssert(ACTUAL actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /**
     * The status is {@code expected}.
     *
     * @param expected the status the finding must have; not null
     * @return this assertion, to chain further checks
     * @throws AssertionError if the status differs, showing the finding
     */
    public SELF hasStatus(FindingStatus expected) {
        isNotNull();
        Checks.notNull("expected status", expected);
        if (actual.status() != expected) {
            failWithMessage("Expecting %s to be %s but was:%n  %s", actual.criterion().id(), expected,
                    Describe.finding(actual));
        }
        return myself;
    }

    /**
     * The sign is present.
     *
     * @return this assertion, to chain further checks
     * @throws AssertionError if the finding is ABSENT or UNKNOWN
     */
    public SELF isPresent() {
        return hasStatus(FindingStatus.PRESENT);
    }

    /**
     * Evidence shows the sign is not there.
     *
     * @return this assertion, to chain further checks
     * @throws AssertionError if the finding is PRESENT or UNKNOWN
     */
    public SELF isAbsent() {
        return hasStatus(FindingStatus.ABSENT);
    }

    /**
     * No evidence decided it.
     *
     * @return this assertion, to chain further checks
     * @throws AssertionError if evidence decided the finding
     */
    public SELF isUnknown() {
        return hasStatus(FindingStatus.UNKNOWN);
    }

    /**
     * The sign is present at exactly {@code expected} severity.
     *
     * @param expected the severity the present sign must have
     * @return this assertion, to chain further checks
     * @throws AssertionError if the sign is not present, or present at another severity
     */
    public SELF hasSeverity(Severity expected) {
        isPresent();
        if (actual.severity().orElseThrow() != expected) {
            failWithMessage("Expecting %s at %s but was:%n  %s", actual.criterion().id(), expected,
                    Describe.finding(actual));
        }
        return myself;
    }

    /**
     * The explanation contains {@code text}.
     *
     * @param text the text the explanation must contain, case-sensitive; not null
     * @return this assertion, to chain further checks
     * @throws AssertionError if the explanation does not contain {@code text}
     */
    public SELF hasExplanationContaining(String text) {
        isNotNull();
        Checks.notNull("text", text);
        if (!actual.explanation().contains(text)) {
            failWithMessage("Expecting the explanation of %s to contain %s but was:%n  %s", actual.criterion().id(),
                    text, actual.explanation());
        }
        return myself;
    }
}
