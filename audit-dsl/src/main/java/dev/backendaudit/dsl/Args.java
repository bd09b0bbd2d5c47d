package dev.backendaudit.dsl;

import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.Topic;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Argument checks at the point of entry. Every message starts with the clause as written
 * ({@code "performance.latencyP95(-3 ms)"}), then names the value and the rule.
 */
final class Args {

    private Args() {
    }

    /** Fails with {@code "<clause>: <field> must not be null"}. */
    static <T> T notNull(String clause, String field, T value) {
        if (value == null) {
            throw new NullPointerException(clause + ": " + field + " must not be null");
        }
        return value;
    }

    /** Fails with {@code "<clause>: <field> must be a finite number, but was NaN"}. */
    static double finite(String clause, String field, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(clause + ": " + field + " must be a finite number, but was " + value);
        }
        return value;
    }

    /** Runs {@code action}; an {@link IllegalArgumentException} it throws is re-thrown with the clause in front. */
    static <T> T guard(String clause, Supplier<T> action) {
        try {
            return action.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(clause + ": " + e.getMessage(), e);
        }
    }

    /** A call as written: {@code method(arguments)}. */
    static String call(String method, Object... arguments) {
        StringBuilder text = new StringBuilder(method).append('(');
        for (int i = 0; i < arguments.length; i++) {
            text.append(i > 0 ? ", " : "").append(show(arguments[i]));
        }
        return text.append(')').toString();
    }

    /**
     * A note given to a clause: null is refused, with the form that takes no note. Fails with
     * {@code "<clause>: note must not be null; to give no note, leave it out: <noteless>"}.
     */
    static String note(String clause, String noteless, String note) {
        if (note == null) {
            throw new NullPointerException(clause + ": note must not be null; to give no note, leave it out: "
                    + noteless);
        }
        return note;
    }

    /** A value as a person reads it in a clause: durations in their unit, texts quoted, topics by id. */
    static String show(Object value) {
        if (value instanceof Topic) {
            return ((Topic) value).id();
        }
        if (value instanceof Duration) {
            return Quantity.of((Duration) value).toString();
        }
        if (value instanceof String) {
            return "\"" + value + "\"";
        }
        if (value instanceof double[]) {
            return java.util.Arrays.toString((double[]) value);
        }
        if (value instanceof Double && (Double) value == Math.rint((Double) value) && Double.isFinite((Double) value)) {
            return Long.toString((long) (double) (Double) value);
        }
        return String.valueOf(value);
    }
}
