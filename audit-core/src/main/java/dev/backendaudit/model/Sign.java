package dev.backendaudit.model;

import dev.backendaudit.internal.Checks;

/**
 * A warning sign or red flag: what it looks like and what it costs.
 *
 * <p>The checklist's signs are constants of {@code dev.backendaudit.checklist.Signs}. Users define
 * their own:
 *
 * <pre>{@code
 * Sign staleDeps = Sign.of("security.stale-dependencies", security, SignKind.WARNING_SIGN,
 *         "Stale dependencies", "Libraries years behind their latest release",
 *         "Known vulnerabilities stay exploitable");
 * }</pre>
 *
 * <p>Two signs are equal when their ids are equal.
 *
 * @param id        stable lowercase identifier
 * @param area      the area the sign belongs to
 * @param kind      its role in the optimize-or-rebuild decision
 * @param title     a short title
 * @param looksLike what it looks like in a running system
 * @param impact    what it costs the product
 */
public record Sign(String id, Area area, SignKind kind, String title, String looksLike, String impact) {

    /**
     * Creates a {@code Sign}, checking its components.
     *
     * @param id        stable lowercase identifier
     * @param area      the area the sign belongs to
     * @param kind      its role in the optimize-or-rebuild decision
     * @param title     a short title
     * @param looksLike what it looks like in a running system
     * @param impact    what it costs the product
     * @throws IllegalArgumentException if the id is not a lowercase identifier or a text is blank
     */
    public Sign {
        Checks.identifier("sign id", id);
        Checks.notNull("sign '" + id + "' area", area);
        Checks.notNull("sign '" + id + "' kind", kind);
        Checks.notBlank("sign '" + id + "' title", title);
        Checks.notBlank("sign '" + id + "' looks-like", looksLike);
        Checks.notBlank("sign '" + id + "' impact", impact);
    }

    /**
     * A sign; see the record's components.
     *
     * @param id        the sign's id, a lowercase identifier
     * @param area      the area the sign belongs to
     * @param kind      its role in the optimize-or-rebuild decision
     * @param title     a short title, not blank
     * @param looksLike what it looks like in a running system, not blank
     * @param impact    what it costs the product, not blank
     * @return the sign
     * @throws IllegalArgumentException if the id is not a lowercase identifier or a text is blank
     */
    public static Sign of(String id, Area area, SignKind kind, String title, String looksLike, String impact) {
        return new Sign(id, area, kind, title, looksLike, impact);
    }

    /**
     * Whether this sign, when present at critical severity, points to a rebuild.
     *
     * @return true when the kind is {@link SignKind#REBUILD_INDICATOR}
     */
    public boolean isRebuildIndicator() {
        return kind == SignKind.REBUILD_INDICATOR;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Sign && ((Sign) other).id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return title;
    }
}
