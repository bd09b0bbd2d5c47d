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

    /** The status is {@code expected}. */
    public SELF hasStatus(FindingStatus expected) {
        isNotNull();
        Checks.notNull("expected status", expected);
        if (actual.status() != expected) {
            failWithMessage("Expecting %s to be %s but was:%n  %s", actual.criterion().id(), expected,
                    Describe.finding(actual));
        }
        return myself;
    }

    /** The sign is present. */
    public SELF isPresent() {
        return hasStatus(FindingStatus.PRESENT);
    }

    /** Evidence shows the sign is not there. */
    public SELF isAbsent() {
        return hasStatus(FindingStatus.ABSENT);
    }

    /** No evidence decided it. */
    public SELF isUnknown() {
        return hasStatus(FindingStatus.UNKNOWN);
    }

    /** The sign is present at exactly {@code expected} severity. */
    public SELF hasSeverity(Severity expected) {
        isPresent();
        if (actual.severity().orElseThrow() != expected) {
            failWithMessage("Expecting %s at %s but was:%n  %s", actual.criterion().id(), expected,
                    Describe.finding(actual));
        }
        return myself;
    }

    /** The explanation contains {@code text}. */
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
