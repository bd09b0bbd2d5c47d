package dev.backendaudit.evidence.architecture;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * How classes are grouped into the components whose dependencies are measured: by package prefix
 * below the classes' common root package (the default: one level below it), by a fixed package
 * depth, or by a mapping the user gives.
 *
 * <pre>{@code
 * Components.belowRoot(1);          // default: dev.shop.orders, dev.shop.billing ... under the root dev.shop
 * Components.byDepth(3);            // the first three segments of each package: com.acme.orders
 * Components.byPrefix(Map.of("com.acme.orders", "orders", "com.acme.billing", "billing"));
 * }</pre>
 *
 * <p>A package belongs to the component of its prefix; a package shallower than the prefix length
 * (the root package itself, say) is a component of its own. With a mapping, the longest matching
 * prefix wins and packages that no prefix matches belong to no component: they are left out of
 * the component measures and counted in {@link ArchitectureReport#unassignedClasses()}.
 */
public final class Components {

    /** The default depth below the common root package: one segment. */
    public static final int DEFAULT_DEPTH_BELOW_ROOT = 1;

    private static final Pattern PACKAGE = Pattern.compile("[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*"
            + "(\\.[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*)*");

    private final int depth;
    private final boolean belowRoot;
    private final Map<String, String> prefixes;

    private Components(int depth, boolean belowRoot, Map<String, String> prefixes) {
        this.depth = depth;
        this.belowRoot = belowRoot;
        this.prefixes = prefixes;
    }

    /**
     * The default grouping: {@code belowRoot(1)}.
     *
     * @return the components one package segment below the classes' common root package
     */
    public static Components defaults() {
        return belowRoot(DEFAULT_DEPTH_BELOW_ROOT);
    }

    /**
     * Components {@code depth} package segments below the common root package of all classes: with
     * classes in {@code dev.shop.orders.api} and {@code dev.shop.billing}, the root is {@code dev.shop}
     * and depth 1 gives the components {@code dev.shop.orders} and {@code dev.shop.billing}.
     *
     * @param depth segments below the root, at least 1
     * @return the grouping
     * @throws IllegalArgumentException if {@code depth} is less than 1
     */
    public static Components belowRoot(int depth) {
        return new Components(positive("component depth below the root package", depth), true, Map.of());
    }

    /**
     * Components made of the first {@code depth} segments of each package name.
     *
     * @param depth package segments, at least 1
     * @return the grouping
     * @throws IllegalArgumentException if {@code depth} is less than 1
     */
    public static Components byDepth(int depth) {
        return new Components(positive("component package depth", depth), false, Map.of());
    }

    /**
     * Components the user names: each package prefix maps to a component name; several prefixes may
     * map to one name. A package belongs to the longest prefix that equals it or that it continues
     * ({@code com.acme.orders} holds {@code com.acme.orders.api}, not {@code com.acme.ordersx}).
     *
     * @param prefixToComponent package prefix to component name, not empty
     * @return the grouping
     * @throws IllegalArgumentException if the mapping is empty, a prefix is not a package name or a name is blank
     */
    public static Components byPrefix(Map<String, String> prefixToComponent) {
        Objects.requireNonNull(prefixToComponent, "prefixToComponent");
        if (prefixToComponent.isEmpty()) {
            throw new IllegalArgumentException("component mapping must map at least one package prefix, but was empty");
        }
        prefixToComponent.forEach((prefix, name) -> {
            if (prefix == null || !PACKAGE.matcher(prefix).matches()) {
                throw new IllegalArgumentException("component mapping prefix must be a package name such as"
                        + " com.acme.orders, but was '" + prefix + "'");
            }
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("component mapping name for prefix " + prefix
                        + " must not be blank, but was '" + name + "'");
            }
        });
        return new Components(0, false, Map.copyOf(prefixToComponent));
    }

    /**
     * Assigns each package to its component.
     *
     * @param packages every package that holds classes
     * @return package name to component name, sorted; packages that a mapping leaves out are absent
     */
    public Map<String, String> assign(Collection<String> packages) {
        Map<String, String> result = new TreeMap<>();
        String root = belowRoot ? commonRoot(packages) : "";
        int rootSegments = root.isEmpty() ? 0 : root.split("\\.").length;
        for (String pkg : packages) {
            if (!prefixes.isEmpty()) {
                String best = null;
                for (String prefix : prefixes.keySet()) {
                    if ((pkg.equals(prefix) || pkg.startsWith(prefix + "."))
                            && (best == null || prefix.length() > best.length())) {
                        best = prefix;
                    }
                }
                if (best != null) {
                    result.put(pkg, prefixes.get(best));
                }
            } else {
                result.put(pkg, prefix(pkg, belowRoot ? rootSegments + depth : depth));
            }
        }
        return result;
    }

    /**
     * The longest package prefix, by whole segments, that every package shares: {@code ""} when
     * they share none.
     *
     * @param packages package names
     * @return their common root package
     */
    public static String commonRoot(Collection<String> packages) {
        String[] common = null;
        int length = 0;
        for (String pkg : packages) {
            String[] segments = pkg.isEmpty() ? new String[0] : pkg.split("\\.");
            if (common == null) {
                common = segments;
                length = segments.length;
                continue;
            }
            int i = 0;
            while (i < length && i < segments.length && common[i].equals(segments[i])) {
                i++;
            }
            length = i;
        }
        return common == null ? "" : String.join(".", java.util.Arrays.copyOf(common, length));
    }

    private static String prefix(String pkg, int segments) {
        if (pkg.isEmpty()) {
            return "(default package)";
        }
        String[] parts = pkg.split("\\.");
        return parts.length <= segments ? pkg : String.join(".", java.util.Arrays.copyOf(parts, segments));
    }

    private static int positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be >= 1, but was " + value);
        }
        return value;
    }

    /**
     * How the grouping reads in a report.
     *
     * @return e.g. {@code "packages 1 level below the root package"} or {@code "a mapping of 3 package prefixes"}
     */
    public String describe() {
        if (!prefixes.isEmpty()) {
            return "a mapping of " + prefixes.size() + (prefixes.size() == 1 ? " package prefix" : " package prefixes");
        }
        return belowRoot ? "packages " + depth + (depth == 1 ? " level" : " levels") + " below the root package"
                : "the first " + depth + (depth == 1 ? " package segment" : " package segments");
    }

    boolean isBelowRoot() {
        return belowRoot;
    }

    @Override
    public String toString() {
        return describe();
    }
}
