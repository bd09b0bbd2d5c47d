package dev.backendaudit.bounds;

import dev.backendaudit.internal.Checks;
import dev.backendaudit.model.Criterion;
import dev.backendaudit.model.Outcome;

/**
 * One criterion without evidence in the ordered list of what would settle a verdict: what resolving it
 * alone would tell, how far the steps up to it narrow the bounds, and where its evidence would come from.
 * See {@link CertaintySearch} for how the list is ranked.
 *
 * <p>Read a step as: "if {@code criterion} turns out at its worst, the verdict is at best
 * {@code ifWorst}; if it turns out absent, it is at worst {@code ifAbsent}; once it and every step before
 * it turn out absent, the verdict is at worst {@code worstOnceAbsent}". A step that does not
 * {@code matter} cannot change the outcome once the steps that matter are resolved without their sign.
 *
 * @param criterion       the criterion that has no evidence
 * @param source          where its evidence would come from
 * @param ifWorst         the best outcome left if this criterion alone is found at its worst severity
 * @param ifAbsent        the worst outcome left if this criterion alone is found absent
 * @param worstOnceAbsent the worst outcome left once this and every earlier step are found absent
 * @param matters         whether the step is one of those that must be resolved for the bounds to meet, or
 *                        moves a bound on its own
 * @param examined        whether the search evaluated this step; when false (the search's budget ran out)
 *                        the three outcomes are the verdict's bounds, unnarrowed, and {@code matters} is true
 */
public record SettleStep(Criterion criterion, EvidenceSource source, Outcome ifWorst, Outcome ifAbsent,
                         Outcome worstOnceAbsent, boolean matters, boolean examined) {

    /**
     * @param criterion       the criterion that has no evidence
     * @param source          where its evidence would come from
     * @param ifWorst         the best outcome left if this criterion alone is found at its worst severity
     * @param ifAbsent        the worst outcome left if this criterion alone is found absent
     * @param worstOnceAbsent the worst outcome left once this and every earlier step are found absent
     * @param matters         whether the step is one of those that must be resolved for the bounds to meet, or
     *                        moves a bound on its own
     * @param examined        whether the search evaluated this step; when false (the search's budget ran out)
     *                        the three outcomes are the verdict's bounds, unnarrowed, and {@code matters} is true
     * @throws NullPointerException naming the field that is missing
     */
    public SettleStep {
        Checks.notNull("settle step criterion", criterion);
        Checks.notNull("settle step source of '" + criterion.id() + "'", source);
        Checks.notNull("settle step ifWorst of '" + criterion.id() + "'", ifWorst);
        Checks.notNull("settle step ifAbsent of '" + criterion.id() + "'", ifAbsent);
        Checks.notNull("settle step worstOnceAbsent of '" + criterion.id() + "'", worstOnceAbsent);
        if (!examined && !matters) {
            throw new IllegalArgumentException("settle step of '" + criterion.id() + "' that was not examined must"
                    + " count as mattering, but matters was false");
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
