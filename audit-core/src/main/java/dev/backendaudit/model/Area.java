package dev.backendaudit.model;

import dev.backendaudit.internal.Checks;
import org.immutables.value.Value;

/**
 * One concern of an audit, such as Performance or Scalability.
 *
 * <p>The six standard areas are constants of {@code dev.backendaudit.checklist.Areas}. A team
 * adds its own next to them:
 *
 * <pre>{@code
 * Area security = Area.of("security", "Security",
 *         "Secrets rotated, dependencies patched within a week",
 *         "Known vulnerabilities stay open for months");
 * }</pre>
 *
 * <p>Whether an area counts toward the checklist's "problems are systemic" rule is part of its
 * definition: the six standard areas count, a team's own area counts only when it says so
 * ({@link #withSystemic(boolean) withSystemic(true)}), so that a Cost or Security area alone cannot turn
 * an OPTIMIZE into a REBUILD unless the team decided it should.
 *
 * <p>Two areas are equal when their ids are equal, so an area read back from a report matches
 * the constant. An audit refuses two different definitions under one id (see {@code Audit}).
 *
 * @param id              stable lowercase identifier, used in reports and metric labels
 * @param name            the name a person reads
 * @param foundation      whether the area is part of the foundation (whether the system can
 *                        support growth); the checklist strategy treats foundation areas
 *                        specially
 * @param systemic        whether the area counts toward the rule that problems in several areas at
 *                        once are systemic (the checklist's "issues are isolated, not systemic")
 * @param healthy         what a healthy system looks like in this area
 * @param needsAttention  what a system that needs attention looks like in this area
 */
@Value.Builder
public record Area(String id, String name, boolean foundation, boolean systemic, String healthy,
                   String needsAttention) implements WithArea {

    /** @throws IllegalArgumentException if a text is blank or the id is not a lowercase identifier */
    public Area {
        Checks.identifier("area id", id);
        Checks.notBlank("area name", name);
        Checks.notBlank("area '" + id + "' healthy description", healthy);
        Checks.notBlank("area '" + id + "' needs-attention description", needsAttention);
    }

    /**
     * An area that does not count toward the systemic-problems rule; the form of earlier versions.
     *
     * @param id             stable lowercase identifier
     * @param name           the name a person reads
     * @param foundation     whether the area is part of the foundation
     * @param healthy        what a healthy system looks like in this area
     * @param needsAttention what a system that needs attention looks like in this area
     */
    public Area(String id, String name, boolean foundation, String healthy, String needsAttention) {
        this(id, name, foundation, false, healthy, needsAttention);
    }

    /**
     * A team's own area: not part of the foundation, and not counted toward the systemic-problems
     * rule unless {@link #withSystemic(boolean)} says so.
     *
     * @param id             stable lowercase identifier
     * @param name           the name a person reads
     * @param healthy        what a healthy system looks like in this area
     * @param needsAttention what a system that needs attention looks like in this area
     * @return the area
     */
    public static Area of(String id, String name, String healthy, String needsAttention) {
        return new Area(id, name, false, false, healthy, needsAttention);
    }

    /**
     * Whether {@code other} is the same definition: the same id and every other component equal.
     * ({@link #equals(Object)} compares ids only.)
     *
     * @param other another area
     * @return whether both define the same area
     */
    public boolean sameDefinition(Area other) {
        return other != null && id.equals(other.id) && name.equals(other.name) && foundation == other.foundation
                && systemic == other.systemic && healthy.equals(other.healthy)
                && needsAttention.equals(other.needsAttention);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Area && ((Area) other).id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
