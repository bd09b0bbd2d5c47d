package dev.backendaudit.dsl;

import dev.backendaudit.model.Direction;
import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.Metric;
import dev.backendaudit.model.Provenance;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.Sign;
import dev.backendaudit.model.ThresholdCriterion;

/**
 * Bounds in the making, as values: the measurement bounds may follow ({@link Target}), a warning bound
 * waiting for its critical bound ({@link Warned}), and complete bounds ({@link Spec}). Bounds replace the
 * criterion with the same id, so the standard numbers are never copied here.
 */
final class Bounds {

    private Bounds() {
    }

    /**
     * A measurement just given, which bounds may follow.
     *
     * @param clause    the clause as written, for messages
     * @param metric    the measured metric
     * @param id        the criterion id the bounds replace or create
     * @param sign      the sign that criterion detects; null until named with {@code signalling}
     * @param direction which way is worse; null lets the bounds choose (a criterion is created)
     */
    record Target(String clause, Metric metric, String id, Sign sign, Direction direction) implements Pending {

        @Override
        public boolean finished() {
            return true;
        }

        @Override
        public String howToFinish() {
            return clause;
        }

        /** The warning bound in {@code wanted}'s direction, checked against the metric and the criterion. */
        Warned warn(Direction wanted, Quantity bound) {
            String here = clause + "." + (wanted == Direction.HIGHER_IS_WORSE ? "warnAbove" : "warnBelow") + "("
                    + bound + ")";
            Args.notNull(here, "warning bound", bound);
            if (direction != null && direction != wanted) {
                throw new IllegalArgumentException(here + ": " + metric.name() + " is worse when "
                        + (direction == Direction.HIGHER_IS_WORSE ? "higher, so its bounds are warnAbove/criticalAbove"
                        : "lower, so its bounds are warnBelow/criticalBelow"));
            }
            Args.guard(here, () -> Measurement.of(metric, bound, Provenance.manual()));
            return new Warned(this, here, bound, wanted);
        }
    }

    /**
     * A warning bound waiting for its critical bound.
     *
     * @param target    the measurement it bounds
     * @param clause    the clause as written so far
     * @param warning   the warning bound
     * @param direction which way is worse
     */
    record Warned(Target target, String clause, Quantity warning, Direction direction) implements Pending {

        @Override
        public boolean finished() {
            return false;
        }

        @Override
        public String howToFinish() {
            return clause + " needs its critical bound: follow it with ."
                    + (direction == Direction.HIGHER_IS_WORSE ? "criticalAbove" : "criticalBelow") + "(...)";
        }

        /** The complete bounds, once the critical bound is checked against the warning bound. */
        Spec critical(Quantity bound) {
            String here = clause + "." + (direction == Direction.HIGHER_IS_WORSE ? "criticalAbove" : "criticalBelow")
                    + "(" + bound + ")";
            Args.notNull(here, "critical bound", bound);
            Args.guard(here, () -> Measurement.of(target.metric(), bound, Provenance.manual()));
            if (direction.isBeyond(warning.baseValue(), bound.baseValue())) {
                throw new IllegalArgumentException(here + ": the critical bound must be at or " + direction.beyondWord()
                        + " the warning bound " + warning + ", but was " + bound);
            }
            return new Spec(here, target.metric(), target.id(), target.sign(), direction, warning, bound);
        }
    }

    /**
     * Bounds for one measurement, complete; at the top of a sentence they wait for their sign.
     *
     * @param clause    the whole clause as written, for messages
     * @param metric    the bounded metric
     * @param id        the criterion id the bounds replace or create
     * @param sign      the sign the criterion judging the metric detects; null if none judges it
     * @param direction which way is worse
     * @param warning   the warning bound
     * @param critical  the critical bound
     */
    record Spec(String clause, Metric metric, String id, Sign sign, Direction direction, Quantity warning,
                Quantity critical) implements Pending {

        @Override
        public boolean finished() {
            return false;
        }

        @Override
        public String howToFinish() {
            return clause + " needs the sign its bounds detect: follow it with .signalling(sign)";
        }

        ThresholdCriterion criterion(Sign withSign) {
            return Args.guard(clause, () -> new ThresholdCriterion(id, withSign, metric, direction, warning, critical));
        }
    }

    /** The measurement the next bound bounds, or a failure naming the bound that has none. */
    static Target target(Pending pending, Direction wanted, Quantity bound) {
        if (pending instanceof Target target) {
            return target;
        }
        throw new IllegalStateException((wanted == Direction.HIGHER_IS_WORSE ? "warnAbove" : "warnBelow") + "("
                + bound + ") must directly follow the measurement it bounds");
    }

    /** The warning bound the next critical bound completes, or a failure naming the critical bound. */
    static Warned warned(Pending pending, Direction wanted, Quantity bound) {
        if (pending instanceof Warned warned && warned.direction() == wanted) {
            return warned;
        }
        throw new IllegalStateException((wanted == Direction.HIGHER_IS_WORSE ? "criticalAbove" : "criticalBelow") + "("
                + bound + ") must directly follow its "
                + (wanted == Direction.HIGHER_IS_WORSE ? "warnAbove" : "warnBelow") + "(...) bound");
    }
}
