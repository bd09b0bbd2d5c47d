package dev.backendaudit.scoring.testing;

import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.checklist.StandardChecklist;
import dev.backendaudit.engine.Evaluator;
import dev.backendaudit.model.Answer;
import dev.backendaudit.model.AnswerCriterion;
import dev.backendaudit.model.Assessment;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Criterion;
import dev.backendaudit.model.Dimension;
import dev.backendaudit.model.Direction;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.NotApplicable;
import dev.backendaudit.model.Provenance;
import dev.backendaudit.model.Severity;
import dev.backendaudit.model.ThresholdCriterion;
import dev.backendaudit.model.TimeSeries;
import dev.backendaudit.model.TrendCriterion;
import dev.backendaudit.model.Unit;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.scoring.ScoringStrategy;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Builds audits of the standard checklist in which each criterion is put at a chosen {@link Level}
 * by real evidence (a measurement between or beyond its bounds, an answer, a time series), so that
 * scoring tests exercise the whole engine.
 */
public final class ScoringFixtures {

    /** Where a criterion should end up. */
    public enum Level {
        HEALTHY, WARNING, CRITICAL, UNKNOWN, NOT_APPLICABLE;

        /** Whether this level is a decided, present-or-absent level (so it can be worsened). */
        public boolean isDecided() {
            return this == HEALTHY || this == WARNING || this == CRITICAL;
        }
    }

    /** The subject every fixture audit is of. */
    public static final String SUBJECT = "checkout-service";
    /** The time of the first fixture audit. */
    public static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

    private static final Provenance SOURCE = Provenance.of("fixture");

    private ScoringFixtures() {
    }

    /** The time of the {@code n}th monthly audit after {@link #T0}. */
    public static Instant month(int n) {
        return T0.plus(30L * n, ChronoUnit.DAYS);
    }

    /** Levels for the given criteria, every other standard criterion HEALTHY. */
    public static Map<String, Level> levels(Object... criterionAndLevel) {
        Map<String, Level> levels = new LinkedHashMap<>();
        for (Criterion criterion : Criteria.STANDARD) {
            levels.put(criterion.id(), Level.HEALTHY);
        }
        for (int i = 0; i < criterionAndLevel.length; i += 2) {
            String id = criterionAndLevel[i] instanceof Criterion
                    ? ((Criterion) criterionAndLevel[i]).id() : (String) criterionAndLevel[i];
            if (!levels.containsKey(id)) {
                throw new IllegalArgumentException("no standard criterion " + id);
            }
            levels.put(id, (Level) criterionAndLevel[i + 1]);
        }
        return levels;
    }

    /**
     * Random levels for every standard criterion, each level drawn with the given weight.
     *
     * @param healthy        weight of HEALTHY
     * @param warning        weight of WARNING
     * @param critical       weight of CRITICAL
     * @param unknown        weight of UNKNOWN
     * @param notApplicable  weight of NOT_APPLICABLE
     * @return the levels, by criterion id in the standard order
     */
    public static Arbitrary<Map<String, Level>> randomLevels(int healthy, int warning, int critical, int unknown,
                                                              int notApplicable) {
        return Arbitraries.frequency(Tuple.of(healthy, Level.HEALTHY), Tuple.of(warning, Level.WARNING),
                        Tuple.of(critical, Level.CRITICAL), Tuple.of(unknown, Level.UNKNOWN),
                        Tuple.of(notApplicable, Level.NOT_APPLICABLE))
                .list().ofSize(Criteria.STANDARD.size())
                .map(list -> {
                    Map<String, Level> levels = new LinkedHashMap<>();
                    for (int i = 0; i < list.size(); i++) {
                        levels.put(Criteria.STANDARD.get(i).id(), list.get(i));
                    }
                    return levels;
                });
    }

    /** Every standard criterion at {@code level}. */
    public static Map<String, Level> all(Level level) {
        Map<String, Level> levels = new LinkedHashMap<>();
        Criteria.STANDARD.forEach(c -> levels.put(c.id(), level));
        return levels;
    }

    /** An audit at {@code at} with the criteria at {@code levels}; {@code extra} evidence replaces the generated evidence of its topic. */
    public static Audit audit(Instant at, Map<String, Level> levels, Evidence... extra) {
        Audit.Builder builder = Audit.builder(SUBJECT).at(at).checklist(StandardChecklist.checklist());
        List<Evidence> overrides = List.of(extra);
        for (Criterion criterion : Criteria.STANDARD) {
            if (overrides.stream().anyMatch(e -> e.topic().equals(criterion.topic()))) {
                continue;
            }
            evidence(criterion, levels.getOrDefault(criterion.id(), Level.HEALTHY)).ifPresent(builder::evidence);
        }
        overrides.forEach(builder::evidence);
        return builder.build();
    }

    /** The assessment of {@link #audit}. */
    public static Assessment assess(Map<String, Level> levels) {
        return Evaluator.assess(audit(T0, levels));
    }

    /** The verdict of {@code strategy} on {@link #audit} at {@code at}, given {@code history}. */
    public static Verdict verdict(ScoringStrategy strategy, Instant at, Map<String, Level> levels, AuditHistory history,
                                  Evidence... extra) {
        return Evaluator.evaluate(audit(at, levels, extra), strategy, history);
    }

    /** Evidence that puts {@code criterion} at {@code level}; empty for UNKNOWN. */
    public static Optional<Evidence> evidence(Criterion criterion, Level level) {
        switch (level) {
            case UNKNOWN: return Optional.empty();
            case NOT_APPLICABLE: return Optional.of(NotApplicable.of(criterion.topic(), "not used by this service"));
            default: break;
        }
        if (criterion instanceof ThresholdCriterion) {
            return Optional.of(measurement((ThresholdCriterion) criterion, level));
        }
        if (criterion instanceof TrendCriterion) {
            return Optional.of(series((TrendCriterion) criterion, level));
        }
        AnswerCriterion answer = (AnswerCriterion) criterion;
        String choice = level == Level.HEALTHY ? answer.healthyChoices().get(0)
                : answer.severities().entrySet().stream()
                        .filter(e -> e.getValue() == (level == Level.CRITICAL ? Severity.CRITICAL : Severity.WARNING))
                        .map(Map.Entry::getKey).findFirst()
                        .orElse(answer.severities().keySet().iterator().next());
        return Optional.of(Answer.choice(answer.question(), choice, null));
    }

    private static Measurement measurement(ThresholdCriterion criterion, Level level) {
        double warning = criterion.warning().baseValue();
        double critical = criterion.critical().baseValue();
        boolean higherWorse = criterion.direction() == Direction.HIGHER_IS_WORSE;
        double value;
        if (level == Level.HEALTHY) {
            value = warning;
        } else if (level == Level.WARNING && warning != critical) {
            value = (warning + critical) / 2;
        } else if (higherWorse) {
            value = criterion.metric().dimension() == Dimension.RATIO ? (critical + 1) / 2 : critical * 2 + 1;
        } else {
            value = critical / 2;
        }
        return Measurement.of(criterion.metric(), value, baseUnit(criterion.metric().dimension()), SOURCE);
    }

    private static TimeSeries series(TrendCriterion criterion, Level level) {
        double change = level == Level.HEALTHY ? 0
                : level == Level.WARNING ? (criterion.warningChange() + criterion.criticalChange()) / 2
                : Math.min(criterion.criticalChange() * 1.5, 1.9);
        double worse = criterion.direction() == Direction.LOWER_IS_WORSE ? -change : change;
        double first = 100 - 50 * worse;
        double last = 100 + 50 * worse;
        TimeSeries series = TimeSeries.of(criterion.metric(), baseUnit(criterion.metric().dimension()), SOURCE);
        List<Double> values = new ArrayList<>(List.of(first, (first + last) / 2, last));
        for (int i = 0; i < values.size(); i++) {
            series = series.point(T0.minus(7L * (values.size() - i), ChronoUnit.DAYS), values.get(i));
        }
        return series;
    }

    /** The unit whose factor to the base unit is 1. */
    public static Unit baseUnit(Dimension dimension) {
        switch (dimension) {
            case DURATION: return Unit.MILLISECONDS;
            case RATIO: return Unit.RATIO;
            case FACTOR: return Unit.TIMES;
            case COUNT: return Unit.COUNT;
            case RATE: return Unit.PER_DAY;
            default: throw new AssertionError(dimension);
        }
    }
}
