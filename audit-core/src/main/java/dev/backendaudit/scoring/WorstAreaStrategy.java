package dev.backendaudit.scoring;

import dev.backendaudit.internal.Checks;
import dev.backendaudit.model.Area;
import dev.backendaudit.model.AreaAssessment;
import dev.backendaudit.model.Assessment;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Decision;
import dev.backendaudit.model.Figure;
import dev.backendaudit.model.Health;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.scoring.internal.Outcomes;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The worst area decides, the way application health endpoints aggregate their components: the
 * health statuses are put in an order, worst first, and the first status any area has is the
 * system's status, which then maps to an outcome.
 *
 * <p>With the defaults the order is CRITICAL, NEEDS_ATTENTION, UNKNOWN, HEALTHY, mapped to REBUILD,
 * OPTIMIZE, INCONCLUSIVE and HEALTHY: one critical area means a rebuild, one area needing attention
 * means optimization, and a system is healthy only when every area is healthy on evidence.
 *
 * <p>Choose it when a single bad area should dominate, as in an operations dashboard, and when
 * the verdict must be explainable in one sentence. Its rule id is {@value #RULE}; the verdict's
 * figures hold {@link #WORST_HEALTH} and {@link #WORST_AREAS}.
 *
 * <pre>{@code
 * Strategies.worstArea();                                          // defaults
 * Strategies.worstArea(new WorstAreaStrategy.Config(
 *         List.of(Health.CRITICAL, Health.UNKNOWN, Health.NEEDS_ATTENTION, Health.HEALTHY),
 *         Map.of(Health.CRITICAL, Outcome.OPTIMIZE, Health.NEEDS_ATTENTION, Outcome.OPTIMIZE,
 *                Health.UNKNOWN, Outcome.INCONCLUSIVE, Health.HEALTHY, Outcome.HEALTHY)));
 * }</pre>
 */
@Value.Enclosing
public final class WorstAreaStrategy extends ConfiguredStrategy<WorstAreaStrategy.Config> {

    /** The strategy's name. */
    public static final String NAME = "worst-area";
    /** The strategy's version. */
    public static final String VERSION = "1.0";
    /** Rule id: the worst area health decided. */
    public static final String RULE = "worst-area";
    /** Rule id: the audit has no areas at all. */
    public static final String NO_AREAS = "no-areas";
    /** Figure: the worst area health, e.g. {@code "NEEDS_ATTENTION"}. */
    public static final Figure<String> WORST_HEALTH = Figure.text(NAME, "worst-health");
    /** Figure: the areas with the worst health. */
    public static final Figure<List<Area>> WORST_AREAS = Figure.areas(NAME, "worst-areas");

    /**
     * The strategy's settings.
     *
     * @param order    every {@link Health} exactly once, worst first; UNKNOWN must come before HEALTHY
     * @param outcomes the outcome each health maps to, for every health; UNKNOWN must not map to HEALTHY
     */
    @Value.Builder
    public record Config(List<Health> order, Map<Health, Outcome> outcomes) implements WorstAreaStrategySettings.WithConfig {

        /** CRITICAL, NEEDS_ATTENTION, UNKNOWN, HEALTHY mapped to REBUILD, OPTIMIZE, INCONCLUSIVE, HEALTHY. */
        public static final Config DEFAULTS = new Config(
                List.of(Health.CRITICAL, Health.NEEDS_ATTENTION, Health.UNKNOWN, Health.HEALTHY),
                Map.of(Health.CRITICAL, Outcome.REBUILD, Health.NEEDS_ATTENTION, Outcome.OPTIMIZE,
                        Health.UNKNOWN, Outcome.INCONCLUSIVE, Health.HEALTHY, Outcome.HEALTHY));

        /** @throws IllegalArgumentException if a health is missing or repeated, or missing evidence could count as health */
        public Config {
            order = Checks.listCopy("worst-area order", order);
            outcomes = Checks.mapCopy("worst-area outcomes", outcomes);
            if (order.size() != Health.values().length || !EnumSet.copyOf(order).equals(EnumSet.allOf(Health.class))) {
                throw new IllegalArgumentException("worst-area order must list every health exactly once, "
                        + EnumSet.allOf(Health.class) + ", but was " + order);
            }
            if (!outcomes.keySet().equals(EnumSet.allOf(Health.class))) {
                throw new IllegalArgumentException("worst-area outcomes must map every health "
                        + EnumSet.allOf(Health.class) + ", but mapped " + outcomes.keySet());
            }
            if (order.indexOf(Health.UNKNOWN) > order.indexOf(Health.HEALTHY)) {
                throw new IllegalArgumentException("worst-area order must put UNKNOWN before HEALTHY (missing evidence"
                        + " is never health), but was " + order);
            }
            if (outcomes.get(Health.UNKNOWN) == Outcome.HEALTHY) {
                throw new IllegalArgumentException("worst-area outcome of UNKNOWN must not be HEALTHY (missing evidence"
                        + " is never health), but was HEALTHY");
            }
            outcomes = Map.copyOf(new EnumMap<>(outcomes));
        }
    }


    /** The strategy with {@link Config#DEFAULTS}; public for {@link java.util.ServiceLoader}. */
    public WorstAreaStrategy() {
        this(Config.DEFAULTS);
    }

    /** The strategy with {@code config}. */
    public WorstAreaStrategy(Config config) {
        super(NAME, VERSION, config);
    }




    @Override
    public Decision decide(Assessment assessment, AuditHistory history) {
        Checks.notNull("assessment", assessment);
        Checks.notNull("history", history);
        if (assessment.areas().isEmpty()) {
            return Decision.of(Outcome.INCONCLUSIVE, NO_AREAS, "The audit of " + assessment.subject()
                    + " has no areas, so no area can decide");
        }
        for (Health health : config().order()) {
            List<AreaAssessment> worst = assessment.areas().stream().filter(a -> a.health() == health).toList();
            if (!worst.isEmpty()) {
                Outcome outcome = config().outcomes().get(health);
                return Decision.builder(outcome)
                        .reason(RULE, "The worst area health is " + health + " (" + Outcomes.names(worst)
                                + "), which means " + outcome + " in the order " + config().order())
                        .figure(WORST_HEALTH, health.name())
                        .figure(WORST_AREAS, worst.stream().map(AreaAssessment::area).toList())
                        .build();
            }
        }
        throw new AssertionError("the order lists every health");
    }

}
