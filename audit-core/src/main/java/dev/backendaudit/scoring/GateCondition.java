package dev.backendaudit.scoring;

import dev.backendaudit.internal.Checks;
import dev.backendaudit.model.Direction;
import dev.backendaudit.model.Metric;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.scoring.internal.Outcomes;
import org.immutables.value.Value;

/**
 * One condition of a {@link GateStrategy}: a named measurement must not lie beyond a bound. A value
 * exactly on the bound passes.
 *
 * <pre>{@code
 * GateCondition.above(Metrics.LEAD_TIME, Quantity.of(7, Unit.DAYS));                     // fails as OPTIMIZE
 * GateCondition.above(Metrics.CHANGE_FAILURE_RATE, Quantity.percent(30)).failing(Outcome.REBUILD);
 * GateCondition.below(Metrics.DEPLOYMENT_FREQUENCY, Quantity.of(1, Unit.PER_WEEK));
 * }</pre>
 *
 * @param metric    the measurement the condition reads
 * @param failsWhen {@link Direction#HIGHER_IS_WORSE} fails above the bound, {@link Direction#LOWER_IS_WORSE} below it
 * @param bound     the bound, in a unit of the metric's dimension
 * @param onFailure the outcome a failure means, HEALTHY excluded: OPTIMIZE or REBUILD
 */
@Value.Builder
public record GateCondition(Metric metric, Direction failsWhen, Quantity bound, Outcome onFailure)
        implements WithGateCondition {

    /** @throws IllegalArgumentException if the bound's unit does not fit the metric or the failure outcome is not OPTIMIZE or REBUILD */
    public GateCondition {
        Checks.notNull("gate condition metric", metric);
        Checks.notNull("gate condition '" + metric.id() + "' failsWhen", failsWhen);
        Checks.notNull("gate condition '" + metric.id() + "' bound", bound);
        Outcomes.decided("gate condition '" + metric.id() + "' onFailure", onFailure);
        if (onFailure == Outcome.HEALTHY) {
            throw new IllegalArgumentException("gate condition '" + metric.id()
                    + "' onFailure must be OPTIMIZE or REBUILD, but was HEALTHY");
        }
        if (bound.dimension() != metric.dimension()) {
            throw new IllegalArgumentException("gate condition '" + metric.id() + "' bound must be in a unit of "
                    + metric.dimension() + ", but was " + bound + " (" + bound.unit() + ")");
        }
    }

    /** Fails, as OPTIMIZE, when the measurement is above {@code bound}. */
    public static GateCondition above(Metric metric, Quantity bound) {
        return new GateCondition(metric, Direction.HIGHER_IS_WORSE, bound, Outcome.OPTIMIZE);
    }

    /** Fails, as OPTIMIZE, when the measurement is below {@code bound}. */
    public static GateCondition below(Metric metric, Quantity bound) {
        return new GateCondition(metric, Direction.LOWER_IS_WORSE, bound, Outcome.OPTIMIZE);
    }

    /** This condition with another failure outcome. */
    public GateCondition failing(Outcome outcome) {
        return withOnFailure(outcome);
    }

    /** Whether a value in the metric's base unit fails the condition. */
    public boolean failsFor(double baseValue) {
        return failsWhen.isBeyond(baseValue, bound.baseValue());
    }

    /** The key of this condition in a verdict's details: {@code "condition.deployment.lead-time.above"}. */
    public String key() {
        return "condition." + metric.id() + "." + failsWhen.beyondWord();
    }

    /** {@code "lead time for changes must not be above 7 d"}. */
    @Override
    public String toString() {
        return metric.name() + " must not be " + failsWhen.beyondWord() + " " + bound;
    }
}
