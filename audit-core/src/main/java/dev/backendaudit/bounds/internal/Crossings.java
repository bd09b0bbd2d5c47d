package dev.backendaudit.bounds.internal;

import dev.backendaudit.model.Answer;
import dev.backendaudit.model.AnswerCriterion;
import dev.backendaudit.model.Criterion;
import dev.backendaudit.model.Direction;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.Severity;
import dev.backendaudit.model.ThresholdCriterion;
import dev.backendaudit.model.TrendCriterion;
import java.util.Optional;

/**
 * The bound a finding must cross to change severity, in words, and how far it is from it. Not part of the API.
 */
final class Crossings {

    private Crossings() {
    }

    /**
     * What it takes to bring {@code criterion}'s finding down to {@code to} (empty: absent), judged as
     * {@code lowered}: {@code "bring p95 latency under peak load to at most 1 s"}.
     */
    static String improve(Criterion criterion, Optional<Severity> to, Finding lowered) {
        if (criterion instanceof ThresholdCriterion t) {
            Quantity bound = to.isPresent() ? t.critical() : t.warning();
            return t.direction() == Direction.HIGHER_IS_WORSE
                    ? "bring " + t.metric().name() + " to at most " + bound
                    : "raise " + t.metric().name() + " to at least " + bound;
        }
        if (criterion instanceof AnswerCriterion a) {
            return "make the answer to \"" + a.question().text() + "\" " + choice(lowered);
        }
        TrendCriterion trend = (TrendCriterion) criterion;
        double change = to.isPresent() ? trend.criticalChange() : trend.warningChange();
        return "keep the " + moving(trend) + " of " + trend.metric().name() + " within " + percent(change)
                + " over the series";
    }

    /**
     * The worsening of {@code criterion}'s finding to {@code to}, judged as {@code raised}, as a noun phrase:
     * {@code "p95 latency under peak load above 300 ms"}.
     */
    static String worsen(Criterion criterion, Severity to, Finding raised) {
        if (criterion instanceof ThresholdCriterion t) {
            Quantity bound = to == Severity.CRITICAL ? t.critical() : t.warning();
            return t.metric().name() + (t.direction() == Direction.HIGHER_IS_WORSE ? " above " : " below ") + bound;
        }
        if (criterion instanceof AnswerCriterion a) {
            return "the answer " + choice(raised) + " to \"" + a.question().text() + "\"";
        }
        TrendCriterion trend = (TrendCriterion) criterion;
        double change = to == Severity.CRITICAL ? trend.criticalChange() : trend.warningChange();
        return "a " + moving(trend) + " of " + trend.metric().name() + " past " + percent(change);
    }

    /**
     * How far the measured value of {@code finding} lies from the bound at which it would become {@code to},
     * relative to the bound; empty for an answer, a trend, or a bound of zero below which nothing lies.
     */
    static Optional<Double> headroom(Finding finding, Severity to) {
        if (!(finding.criterion() instanceof ThresholdCriterion t) || finding.evidence().isEmpty()
                || !(finding.evidence().get() instanceof Measurement m)) {
            return Optional.empty();
        }
        double bound = (to == Severity.CRITICAL ? t.critical() : t.warning()).baseValue();
        double value = m.baseValue();
        if (bound == 0) {
            return t.direction() == Direction.HIGHER_IS_WORSE ? Optional.of(0.0) : Optional.empty();
        }
        double distance = t.direction() == Direction.HIGHER_IS_WORSE ? (bound - value) / bound : (value - bound) / bound;
        return Optional.of(Math.max(0, distance));
    }

    private static String choice(Finding hypothetical) {
        return hypothetical.evidence().filter(Answer.class::isInstance).map(e -> ((Answer) e).choice()).orElseThrow();
    }

    private static String moving(TrendCriterion trend) {
        return trend.direction() == Direction.LOWER_IS_WORSE ? "decline" : "rise";
    }

    private static String percent(double fraction) {
        return Quantity.ratio(fraction).toString();
    }
}
