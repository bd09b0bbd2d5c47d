package dev.backendaudit.scoring;

import dev.backendaudit.internal.Checks;
import dev.backendaudit.internal.NearestMatch;
import dev.backendaudit.scoring.history.TrendRules;
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
 * ScoringStrategy score = Strategies.weightedScore();
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

    /** The checklist's own decision, with {@code config}, judging history by {@code trends}. */
    public static ScoringStrategy checklist(ChecklistStrategy.Config config, TrendRules trends) {
        return new ChecklistStrategy(config, trends);
    }

    /** The worst area decides, with the default order; see {@link WorstAreaStrategy}. */
    public static ScoringStrategy worstArea() {
        return new WorstAreaStrategy();
    }

    /** The worst area decides, with {@code config}. */
    public static ScoringStrategy worstArea(WorstAreaStrategy.Config config) {
        return new WorstAreaStrategy(config);
    }

    /** A weighted 0-100 score with default weights and bands; see {@link WeightedScoreStrategy}. */
    public static ScoringStrategy weightedScore() {
        return new WeightedScoreStrategy();
    }

    /** A weighted 0-100 score with {@code config}. */
    public static ScoringStrategy weightedScore(WeightedScoreStrategy.Config config) {
        return new WeightedScoreStrategy(config);
    }

    /** The bronze, silver, gold ladder of the standard criteria; see {@link MaturityLevelsStrategy}. */
    public static ScoringStrategy maturityLevels() {
        return new MaturityLevelsStrategy();
    }

    /** A ladder of maturity levels with {@code config}. */
    public static ScoringStrategy maturityLevels(MaturityLevelsStrategy.Config config) {
        return new MaturityLevelsStrategy(config);
    }

    /** Counts of high and medium risks, with default thresholds; see {@link RiskCountStrategy}. */
    public static ScoringStrategy riskCount() {
        return new RiskCountStrategy();
    }

    /** Counts of high and medium risks, with {@code config}. */
    public static ScoringStrategy riskCount(RiskCountStrategy.Config config) {
        return new RiskCountStrategy(config);
    }

    /** The DORA and latency quality gate; see {@link GateStrategy}. */
    public static ScoringStrategy gate() {
        return new GateStrategy();
    }

    /** A quality gate of {@code conditions}. */
    public static ScoringStrategy gate(List<GateCondition> conditions) {
        return new GateStrategy(conditions);
    }

    /** The default composite: weighted score under floors and the gate's veto; see {@link CompositeStrategy}. */
    public static ScoringStrategy composite() {
        return new CompositeStrategy();
    }

    /** {@code base} under {@code floors}: the outcome is never better than a fired floor allows. */
    public static ScoringStrategy composite(ScoringStrategy base, List<Floor> floors) {
        return new CompositeStrategy(base, floors);
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
            List<String> available = available();
            String nearest = NearestMatch.nearest(name, available).map(n -> "did you mean \"" + n + "\"? ").orElse("");
            throw new IllegalArgumentException("no scoring strategy is named \"" + name + "\"; " + nearest + "available: "
                    + available + ". Register your own in META-INF/services/" + ScoringStrategy.class.getName());
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
