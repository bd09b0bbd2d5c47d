package dev.backendaudit.model;

import dev.backendaudit.internal.Checks;

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
 * <p>Two areas are equal when their ids are equal, so an area read back from a report matches
 * the constant.
 *
 * @param id              stable lowercase identifier, used in reports and metric labels
 * @param name            the name a person reads
 * @param foundation      whether the area is part of the foundation (whether the system can
 *                        support growth); the checklist strategy treats foundation areas
 *                        specially
 * @param healthy         what a healthy system looks like in this area
 * @param needsAttention  what a system that needs attention looks like in this area
 */
public record Area(String id, String name, boolean foundation, String healthy, String needsAttention) {

    /** @throws IllegalArgumentException if a text is blank or the id is not a lowercase identifier */
    public Area {
        Checks.identifier("area id", id);
        Checks.notBlank("area name", name);
        Checks.notBlank("area '" + id + "' healthy description", healthy);
        Checks.notBlank("area '" + id + "' needs-attention description", needsAttention);
    }

    /** A user-defined area that is not part of the foundation. */
    public static Area of(String id, String name, String healthy, String needsAttention) {
        return new Area(id, name, false, healthy, needsAttention);
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
