package dev.backendaudit.bounds.internal;

import dev.backendaudit.model.Answer;
import dev.backendaudit.model.AnswerCriterion;
import dev.backendaudit.model.Criterion;
import dev.backendaudit.model.Dimension;
import dev.backendaudit.model.Direction;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.FindingStatus;
import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.Provenance;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.Severity;
import dev.backendaudit.model.ThresholdCriterion;
import dev.backendaudit.model.TimeSeries;
import dev.backendaudit.model.TrendCriterion;
import dev.backendaudit.model.Unit;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/**
 * Findings for evidence nobody gave: what a criterion would find if its evidence came out a given way.
 * Each carries hypothetical evidence (provenance {@value #SOURCE}) and an explanation that starts
 * {@value #MARK}, and is decided by the criterion's own {@code judge}, so its status and severity are
 * exactly what that evidence would give:
 *
 * <ul>
 *   <li>a threshold criterion reads a measurement: absent at the healthy end of the metric's range (0 when
 *       higher is worse; 100 % for a share, else a thousand times the warning bound, when lower is worse),
 *       worst at the other end (100 % for a share, else a thousand times the critical bound; 0 when lower
 *       is worse), and exactly on a bound (which is not beyond it) or just past it in between;</li>
 *   <li>an answer criterion reads a healthy choice, or the first choice at the wanted severity;</li>
 *   <li>a trend criterion at its worst reads the steepest series of non-negative weekly values: a
 *       straight line from zero to a million the bad way (a straight line is a significant trend, which a
 *       lone spike is not), of the fewest points, up to 64, that the criterion judges critical; taken
 *       absent, or between its bounds, it has no series and its finding is stated directly, so that no
 *       invented level enters the history rules.</li>
 * </ul>
 * A hypothetical percentile of one load is also held to the percentiles beside it ({@link #at}): no
 * resolution has a p95 below its p50.
 * Not part of the API.
 */
final class Hypotheticals {

    /** The provenance source of hypothetical evidence. */
    static final String SOURCE = "hypothetical";
    /** How every hypothetical explanation starts. */
    static final String MARK = "hypothetical (no such evidence was given): ";

    private static final Provenance PROVENANCE = Provenance.of(SOURCE);
    private static final int MOST_POINTS = 64;
    private static final double TOP = 1e6;

    private Hypotheticals() {
    }

    /** The criterion of {@code finding} with its sign absent. */
    static Finding absent(Finding finding) {
        Criterion criterion = finding.criterion();
        if (criterion instanceof ThresholdCriterion t) {
            Optional<Finding> judged = judged(t, healthiest(t), FindingStatus.ABSENT, Optional.empty());
            if (judged.isPresent()) {
                return judged.get();
            }
        } else if (criterion instanceof AnswerCriterion a) {
            return mark(a.judge(new Answer(a.question(), a.healthyChoices().get(0), Optional.empty(), PROVENANCE)));
        }
        return stated(criterion, Optional.empty());
    }

    /** The criterion of {@code finding} at its worst attainable severity. */
    static Finding worst(Finding finding, Instant at) {
        Criterion criterion = finding.criterion();
        if (criterion instanceof ThresholdCriterion t) {
            return mark(t.judge(measurement(t, worstValue(t))));
        }
        if (criterion instanceof AnswerCriterion a) {
            return answered(a, a.severities().values().stream().max(Severity::compareTo).orElseThrow());
        }
        TrendCriterion trend = (TrendCriterion) criterion;
        Finding steepest = null;
        for (int points = 3; points <= MOST_POINTS; points++) {
            steepest = trend.judge(line(trend, points, at));
            if (steepest.isAtLeast(Severity.CRITICAL)) {
                break;
            }
        }
        return mark(steepest);
    }

    /** The criterion of {@code finding} present at WARNING, if its bounds leave room for a warning. */
    static Optional<Finding> warning(Finding finding, Instant at) {
        Criterion criterion = finding.criterion();
        if (criterion instanceof ThresholdCriterion t) {
            double w = t.warning().baseValue();
            double c = t.critical().baseValue();
            return w == c ? Optional.empty() : judged(t, (w + c) / 2, FindingStatus.PRESENT, Optional.of(Severity.WARNING));
        }
        if (criterion instanceof AnswerCriterion a) {
            return a.severities().containsValue(Severity.WARNING) ? Optional.of(answered(a, Severity.WARNING))
                    : Optional.empty();
        }
        return Optional.of(stated(criterion, Optional.of(Severity.WARNING)));
    }

    /**
     * The criterion of {@code finding} brought down to {@code to} (empty: absent): a measurement exactly on
     * the bound that separates the two, a choice at that severity, or a trend stated at it.
     */
    static Optional<Finding> lowered(Finding finding, Optional<Severity> to) {
        Criterion criterion = finding.criterion();
        FindingStatus status = to.isPresent() ? FindingStatus.PRESENT : FindingStatus.ABSENT;
        if (criterion instanceof ThresholdCriterion t) {
            double bound = to.isPresent() ? t.critical().baseValue() : t.warning().baseValue();
            return judged(t, bound, status, to);
        }
        if (criterion instanceof AnswerCriterion a) {
            if (to.isEmpty()) {
                return Optional.of(absent(finding));
            }
            return a.severities().containsValue(to.get()) ? Optional.of(answered(a, to.get())) : Optional.empty();
        }
        boolean attainable = to.isEmpty() || to.get() == Severity.WARNING && hasWarningBand((TrendCriterion) criterion);
        return attainable ? Optional.of(stated(criterion, to)) : Optional.empty();
    }

    /** The criterion of {@code finding} worsened to {@code to}: a measurement just past the bound, a choice at it. */
    static Optional<Finding> raised(Finding finding, Severity to) {
        Criterion criterion = finding.criterion();
        if (criterion instanceof ThresholdCriterion t) {
            double bound = (to == Severity.CRITICAL ? t.critical() : t.warning()).baseValue();
            boolean higherIsWorse = t.direction() == Direction.HIGHER_IS_WORSE;
            double past;
            if (t.metric().dimension().baseUnit() == Unit.COUNT) {
                // a count is whole: the nearest count past the bound
                past = higherIsWorse ? Math.floor(bound) + 1 : Math.ceil(bound) - 1;
            } else {
                double step = Math.max(Math.abs(bound), 1) * 1e-9;
                past = higherIsWorse ? bound + step : bound - step;
            }
            if (past < 0 || t.metric().dimension() == Dimension.RATIO && past > 1) {
                return Optional.empty();
            }
            return judged(t, past, FindingStatus.PRESENT, Optional.of(to));
        }
        if (criterion instanceof AnswerCriterion a) {
            return a.severities().containsValue(to) ? Optional.of(answered(a, to)) : Optional.empty();
        }
        return to == Severity.WARNING && !hasWarningBand((TrendCriterion) criterion) ? Optional.empty()
                : Optional.of(stated(criterion, Optional.of(to)));
    }

    private static boolean hasWarningBand(TrendCriterion trend) {
        return trend.warningChange() < trend.criticalChange();
    }

    private static Optional<Finding> judged(ThresholdCriterion t, double value, FindingStatus status,
                                            Optional<Severity> severity) {
        if (t.metric().dimension().baseUnit() == Unit.COUNT && value != Math.rint(value)) {
            // a count is whole: the whole values on either side, the first that is judged as asked
            return judged(t, Math.floor(value), status, severity)
                    .or(() -> judged(t, Math.ceil(value), status, severity));
        }
        Finding judged = t.judge(measurement(t, value));
        return judged.status() == status && judged.severity().equals(severity) ? Optional.of(mark(judged))
                : Optional.empty();
    }

    private static Finding answered(AnswerCriterion a, Severity severity) {
        String choice = a.severities().entrySet().stream().filter(e -> e.getValue() == severity)
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        return mark(a.judge(new Answer(a.question(), choice, Optional.empty(), PROVENANCE)));
    }

    private static double healthiest(ThresholdCriterion t) {
        if (t.direction() == Direction.HIGHER_IS_WORSE) {
            return 0;
        }
        return t.metric().dimension() == Dimension.RATIO ? 1 : Math.max(t.warning().baseValue() * 1000, 1);
    }

    private static double worstValue(ThresholdCriterion t) {
        if (t.direction() == Direction.LOWER_IS_WORSE) {
            return 0;
        }
        return t.metric().dimension() == Dimension.RATIO ? 1 : Math.max(t.critical().baseValue() * 1000, 1000);
    }

    private static Measurement measurement(ThresholdCriterion t, double baseValue) {
        return Measurement.of(t.metric(), Quantity.of(baseValue, t.metric().dimension().baseUnit()), PROVENANCE);
    }

    /** {@code points} weekly values up to {@code at} on a straight line between zero and a million, the bad way. */
    private static TimeSeries line(TrendCriterion trend, int points, Instant at) {
        boolean declining = trend.direction() == Direction.LOWER_IS_WORSE;
        boolean whole = trend.metric().dimension().baseUnit() == Unit.COUNT;
        TimeSeries series = TimeSeries.of(trend.metric(), trend.metric().dimension().baseUnit(), PROVENANCE);
        for (int i = 0; i < points; i++) {
            double rising = TOP * i / (points - 1);
            double value = declining ? TOP - rising : rising;
            series = series.point(at.minus(7L * (points - i), ChronoUnit.DAYS), whole ? Math.rint(value) : value);
        }
        return series;
    }

    /** Whether {@code finding} was judged on a measurement made here (not one that was given). */
    static boolean isHypotheticalMeasurement(Finding finding) {
        return finding.evidence().isPresent() && finding.evidence().get() instanceof Measurement
                && finding.evidence().get().provenance() == PROVENANCE;
    }

    /**
     * The threshold criterion of {@code finding} judged on a measurement of {@code baseValue} instead: a
     * hypothetical percentile moved to where the percentiles beside it leave room.
     */
    static Finding at(Finding finding, double baseValue) {
        ThresholdCriterion t = (ThresholdCriterion) finding.criterion();
        return mark(t.judge(measurement(t, baseValue)));
    }

    /** A finding without evidence at {@code severity} (empty: absent), stated rather than judged. */
    private static Finding stated(Criterion criterion, Optional<Severity> severity) {
        String text = MARK + criterion.topic().name() + " taken to be " + severity.map(s -> "present at " + s)
                .orElse("absent") + " (" + criterion.describeRule() + ")";
        return new Finding(criterion, severity.isPresent() ? FindingStatus.PRESENT : FindingStatus.ABSENT, severity,
                Optional.empty(), text, 0);
    }

    private static Finding mark(Finding judged) {
        return new Finding(judged.criterion(), judged.status(), judged.severity(), judged.evidence(),
                MARK + judged.explanation(), judged.excess());
    }
}
