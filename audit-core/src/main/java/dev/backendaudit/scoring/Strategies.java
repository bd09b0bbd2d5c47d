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

    /**
     * The checklist's own decision, with default settings; the default strategy.
     *
     * @return a new {@link ChecklistStrategy} with its default settings and trend rules
     */
    public static ScoringStrategy checklist() {
        return new ChecklistStrategy();
    }

    /**
     * The checklist's own decision, with {@code config}.
     *
     * @param config the checklist strategy's settings, e.g. {@code ChecklistStrategy.Config.DEFAULTS} with one changed
     * @return a new {@link ChecklistStrategy} with {@code config} and the default trend rules
     */
    public static ScoringStrategy checklist(ChecklistStrategy.Config config) {
        return new ChecklistStrategy(config);
    }

    /**
     * The checklist's own decision, with {@code config}, judging history by {@code trends}.
     *
     * @param config the checklist strategy's settings
     * @param trends the rules that judge the history of verdicts, e.g. {@code TrendRules.DEFAULTS}
     * @return a new {@link ChecklistStrategy}
     */
    public static ScoringStrategy checklist(ChecklistStrategy.Config config, TrendRules trends) {
        return new ChecklistStrategy(config, trends);
    }

    /**
     * The worst area decides, with the default order; see {@link WorstAreaStrategy}.
     *
     * @return a new {@link WorstAreaStrategy} with its default order of healths
     */
    public static ScoringStrategy worstArea() {
        return new WorstAreaStrategy();
    }

    /**
     * The worst area decides, with {@code config}.
     *
     * @param config the order of healths, worst first, and the outcome the worst area's health gives
     * @return a new {@link WorstAreaStrategy}
     */
    public static ScoringStrategy worstArea(WorstAreaStrategy.Config config) {
        return new WorstAreaStrategy(config);
    }

    /**
     * A weighted 0-100 score with default weights and bands; see {@link WeightedScoreStrategy}.
     *
     * @return a new {@link WeightedScoreStrategy} with its default weights and bands
     */
    public static ScoringStrategy weightedScore() {
        return new WeightedScoreStrategy();
    }

    /**
     * A weighted 0-100 score with {@code config}.
     *
     * @param config the weights of areas and severities and the score bands of each outcome
     * @return a new {@link WeightedScoreStrategy}
     */
    public static ScoringStrategy weightedScore(WeightedScoreStrategy.Config config) {
        return new WeightedScoreStrategy(config);
    }

    /**
     * The bronze, silver, gold ladder of the standard criteria; see {@link MaturityLevelsStrategy}.
     *
     * @return a new {@link MaturityLevelsStrategy} with its default ladder
     */
    public static ScoringStrategy maturityLevels() {
        return new MaturityLevelsStrategy();
    }

    /**
     * A ladder of maturity levels with {@code config}.
     *
     * @param config the ladder of levels and the level that counts as healthy
     * @return a new {@link MaturityLevelsStrategy}
     */
    public static ScoringStrategy maturityLevels(MaturityLevelsStrategy.Config config) {
        return new MaturityLevelsStrategy(config);
    }

    /**
     * Counts of high and medium risks, with default thresholds; see {@link RiskCountStrategy}.
     *
     * @return a new {@link RiskCountStrategy} with its default thresholds
     */
    public static ScoringStrategy riskCount() {
        return new RiskCountStrategy();
    }

    /**
     * Counts of high and medium risks, with {@code config}.
     *
     * @param config how many high and medium risks each outcome allows
     * @return a new {@link RiskCountStrategy}
     */
    public static ScoringStrategy riskCount(RiskCountStrategy.Config config) {
        return new RiskCountStrategy(config);
    }

    /**
     * The DORA and latency quality gate; see {@link GateStrategy}.
     *
     * @return a new {@link GateStrategy} with its {@link GateStrategy#STANDARD} conditions
     */
    public static ScoringStrategy gate() {
        return new GateStrategy();
    }

    /**
     * A quality gate of {@code conditions}.
     *
     * @param conditions the gate's conditions, at least one, each of a different metric and direction
     * @return a new {@link GateStrategy}
     * @throws IllegalArgumentException if there is no condition, or two read the same metric in the same direction
     */
    public static ScoringStrategy gate(List<GateCondition> conditions) {
        return new GateStrategy(conditions);
    }

    /**
     * The default composite: weighted score under floors and the gate's veto; see {@link CompositeStrategy}.
     *
     * @return a new {@link CompositeStrategy} with its default base and floors
     */
    public static ScoringStrategy composite() {
        return new CompositeStrategy();
    }

    /**
     * {@code base} under {@code floors}: the outcome is never better than a fired floor allows.
     *
     * @param base   the strategy whose decision the floors may only worsen
     * @param floors the floors, applied in order; each id once
     * @return a new {@link CompositeStrategy}
     * @throws IllegalArgumentException if two floors share an id
     */
    public static ScoringStrategy composite(ScoringStrategy base, List<Floor> floors) {
        return new CompositeStrategy(base, floors);
    }

    /**
     * The strategy registered under {@code name}, from the context class loader's service providers.
     *
     * @param name a strategy's {@link ScoringStrategy#name()}, e.g. {@code "checklist"}
     * @return a new instance of the one provider with that name
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

    /**
     * The names of every registered strategy, sorted.
     *
     * @return the names, sorted, each once; the built-in strategies' included
     */
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
