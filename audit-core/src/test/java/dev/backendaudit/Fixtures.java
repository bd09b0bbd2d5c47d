package dev.backendaudit;

import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.checklist.StandardChecklist;
import dev.backendaudit.model.Answer;
import dev.backendaudit.model.AnswerCriterion;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.Criterion;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.Metric;
import dev.backendaudit.model.Provenance;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.Severity;
import dev.backendaudit.model.ThresholdCriterion;
import dev.backendaudit.model.TimeSeries;
import dev.backendaudit.model.TrendCriterion;
import dev.backendaudit.model.Unit;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evidence that makes each standard criterion healthy, warning or critical, so tests can build an
 * audit by saying which criteria are bad.
 */
public final class Fixtures {

    public static final Instant AT = Instant.parse("2026-11-20T09:00:00Z");

    private Fixtures() {
    }

    /** Evidence that decides {@code criterion} at {@code severity}, or healthy when severity is null. */
    public static Evidence evidenceFor(Criterion criterion, Severity severity) {
        if (criterion instanceof ThresholdCriterion) {
            ThresholdCriterion t = (ThresholdCriterion) criterion;
            double warning = t.warning().baseValue();
            double critical = t.critical().baseValue();
            boolean higherWorse = t.direction() == dev.backendaudit.model.Direction.HIGHER_IS_WORSE;
            double value;
            if (severity == null) {
                value = higherWorse ? warning : warning * 1.5 + 1;
            } else if (severity == Severity.WARNING) {
                value = higherWorse ? (warning + critical) / 2 : (warning + critical) / 2;
                if (warning == critical) {
                    throw new IllegalArgumentException("no warning band in " + t.id());
                }
            } else {
                value = higherWorse ? critical * 1.5 + 1 : critical / 2;
            }
            if (t.metric().dimension() == dev.backendaudit.model.Dimension.RATIO) {
                value = Math.min(1, value);
            }
            if (t.metric().dimension() == dev.backendaudit.model.Dimension.COUNT) {
                value = higherWorse ? Math.ceil(value) : Math.floor(value);   // a count is whole
            }
            return Measurement.of(t.metric(), Quantity.of(value, t.metric().dimension().baseUnit()), Provenance.manual());
        }
        if (criterion instanceof AnswerCriterion) {
            AnswerCriterion a = (AnswerCriterion) criterion;
            String choice = severity == null ? a.healthyChoices().get(0)
                    : a.severities().entrySet().stream().filter(e -> e.getValue() == severity)
                    .map(Map.Entry::getKey).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(a.id() + " has no " + severity + " answer"));
            return Answer.choice(a.question(), choice, null);
        }
        TrendCriterion trend = (TrendCriterion) criterion;
        double change = severity == null ? 0 : severity == Severity.WARNING
                ? (trend.warningChange() + trend.criticalChange()) / 2 : Math.min(1.5, trend.criticalChange() * 1.5);
        // linear series over 10 weeks whose relative decline over the span is 'change'
        double mean = 40;
        TimeSeries series = TimeSeries.of(trend.metric(), Unit.PER_WEEK, Provenance.manual());
        for (int i = 0; i < 10; i++) {
            double offset = (i / 9.0 - 0.5) * change * mean;
            double value = trend.direction() == dev.backendaudit.model.Direction.LOWER_IS_WORSE
                    ? mean - offset : mean + offset;
            series = series.point(AT.minus(7L * (10 - i), ChronoUnit.DAYS), value);
        }
        return series;
    }

    /** An audit of every standard criterion, healthy except those in {@code bad}. */
    public static Audit audit(Map<Criterion, Severity> bad) {
        return builder(bad).build();
    }

    /** A builder with the standard checklist and evidence for every criterion. */
    public static Audit.Builder builder(Map<Criterion, Severity> bad) {
        Audit.Builder builder = Audit.builder("checkout-service").at(AT).checklist(StandardChecklist.checklist());
        for (Evidence e : allEvidence(bad)) {
            builder.evidence(e);
        }
        return builder;
    }

    /** Evidence for every standard criterion, healthy except those in {@code bad} (percentiles made possible). */
    public static List<Evidence> allEvidence(Map<Criterion, Severity> bad) {
        List<Evidence> evidence = new ArrayList<>();
        for (Criterion criterion : Criteria.STANDARD) {
            evidence.add(evidenceFor(criterion, bad.get(criterion)));
        }
        return possible(evidence);
    }

    private static final List<List<Metric>> PERCENTILES = List.of(
            List.of(Metrics.LATENCY_P50_NORMAL, Metrics.LATENCY_P95_NORMAL, Metrics.LATENCY_P99_NORMAL),
            List.of(Metrics.LATENCY_P50_PEAK, Metrics.LATENCY_P95_PEAK, Metrics.LATENCY_P99_PEAK));

    /**
     * {@code evidence} with each higher latency percentile raised to at least the one below it of the same load,
     * as real recordings are (an audit refuses p99 below p95). Criteria set bad independently can ask for what
     * cannot be, such as a critical p95 under a healthy p99: then the p99 is as slow as the p95.
     */
    public static List<Evidence> possible(List<Evidence> evidence) {
        List<Evidence> result = new ArrayList<>(evidence);
        for (List<Metric> ladder : PERCENTILES) {
            Measurement below = null;
            for (Metric metric : ladder) {
                int at = -1;
                for (int i = 0; i < result.size(); i++) {
                    if (result.get(i) instanceof Measurement m && m.metric().equals(metric)) {
                        at = i;
                    }
                }
                if (at < 0) {
                    continue;
                }
                Measurement here = (Measurement) result.get(at);
                if (below != null && here.baseValue() < below.baseValue()) {
                    here = Measurement.of(metric, below.value(), here.provenance());
                    result.set(at, here);
                }
                below = here;
            }
        }
        return result;
    }

    /** A fully healthy audit. */
    public static Audit healthy() {
        return audit(Map.of());
    }

    /** Shorthand for an ordered map. */
    public static Map<Criterion, Severity> bad(Object... criterionSeverityPairs) {
        Map<Criterion, Severity> map = new LinkedHashMap<>();
        for (int i = 0; i < criterionSeverityPairs.length; i += 2) {
            map.put((Criterion) criterionSeverityPairs[i], (Severity) criterionSeverityPairs[i + 1]);
        }
        return map;
    }
}
