package dev.backendaudit.internal;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Finds the known id nearest to one a user gave, so that an id matching nothing fails with a
 * message that says what was meant: {@code no area 'perfomance' in this audit; did you mean
 * 'performance'? Known: [architecture, performance, ...]}.
 *
 * <p>Not part of the public API.
 */
public final class NearestMatch {

    private NearestMatch() {
    }

    /**
     * The known id with the smallest edit distance to {@code given} (ties: the alphabetically first),
     * when that distance is at most a third of the longer id's length (so that unrelated ids are not
     * suggested); also any known id that contains {@code given} or is contained in it.
     *
     * @param given the id a user gave
     * @param known the ids there are
     * @return the nearest known id, if any is near enough
     */
    public static Optional<String> nearest(String given, Collection<String> known) {
        Checks.notNull("given", given);
        Checks.notNull("known", known);
        String wanted = given.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : new TreeSet<>(known)) {
            String lower = candidate.toLowerCase(Locale.ROOT);
            int distance = distance(wanted, lower);
            boolean contains = !wanted.isEmpty() && (lower.contains(wanted) || wanted.contains(lower));
            int limit = Math.max(1, Math.max(wanted.length(), lower.length()) / 3);
            if ((distance <= limit || contains) && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The end of an error message about an id that matches nothing: {@code "; did you mean 'b'? Known: [a, b]"},
     * or {@code "; known: [a, b]"} when nothing is near, or {@code "; there are none"} when nothing is known.
     *
     * @param given the id a user gave
     * @param known the ids there are
     * @return the suggestion and the known ids, starting with {@code "; "}
     */
    public static String suggestion(String given, Collection<String> known) {
        List<String> sorted = List.copyOf(new TreeSet<>(Checks.notNull("known", known)));
        if (sorted.isEmpty()) {
            return "; there are none";
        }
        return nearest(given, sorted).map(n -> "; did you mean '" + n + "'? Known: " + sorted)
                .orElse("; known: " + sorted);
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
