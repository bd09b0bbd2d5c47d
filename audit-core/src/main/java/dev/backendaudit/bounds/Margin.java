package dev.backendaudit.bounds;

import dev.backendaudit.internal.Checks;
import dev.backendaudit.model.Criterion;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Severity;
import java.util.Optional;

/**
 * How near a HEALTHY or OPTIMIZE verdict is to a worse one: the decided finding whose worsening, past the
 * nearest bound, would make the outcome worse, whatever the missing evidence shows. Measured findings come
 * first, nearest bound first (by relative {@code headroom}); an answer or a trend, which has no distance
 * to measure, is the margin only when no measured finding is. See {@link CertaintySearch}.
 *
 * @param criterion the criterion whose finding would worsen
 * @param from      its severity now; empty when absent
 * @param to        the severity past the bound
 * @param crossing  the worsening, as a noun phrase: {@code "p95 latency under peak load above 300 ms"}
 * @param headroom  for a measurement, the distance to the bound relative to the bound
 *                  ({@code 0.1}: 270 ms under a 300 ms bound); empty for an answer or a trend
 * @param becomes   the outcome past the bound, worse than the verdict's
 */
public record Margin(Criterion criterion, Optional<Severity> from, Severity to, String crossing,
                     Optional<Double> headroom, Outcome becomes) {

    /**
     * @param criterion the criterion whose finding would worsen
     * @param from      its severity now; empty when absent
     * @param to        the severity past the bound
     * @param crossing  the worsening, as a noun phrase: {@code "p95 latency under peak load above 300 ms"}
     * @param headroom  for a measurement, the distance to the bound relative to the bound
     *                  ({@code 0.1}: 270 ms under a 300 ms bound); empty for an answer or a trend
     * @param becomes   the outcome past the bound, worse than the verdict's
     * @throws IllegalArgumentException if {@code to} is not worse than {@code from}, or the headroom is negative
     */
    public Margin {
        Checks.notNull("margin criterion", criterion);
        Checks.notNull("margin from of '" + criterion.id() + "'", from);
        Checks.notNull("margin to of '" + criterion.id() + "'", to);
        Checks.notBlank("margin crossing of '" + criterion.id() + "'", crossing);
        Checks.notNull("margin headroom of '" + criterion.id() + "'", headroom);
        Checks.notNull("margin becomes of '" + criterion.id() + "'", becomes);
        if (from.isPresent() && from.get().compareTo(to) >= 0) {
            throw new IllegalArgumentException("margin of '" + criterion.id() + "' must go to a worse severity than "
                    + from.get() + ", but went to " + to);
        }
        headroom.ifPresent(h -> {
            Checks.finite("margin headroom of '" + criterion.id() + "'", h);
            if (h < 0) {
                throw new IllegalArgumentException("margin headroom of '" + criterion.id() + "' must be >= 0, but was " + h);
            }
        });
        if (!becomes.isDecided()) {
            throw new IllegalArgumentException("margin becomes must be OPTIMIZE or REBUILD, but was " + becomes);
        }
    }

    /**
     * The criterion's id.
     *
     * @return {@code criterion().id()}
     */
    public String criterionId() {
        return criterion.id();
    }
}
