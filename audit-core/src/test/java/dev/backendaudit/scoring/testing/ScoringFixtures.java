package dev.backendaudit.scoring.testing;

import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.checklist.StandardChecklist;
import dev.backendaudit.engine.Evaluator;
import dev.backendaudit.model.Assessment;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Criterion;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.scoring.ScoringStrategy;
import dev.backendaudit.test.AuditFixtures.Level;
import dev.backendaudit.test.AuditFixtures;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Shortcuts for the scoring tests over the public {@link AuditFixtures}: levels keyed by criterion
 * id, monthly audit times, and assessing or evaluating in one call. The evidence itself is made by
 * {@link AuditFixtures}; nothing here decides how a criterion reaches a level.
 */
public final class ScoringFixtures {

    /** The subject every fixture audit is of. */
    public static final String SUBJECT = AuditFixtures.SUBJECT;
    /** The time of the first fixture audit. */
    public static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

    private ScoringFixtures() {
    }

    /** The time of the {@code n}th monthly audit after {@link #T0}. */
    public static Instant month(int n) {
        return T0.plus(30L * n, ChronoUnit.DAYS);
    }

    /** Levels for the given criteria (criterion or id, then level), every other standard criterion HEALTHY. */
    public static Map<String, Level> levels(Object... criterionAndLevel) {
        Map<String, Level> levels = all(Level.HEALTHY);
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
     * Random levels for every standard criterion, each level drawn with the given weight and then taken to the
     * nearest level the criterion can reach ({@link #reachable}).
     *
     * @param healthy       weight of HEALTHY
     * @param warning       weight of WARNING
     * @param critical      weight of CRITICAL
     * @param unknown       weight of UNKNOWN
     * @param notApplicable weight of NOT_APPLICABLE
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
                        Criterion criterion = Criteria.STANDARD.get(i);
                        levels.put(criterion.id(), reachable(criterion, list.get(i)));
                    }
                    return levels;
                });
    }

    /** Every standard criterion at {@code level}, or the nearest level it can reach ({@link #reachable}). */
    public static Map<String, Level> all(Level level) {
        Map<String, Level> levels = new LinkedHashMap<>();
        Criteria.STANDARD.forEach(c -> levels.put(c.id(), reachable(c, level)));
        return levels;
    }

    /**
     * {@code level} if {@code criterion} can reach it, else the nearest worse level it can reach (critical for
     * a threshold without a warning band), else the nearest better one: for random levels drawn for every criterion.
     */
    public static Level reachable(Criterion criterion, Level level) {
        if (AuditFixtures.levelsOf(criterion).contains(level)) {
            return level;
        }
        Level worse = AuditFixtures.worse(criterion, level);
        return worse != level ? worse : AuditFixtures.levelsOf(criterion).contains(Level.WARNING) ? Level.WARNING
                : Level.HEALTHY;
    }

    /** An audit at {@code at} with the criteria at {@code levels}; {@code extra} evidence replaces the generated evidence of its topic. */
    public static Audit audit(Instant at, Map<String, Level> levels, Evidence... extra) {
        Map<Criterion, Level> byCriterion = new LinkedHashMap<>();
        List<Evidence> overrides = List.of(extra);
        for (Criterion criterion : Criteria.STANDARD) {
            boolean replaced = overrides.stream().anyMatch(e -> e.topic().equals(criterion.topic()));
            byCriterion.put(criterion, replaced ? Level.UNKNOWN : levels.getOrDefault(criterion.id(), Level.HEALTHY));
        }
        Audit.Builder builder = AuditFixtures.builder(SUBJECT, at, StandardChecklist.checklist(), byCriterion);
        overrides.forEach(builder::evidence);
        return builder.build();
    }

    /** The assessment of {@link #audit} at {@link #T0}. */
    public static Assessment assess(Map<String, Level> levels) {
        return Evaluator.assess(audit(T0, levels));
    }

    /** The verdict of {@code strategy} on {@link #audit} at {@code at}, given {@code history}. */
    public static Verdict verdict(ScoringStrategy strategy, Instant at, Map<String, Level> levels, AuditHistory history,
                                  Evidence... extra) {
        return Evaluator.evaluate(audit(at, levels, extra), strategy, history);
    }
}
