package dev.backendaudit.scoring;

import dev.backendaudit.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Finds scoring strategies: the built-in ones by factory method, any of them (and users' own) by
 * name through {@link ServiceLoader}.
 *
 * <pre>{@code
 * ScoringStrategy checklist = Strategies.checklist();
 * ScoringStrategy mine = Strategies.byName("no-critical");   // listed in META-INF/services
 * }</pre>
 */
public final class Strategies {

    private Strategies() {
    }

    /** The checklist's own decision, with default settings; the default strategy. */
    public static ScoringStrategy checklist() {
        return new ChecklistStrategy();
    }

    /** The checklist's own decision, with {@code config}. */
    public static ScoringStrategy checklist(ChecklistStrategy.Config config) {
        return new ChecklistStrategy(config);
    }

    /**
     * The strategy registered under {@code name}, from the context class loader's service providers.
     *
     * @throws IllegalArgumentException listing the available names if none has {@code name}, or if
     *                                  two providers claim the same name
     */
    public static ScoringStrategy byName(String name) {
        Checks.notBlank("strategy name", name);
        List<ScoringStrategy> matches = loadAll().stream().filter(s -> s.name().equals(name)).toList();
        if (matches.isEmpty()) {
            throw new IllegalArgumentException("no scoring strategy is named \"" + name + "\"; available: "
                    + available() + ". Register your own in META-INF/services/" + ScoringStrategy.class.getName());
        }
        if (matches.size() > 1) {
            throw new IllegalArgumentException("scoring strategy name \"" + name + "\" must be unique, but "
                    + matches.size() + " providers claim it: " + matches.stream().map(s -> s.getClass().getName())
                    .collect(Collectors.joining(", ")));
        }
        return matches.get(0);
    }

    /** The names of every registered strategy, sorted. */
    public static List<String> available() {
        return List.copyOf(loadAll().stream().collect(Collectors.toMap(ScoringStrategy::name, s -> s,
                (a, b) -> a, TreeMap::new)).keySet());
    }

    private static List<ScoringStrategy> loadAll() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = Strategies.class.getClassLoader();
        }
        List<ScoringStrategy> all = new ArrayList<>();
        ServiceLoader.load(ScoringStrategy.class, loader).forEach(all::add);
        return all;
    }
}
