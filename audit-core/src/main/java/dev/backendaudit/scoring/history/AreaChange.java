package dev.backendaudit.scoring.history;

import dev.backendaudit.internal.Checks;
import dev.backendaudit.model.Area;
import dev.backendaudit.model.Health;
import java.util.Optional;

/**
 * How one area's health changed between two verdicts; part of a {@link VerdictDiff}.
 *
 * <pre>{@code
 * diff.areaChanges().forEach(System.out::println);   // "Scalability: NEEDS_ATTENTION -> CRITICAL"
 * }</pre>
 *
 * @param area   the area
 * @param before its health in the older verdict, empty when it was not audited then
 * @param after  its health in the newer verdict, empty when it is not audited now
 */
public record AreaChange(Area area, Optional<Health> before, Optional<Health> after) {

    /**
     * Creates a {@code AreaChange}, checking its components.
     *
     * @param area   the area
     * @param before its health in the older verdict, empty when it was not audited then
     * @param after  its health in the newer verdict, empty when it is not audited now
     * @throws IllegalArgumentException if both healths are missing
     */
    public AreaChange {
        Checks.notNull("area change area", area);
        Checks.notNull("area change before of '" + area.id() + "'", before);
        Checks.notNull("area change after of '" + area.id() + "'", after);
        if (before.isEmpty() && after.isEmpty()) {
            throw new IllegalArgumentException("area change of '" + area.id() + "' needs a health before or after");
        }
    }

    /** {@code "Scalability: NEEDS_ATTENTION -> CRITICAL"}. */
    @Override
    public String toString() {
        return area.name() + ": " + before.map(Enum::name).orElse("not audited") + " -> "
                + after.map(Enum::name).orElse("not audited");
    }
}
