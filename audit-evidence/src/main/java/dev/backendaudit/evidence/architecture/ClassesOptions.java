package dev.backendaudit.evidence.architecture;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * What compiled classes to analyse and how. Immutable; each {@code with} method returns a copy.
 *
 * <pre>{@code
 * ClassesOptions options = ClassesOptions.of(Path.of("orders/target/classes"), Path.of("billing/target/classes"))
 *         .components(Components.byPrefix(Map.of("com.acme.orders", "orders", "com.acme.billing", "billing")))
 *         .maxCycles(500);
 * }</pre>
 *
 * @param locations    directories of class files and jars, read together as one system
 * @param includeTests whether test classes (ArchUnit's {@code ImportOption.DoNotIncludeTests}: Maven's
 *                     {@code target/test-classes}, Gradle's {@code build/classes/java/test}, ...) are read too
 * @param components   how classes are grouped into components
 * @param maxCycles    cycles to enumerate at most, per level (packages, components); past it the count is
 *                     a lower bound and the report says so
 * @param at           the time recorded in the evidence's provenance
 */
@Value.Builder
public record ClassesOptions(List<Path> locations, boolean includeTests, Components components, int maxCycles,
                             Instant at)
        implements WithClassesOptions {

    /** The default number of cycles enumerated per level: 1,000 (ArchUnit's own rule stops at 100). */
    public static final int DEFAULT_MAX_CYCLES = 1000;

    /**
     * Checks the options.
     *
     * @throws IllegalArgumentException if there is no location or {@code maxCycles} is less than 1
     */
    public ClassesOptions {
        locations = List.copyOf(locations);
        if (locations.isEmpty()) {
            throw new IllegalArgumentException("class locations must name at least one directory or jar, but were empty");
        }
        Objects.requireNonNull(components, "components");
        if (maxCycles < 1) {
            throw new IllegalArgumentException("maximum cycles must be >= 1, but was " + maxCycles);
        }
        Objects.requireNonNull(at, "at");
    }

    /**
     * Defaults for {@code locations}: tests left out, {@link Components#defaults()}, at most
     * {@value #DEFAULT_MAX_CYCLES} cycles per level, observed now.
     *
     * @param locations directories of class files and jars
     * @return the options
     */
    public static ClassesOptions of(Path... locations) {
        return of(List.of(locations));
    }

    /**
     * Defaults for {@code locations}; see {@link #of(Path...)}.
     *
     * @param locations directories of class files and jars
     * @return the options
     */
    public static ClassesOptions of(List<Path> locations) {
        return new ClassesOptions(locations, false, Components.defaults(), DEFAULT_MAX_CYCLES,
                Clock.systemUTC().instant().truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * Whether test classes are read too.
     *
     * @param include true to read them
     * @return a copy
     */
    public ClassesOptions includeTests(boolean include) {
        return withIncludeTests(include);
    }

    /**
     * This grouping into components.
     *
     * @param grouping the grouping
     * @return a copy
     */
    public ClassesOptions components(Components grouping) {
        return withComponents(grouping);
    }

    /**
     * Enumerate at most this many cycles per level.
     *
     * @param cycles at least 1
     * @return a copy
     */
    public ClassesOptions maxCycles(int cycles) {
        return withMaxCycles(cycles);
    }

    /**
     * This observation time in provenance.
     *
     * @param time the time
     * @return a copy
     */
    public ClassesOptions at(Instant time) {
        return withAt(time);
    }
}
