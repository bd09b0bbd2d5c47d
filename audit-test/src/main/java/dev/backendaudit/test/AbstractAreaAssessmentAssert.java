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
     * @param actual   the areaAssessment under test
     * @param selfType the concrete assertion class
     */
    protected AbstractAreaAssessmentAssert(ACTUAL actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /** The area's health is {@code expected}. */
    public SELF hasHealth(Health expected) {
        isNotNull();
        Checks.notNull("expected health", expected);
        if (actual.health() != expected) {
            failWithMessage("Expecting %s to be %s but was %s.%n%s", actual.area().name(), expected, actual.health(),
                    Describe.area(actual));
        }
        return myself;
    }

    /** The area is healthy on evidence (not merely without findings: UNKNOWN fails). */
    public SELF isHealthy() {
        return hasHealth(Health.HEALTHY);
    }

    /**
     * The area is no worse than {@code limit} (HEALTHY &lt; NEEDS_ATTENTION &lt; CRITICAL); UNKNOWN fails.
     *
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

    /** Evidence decided at least {@code minimum} (in [0, 1]) of the area's applicable criteria. */
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
