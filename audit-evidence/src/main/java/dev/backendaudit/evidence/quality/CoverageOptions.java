package dev.backendaudit.evidence.quality;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * How JaCoCo reports are judged. Immutable; each {@code with} method returns a copy.
 *
 * <pre>{@code
 * CoverageOptions options = CoverageOptions.defaults().complexityBound(15).worstMethods(20);
 * }</pre>
 *
 * @param complexityBound a method whose cyclomatic complexity is above this is counted as complex
 * @param worstMethods    how many of the most complex methods the report names
 * @param at              the observation time in provenance when a report records no session
 */
@Value.Builder
public record CoverageOptions(int complexityBound, int worstMethods, Instant at) implements WithCoverageOptions {

    /** The default complexity bound: 10, McCabe's classic per-method limit. */
    public static final int DEFAULT_COMPLEXITY_BOUND = 10;

    /**
     * Checks the options.
     *
     * @throws IllegalArgumentException if the bound is less than 1 or the number of methods negative
     */
    public CoverageOptions {
        if (complexityBound < 1) {
            throw new IllegalArgumentException("complexity bound must be >= 1, but was " + complexityBound);
        }
        if (worstMethods < 0) {
            throw new IllegalArgumentException("worst methods must be >= 0, but was " + worstMethods);
        }
        Objects.requireNonNull(at, "at");
    }

    /**
     * The defaults: bound {@value #DEFAULT_COMPLEXITY_BOUND}, the 10 worst methods named, now.
     *
     * @return the options
     */
    public static CoverageOptions defaults() {
        return new CoverageOptions(DEFAULT_COMPLEXITY_BOUND, 10, Clock.systemUTC().instant().truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * This complexity bound.
     *
     * @param bound at least 1
     * @return a copy
     */
    public CoverageOptions complexityBound(int bound) {
        return withComplexityBound(bound);
    }

    /**
     * Name this many of the most complex methods.
     *
     * @param count at least 0
     * @return a copy
     */
    public CoverageOptions worstMethods(int count) {
        return withWorstMethods(count);
    }

    /**
     * This observation time, for reports that record no session.
     *
     * @param time the time
     * @return a copy
     */
    public CoverageOptions at(Instant time) {
        return withAt(time);
    }
}
