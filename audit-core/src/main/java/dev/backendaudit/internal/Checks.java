package dev.backendaudit.internal;

import java.time.Instant;
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

    /** The earliest instant the model accepts: the first of year 1, the first four-digit year ISO-8601 writes. */
    public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    /** The latest instant the model accepts: the end of year 9999. */
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private Checks() {
    }

    /**
     * Fails unless {@code value} lies in years 1 to 9999: instants at the ends of time ({@code Instant.MAX})
     * overflow every duration computed from them, and cannot be written as ISO-8601 dates of four digits.
     */
    public static Instant instant(String field, Instant value) {
        notNull(field, value);
        if (value.isBefore(EARLIEST) || value.isAfter(LATEST)) {
            throw new IllegalArgumentException(field + " must be in the years 1 to 9999 (" + EARLIEST + " to "
                    + "9999-12-31T23:59:59Z), but was " + value);
        }
        return value;
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
    public static String identifier(String field, String value) {
        notBlank(field, value);
        if (!isIdentifier(value)) {
            throw new IllegalArgumentException(field
                    + " must be a lowercase identifier of letters, digits, '.', '-' and '_' starting with a letter,"
                    + " but was \"" + value + "\"");
        }
        return value;
    }

    /** Whether {@code value} matches {@code [a-z][a-z0-9._-]*}, without a regular expression (ids are checked often). */
    private static boolean isIdentifier(String value) {
        char first = value.charAt(0);
        if (first < 'a' || first > 'z') {
            return false;
        }
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_';
            if (!ok) {
                return false;
            }
        }
        return true;
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
            if (value == null) {
                throw new NullPointerException(field + "[" + i + "] must not be null");
            }
            i++;
        }
        return List.copyOf(values);
    }

    /**
     * {@link #listCopy(String, Collection)} for a field of something named {@code owner}: the field's
     * name, {@code "<field> '<owner>'"}, is only built when the check fails (these checks run on every
     * finding of every evaluation).
     */
    public static <T> List<T> listCopy(String field, String owner, Collection<? extends T> values) {
        if (values == null) {
            throw new NullPointerException(field + " '" + owner + "' must not be null");
        }
        int i = 0;
        for (T value : values) {
            if (value == null) {
                throw new NullPointerException(field + " '" + owner + "'[" + i + "] must not be null");
            }
            i++;
        }
        return List.copyOf(values);
    }

    /** {@link #notNull(String, Object)} for a field of {@code owner}, named {@code "<field> '<owner>'"} only on failure. */
    public static <T> T notNull(String field, String owner, T value) {
        if (value == null) {
            throw new NullPointerException(field + " '" + owner + "' must not be null");
        }
        return value;
    }

    /** {@link #notBlank(String, String)} for a field of {@code owner}, named {@code "<field> '<owner>'"} only on failure. */
    public static String notBlank(String field, String owner, String value) {
        if (value == null || value.isBlank()) {
            notBlank(field + " '" + owner + "'", value);
        }
        return value;
    }

    /** {@link #finite(String, double)} for a field of {@code owner}, named {@code "<field> '<owner>'"} only on failure. */
    public static double finite(String field, String owner, double value) {
        if (!Double.isFinite(value)) {
            finite(field + " '" + owner + "'", value);
        }
        return value;
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
