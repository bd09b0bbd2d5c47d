package dev.backendaudit.internal;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Argument checks shared by the value types. Every message names the field, the rule and
 * the bad value, in the form {@code "<field> must be <rule>, but was <value>"}.
 *
 * <p>Not part of the public API: users never import {@code ...internal} packages.
 */
public final class Checks {

    private Checks() {
    }

    /** Fails with {@code "<field> must not be null"} when {@code value} is null. */
    public static <T> T notNull(String field, T value) {
        if (value == null) {
            throw new NullPointerException(field + " must not be null");
        }
        return value;
    }

    /** Fails unless {@code value} has at least one non-whitespace character. */
    public static String notBlank(String field, String value) {
        notNull(field, value);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank, but was \"" + value + "\"");
        }
        return value;
    }

    /**
     * Fails unless {@code value} is a lowercase identifier made of letters, digits, '.', '-'
     * and '_', starting with a letter; identifiers appear in reports, files and metric labels.
     */
    private static final java.util.regex.Pattern IDENTIFIER = java.util.regex.Pattern.compile("[a-z][a-z0-9._-]*");

    public static String identifier(String field, String value) {
        notBlank(field, value);
        if (!IDENTIFIER.matcher(value).matches()) {
            throw new IllegalArgumentException(field
                    + " must be a lowercase identifier of letters, digits, '.', '-' and '_' starting with a letter,"
                    + " but was \"" + value + "\"");
        }
        return value;
    }

    /** Fails unless {@code value} is a finite number (not NaN, not infinite). */
    public static double finite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(field + " must be a finite number, but was " + value);
        }
        return value;
    }

    /** Fails unless {@code value} lies in {@code [0, 1]}. */
    public static double ratio(String field, double value) {
        finite(field, value);
        if (value < 0 || value > 1) {
            throw new IllegalArgumentException(field + " must be in [0, 1], but was " + value);
        }
        return value;
    }

    /** Immutable copy of a list that rejects null elements, naming the element's index. */
    public static <T> List<T> listCopy(String field, Collection<? extends T> values) {
        notNull(field, values);
        int i = 0;
        for (T value : values) {
            notNull(field + "[" + i + "]", value);
            i++;
        }
        return List.copyOf(values);
    }

    /** Immutable copy of a map, in the given map's iteration order, that rejects null keys and values. */
    public static <K, V> Map<K, V> mapCopy(String field, Map<? extends K, ? extends V> values) {
        notNull(field, values);
        values.forEach((k, v) -> {
            notNull(field + " key", k);
            notNull(field + "[" + k + "]", v);
        });
        return Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
