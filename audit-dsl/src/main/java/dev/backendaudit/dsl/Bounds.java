package dev.backendaudit.dsl;

import dev.backendaudit.model.Direction;
import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.Metric;
import dev.backendaudit.model.Provenance;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.Sign;
import dev.backendaudit.model.ThresholdCriterion;

/**
 * The measurement that bounds may follow, and a warning bound waiting for its critical bound.
 * Bounds replace the criterion with the same id, so the standard numbers are never copied here.
 */
final class Bounds {

    /**
     * Bounds for one measurement, complete.
     *
     * @param clause    the whole clause as written, for messages
     * @param metric    the bounded metric
     * @param id        the criterion id the bounds replace or create
     * @param sign      the sign the criterion detects; null until named with {@code signalling}
     * @param direction which way is worse
     * @param warning   the warning bound
     * @param critical  the critical bound
     */
    record Spec(String clause, Metric metric, String id, Sign sign, Direction direction, Quantity warning,
                Quantity critical) {

        ThresholdCriterion criterion(Sign withSign) {
            return Args.guard(clause, () -> new ThresholdCriterion(id, withSign, metric, direction, warning, critical));
        }
    }

    private String clause;
    private Metric metric;
    private String id;
    private Sign sign;
    private Direction direction;
    private Quantity warning;
    private Direction chosen;

    /** The measurement just given; {@code direction} null lets the bounds choose (a criterion is created). */
    void target(String measuredClause, Metric measured, String criterionId, Sign detected, Direction worse) {
        settle();
        this.clause = measuredClause;
        this.metric = measured;
        this.id = criterionId;
        this.sign = detected;
        this.direction = worse;
    }

    /** Forgets the measurement; fails if a warning bound still waits for its critical bound. */
    void settle() {
        if (warning != null) {
            String method = chosen == Direction.HIGHER_IS_WORSE ? "criticalAbove" : "criticalBelow";
            throw new IllegalStateException(clause + " needs its critical bound: follow it with ." + method + "(...)");
        }
        clause = null;
    }

    void warn(Direction wanted, Quantity bound) {
        String method = wanted == Direction.HIGHER_IS_WORSE ? "warnAbove" : "warnBelow";
        if (clause == null) {
            throw new IllegalStateException(method + "(" + bound + ") must directly follow the measurement it bounds");
        }
        String here = clause + "." + method + "(" + bound + ")";
        Args.notNull(here, "warning bound", bound);
        if (direction != null && direction != wanted) {
            throw new IllegalArgumentException(here + ": " + metric.name() + " is worse when "
                    + (direction == Direction.HIGHER_IS_WORSE ? "higher, so its bounds are warnAbove/criticalAbove"
                    : "lower, so its bounds are warnBelow/criticalBelow"));
        }
        Args.guard(here, () -> Measurement.of(metric, bound, Provenance.manual()));
        this.clause = here;
        this.warning = bound;
        this.chosen = wanted;
    }

    Spec critical(Direction wanted, Quantity bound) {
        String method = wanted == Direction.HIGHER_IS_WORSE ? "criticalAbove" : "criticalBelow";
        if (warning == null || chosen != wanted) {
            throw new IllegalStateException(method + "(" + bound + ") must directly follow its "
                    + (wanted == Direction.HIGHER_IS_WORSE ? "warnAbove" : "warnBelow") + "(...) bound");
        }
        String here = clause + "." + method + "(" + bound + ")";
        Args.notNull(here, "critical bound", bound);
        Args.guard(here, () -> Measurement.of(metric, bound, Provenance.manual()));
        if (wanted.isBeyond(warning.baseValue(), bound.baseValue())) {
            throw new IllegalArgumentException(here + ": the critical bound must be at or " + wanted.beyondWord()
                    + " the warning bound " + warning + ", but was " + bound);
        }
        Spec spec = new Spec(here, metric, id, sign, wanted, warning, bound);
        warning = null;
        clause = null;
        return spec;
    }
}
