package dev.backendaudit.test.baseline;

import dev.backendaudit.internal.Checks;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A set of {@link Waiver}s, one per criterion at most.
 *
 * @param waivers the waivers, sorted by criterion id
 */
public record Waivers(List<Waiver> waivers) {

    private static final Waivers NONE = new Waivers(List.of());

    /**
     * Creates a {@code Waivers}, checking its components.
     *
     * @param waivers the waivers, sorted by criterion id
     * @throws IllegalArgumentException if two waivers name one criterion
     */
    public Waivers {
        waivers = Checks.listCopy("waivers", waivers).stream().sorted(Comparator.comparing(Waiver::criterion)).toList();
        Set<String> seen = new HashSet<>();
        for (Waiver waiver : waivers) {
            if (!seen.add(waiver.criterion())) {
                throw new IllegalArgumentException("waivers must name each criterion once, but '" + waiver.criterion()
                        + "' appears twice");
            }
        }
    }

    /**
     * No waivers.
     *
     * @return waivers that excuse nothing
     */
    public static Waivers none() {
        return NONE;
    }

    /**
     * The given waivers.
     *
     * @param waivers the waivers, each of a different criterion
     * @return the waivers, sorted by criterion id
     * @throws IllegalArgumentException if two waivers name one criterion
     */
    public static Waivers of(Waiver... waivers) {
        return new Waivers(List.of(waivers));
    }

    /**
     * The waiver of {@code criterion}, if any (valid or expired).
     *
     * @param criterion a criterion id, matched exactly
     * @return that criterion's waiver, whether it still holds or not; empty when there is none
     */
    public Optional<Waiver> find(String criterion) {
        return waivers.stream().filter(w -> w.criterion().equals(criterion)).findFirst();
    }
}
