package dev.backendaudit.test;

import dev.backendaudit.internal.Checks;
import dev.backendaudit.model.AreaAssessment;
import dev.backendaudit.model.Health;
import dev.backendaudit.test.internal.Describe;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on an area's assessment; reach it with {@code assertThat(verdict).area(Areas.X)} or
 * {@code AuditAssertions.assertThat(verdict.area(Areas.X))}.
 *
 * <pre>{@code
 * assertThat(verdict).area(Areas.SCALABILITY).isHealthy();
 * assertThat(verdict).area(Areas.PERFORMANCE).isNotWorseThan(Health.NEEDS_ATTENTION);
 * }</pre>
 */
public abstract class AbstractAreaAssessmentAssert<SELF extends AbstractAreaAssessmentAssert<SELF, ACTUAL>, ACTUAL extends AreaAssessment>
        extends AbstractObjectAssert<SELF, ACTUAL> {

    /**
     * An assertion on {@code actual}; a subclass passes its own class as {@code selfType}.
     *
     * @param actual   the area assessment under test; null fails every check
     * @param selfType the concrete assertion class
     */
    protected AbstractAreaAssessmentAssert(ACTUAL actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /**
     * The area's health is {@code expected}.
     *
     * @param expected the health the area must have; not null
     * @return this assertion, to chain further checks
     * @throws AssertionError if the area's health differs, showing the area's findings
     */
    public SELF hasHealth(Health expected) {
        isNotNull();
        Checks.notNull("expected health", expected);
        if (actual.health() != expected) {
            failWithMessage("Expecting %s to be %s but was %s.%n%s", actual.area().name(), expected, actual.health(),
                    Describe.area(actual));
        }
        return myself;
    }

    /**
     * The area is healthy on evidence (not merely without findings: UNKNOWN fails).
     *
     * @return this assertion, to chain further checks
     * @throws AssertionError if the area is not HEALTHY, showing the area's findings
     */
    public SELF isHealthy() {
        return hasHealth(Health.HEALTHY);
    }

    /**
     * The area is no worse than {@code limit} (HEALTHY &lt; NEEDS_ATTENTION &lt; CRITICAL); UNKNOWN fails.
     *
     * @param limit the worst health allowed: HEALTHY, NEEDS_ATTENTION or CRITICAL
     * @return this assertion, to chain further checks
     * @throws AssertionError if the area is worse than {@code limit} or UNKNOWN
     * @throws IllegalArgumentException if {@code limit} is UNKNOWN
     */
    public SELF isNotWorseThan(Health limit) {
        isNotNull();
        Checks.notNull("health limit", limit);
        if (limit == Health.UNKNOWN) {
            throw new IllegalArgumentException("health limit must be HEALTHY, NEEDS_ATTENTION or CRITICAL, but was UNKNOWN");
        }
        if (actual.health() == Health.UNKNOWN || actual.health().ordinal() > limit.ordinal()) {
            failWithMessage("Expecting %s not worse than %s but was %s.%n%s", actual.area().name(), limit,
                    actual.health(), Describe.area(actual));
        }
        return myself;
    }

    /**
     * Evidence decided at least {@code minimum} (in [0, 1]) of the area's applicable criteria.
     *
     * @param minimum the smallest share of applicable criteria evidence must decide, in [0, 1]
     * @return this assertion, to chain further checks
     * @throws AssertionError if the area's coverage is below {@code minimum}
     * @throws IllegalArgumentException if {@code minimum} is not in [0, 1]
     */
    public SELF hasCoverageAtLeast(double minimum) {
        isNotNull();
        Checks.ratio("minimum coverage", minimum);
        if (actual.coverage().ratio() < minimum) {
            failWithMessage("Expecting %s coverage of at least %s but was %s", actual.area().name(),
                    dev.backendaudit.model.Quantity.ratio(minimum), actual.coverage());
        }
        return myself;
    }
}
