package dev.backendaudit.model;

import dev.backendaudit.internal.Checks;
import org.immutables.value.Value;

/**
 * Compares a {@link Measurement} of a {@link Metric} with a warning and a critical bound.
 *
 * <pre>{@code
 * ThresholdCriterion.above("performance.p95-peak", Signs.SLOW_PERFORMANCE, Metrics.LATENCY_P95_PEAK,
 *         Quantity.millis(300), Quantity.of(Duration.ofSeconds(1)));
 * ThresholdCriterion.below("code-quality.coverage", Signs.MESSY_CODE, Metrics.TEST_COVERAGE,
 *         Quantity.percent(60), Quantity.percent(30));
 * }</pre>
 *
 * <p>A value exactly on a bound is not beyond it: with a warning bound of 300 ms, 300 ms is
 * healthy and 300.001 ms is a warning.
 *
 * @param id        stable lowercase identifier
 * @param sign      the sign detected
 * @param metric    the metric compared
 * @param direction which way is worse
 * @param warning   beyond this bound the sign is present as a {@link Severity#WARNING}
 * @param critical  beyond this bound it is {@link Severity#CRITICAL}; not milder than {@code warning}
 */
@Value.Builder
public record ThresholdCriterion(String id, Sign sign, Metric metric, Direction direction, Quantity warning,
                                 Quantity critical) implements Criterion, WithThresholdCriterion {

    /** @throws IllegalArgumentException if a bound is in the wrong unit, negative, or the critical bound is milder than the warning bound */
    public ThresholdCriterion {
        Checks.identifier("criterion id", id);
        Checks.notNull("criterion '" + id + "' sign", sign);
        Checks.notNull("criterion '" + id + "' metric", metric);
        Checks.notNull("criterion '" + id + "' direction", direction);
        Checks.notNull("criterion '" + id + "' warning bound", warning);
        Checks.notNull("criterion '" + id + "' critical bound", critical);
        checkBound(id, "warning bound", metric, warning);
        checkBound(id, "critical bound", metric, critical);
        if (direction.isBeyond(warning.baseValue(), critical.baseValue())) {
            throw new IllegalArgumentException("criterion '" + id + "' critical bound must be at or "
                    + direction.beyondWord() + " the warning bound " + warning + ", but was " + critical);
        }
    }

    private static void checkBound(String id, String field, Metric metric, Quantity bound) {
        try {
            Measurement.checkValue(metric, bound);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("criterion '" + id + "' " + field + ": " + e.getMessage(), e);
        }
    }

    /** Higher is worse: present above {@code warning}, critical above {@code critical}. */
    public static ThresholdCriterion above(String id, Sign sign, Metric metric, Quantity warning, Quantity critical) {
        return new ThresholdCriterion(id, sign, metric, Direction.HIGHER_IS_WORSE, warning, critical);
    }

    /** Lower is worse: present below {@code warning}, critical below {@code critical}. */
    public static ThresholdCriterion below(String id, Sign sign, Metric metric, Quantity warning, Quantity critical) {
        return new ThresholdCriterion(id, sign, metric, Direction.LOWER_IS_WORSE, warning, critical);
    }

    /** This criterion with other bounds, keeping id, sign, metric and direction. */
    public ThresholdCriterion withBounds(Quantity newWarning, Quantity newCritical) {
        // both at once: moving one bound at a time could pass through an order the constructor refuses
        return new ThresholdCriterionBuilder().from(this).warning(newWarning).critical(newCritical).build();
    }

    @Override
    public Topic topic() {
        return metric;
    }

    @Override
    public String describeRule() {
        String word = direction.beyondWord();
        return "warning " + word + " " + warning + ", critical " + word + " " + critical;
    }

    @Override
    public Finding judge(Evidence evidence) {
        if (evidence instanceof NotApplicable) {
            return Finding.notApplicable(this, (NotApplicable) evidence);
        }
        if (!(evidence instanceof Measurement)) {
            return Finding.unknown(this, java.util.Optional.of(evidence), "a single measurement of " + metric.name()
                    + " is needed to judge it, but the evidence is " + evidence.describe()
                    + "; source: " + evidence.provenance());
        }
        Measurement measurement = (Measurement) evidence;
        double value = measurement.baseValue();
        String word = direction.beyondWord();
        // each explanation is one concatenation: no intermediate strings, one per finding of every evaluation
        if (direction.isBeyond(value, critical.baseValue())) {
            return Finding.present(this, Severity.CRITICAL, evidence, metric.name() + " is " + measurement.value()
                    + ", " + word + " the " + critical + " critical bound; source: " + measurement.provenance(),
                    excess(value, critical));
        }
        if (direction.isBeyond(value, warning.baseValue())) {
            return Finding.present(this, Severity.WARNING, evidence, metric.name() + " is " + measurement.value()
                    + ", " + word + " the " + warning + " warning bound (critical " + word + " " + critical
                    + "); source: " + measurement.provenance(), excess(value, warning));
        }
        return Finding.absent(this, evidence, metric.name() + " is " + measurement.value() + ", within the "
                + warning + " warning bound; source: " + measurement.provenance());
    }

    private double excess(double value, Quantity bound) {
        double limit = bound.baseValue();
        if (limit == 0) {
            return Math.abs(value);
        }
        return Math.abs(value - limit) / Math.abs(limit);
    }
}
