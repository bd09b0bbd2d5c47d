package dev.backendaudit.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Filtering and mapping of small lists without a stream pipeline, for the engine's and the
 * built-in strategies' paths that run on every evaluation (a stream costs more to set up than its
 * few elements cost to visit). Results are unmodifiable, like {@code Stream.toList()}.
 *
 * <p>Not part of the public API.
 */
public final class Lists {

    private Lists() {
    }

    /** The elements of {@code list} that match {@code keep}, in order. */
    public static <T> List<T> filter(List<? extends T> list, Predicate<? super T> keep) {
        List<T> kept = new ArrayList<>(list.size());
        for (T element : list) {
            if (keep.test(element)) {
                kept.add(element);
            }
        }
        return Collections.unmodifiableList(kept);
    }

    /** {@code map} of each element of {@code list}, in order. */
    public static <T, R> List<R> map(List<? extends T> list, Function<? super T, ? extends R> map) {
        List<R> mapped = new ArrayList<>(list.size());
        for (T element : list) {
            mapped.add(map.apply(element));
        }
        return Collections.unmodifiableList(mapped);
    }
}
