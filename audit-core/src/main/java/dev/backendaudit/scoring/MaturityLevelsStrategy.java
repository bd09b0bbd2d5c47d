package dev.backendaudit.scoring;

import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.internal.Checks;
import dev.backendaudit.model.Assessment;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Criterion;
import dev.backendaudit.model.Decision;
import dev.backendaudit.model.Figure;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.FindingStatus;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.SignKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A ladder of maturity levels, the way service scorecards rank services bronze, silver, gold: a
 * level is reached only when every criterion of that level and of every level below it passes.
 * A criterion passes when evidence shows its sign absent or says it does not apply; a present
 * sign blocks, and so does missing evidence (it is never a pass). Levels name criteria by type, not
 * by id; a criterion a level names but the audit does not contain (removed with
 * {@code withoutCriterion}, or from another checklist) blocks like missing evidence: a level cannot be
 * reached on a criterion nobody judged.
 *
 * <p>Outcomes: reaching {@link Config#healthyLevel()} is HEALTHY ({@value #LEVEL_REACHED}); reaching a
 * lower level is OPTIMIZE ({@value #LEVEL_REACHED}) when a present finding blocks the next level, and
 * INCONCLUSIVE ({@value #BLOCKED_BY_UNKNOWN}) when only missing evidence blocks it; reaching no level
 * is REBUILD ({@value #NO_LEVEL}) when a present finding blocks the first level, INCONCLUSIVE
 * ({@value #BLOCKED_BY_UNKNOWN}) when only missing evidence does. The verdict's figures name the
 * {@link #LEVEL} reached ({@code "none"} below the first), the {@link #NEXT_LEVEL} and the criteria that
 * block it ({@link #BLOCKED_BY}).
 * How much evidence HEALTHY needs overall is the engine's {@link dev.backendaudit.model.EvidencePolicy}.
 *
 * <p>The default ladder is built from the standard criteria:
 * <ul>
 *   <li><b>bronze</b>, the foundation holds: every criterion of a rebuild indicator, and the system
 *       survives traffic spikes;</li>
 *   <li><b>silver</b>, no red flags: every criterion of the foundation areas and of the common red flags;</li>
 *   <li><b>gold</b>, healthy: every standard criterion.</li>
 * </ul>
 *
 * <p>Choose it when teams should climb step by step and each step must be earned in full, and
 * when "what stops us from reaching the next level" is the question to answer.
 *
 * <pre>{@code
 * Strategies.maturityLevels();                                           // bronze, silver, gold
 * Strategies.maturityLevels(new MaturityLevelsStrategy.Config(List.of(
 *         new MaturityLevelsStrategy.Level("basic", List.of(Criteria.ALERTING, Criteria.CI_CD_PIPELINE)),
 *         new MaturityLevelsStrategy.Level("advanced", List.of(Criteria.AUTOMATIC_SCALING))), "advanced"));
 * }</pre>
 */
@Value.Enclosing
public final class MaturityLevelsStrategy extends ConfiguredStrategy<MaturityLevelsStrategy.Config> {

    /** The strategy's name. */
    public static final String NAME = "maturity-levels";
    /** The strategy's version. */
    public static final String VERSION = "2.0";
    /** Rule id: a level was reached. */
    public static final String LEVEL_REACHED = "level-reached";
    /** Rule id: no level was reached because of present findings. */
    public static final String NO_LEVEL = "no-level";
    /** Rule id: only missing evidence blocks the next level. */
    public static final String BLOCKED_BY_UNKNOWN = "blocked-by-unknown";

    /** Figure: the level reached, or {@code "none"}. */
    public static final Figure<String> LEVEL = Figure.text(NAME, "level");
    /** Figure: the next level; absent when the top is reached. */
    public static final Figure<String> NEXT_LEVEL = Figure.text(NAME, "next-level");
    /** Figure: the criteria that block the next level, present, undecided or not part of the audit. */
    public static final Figure<List<Criterion>> BLOCKED_BY = Figure.criteria(NAME, "blocked-by");

    /**
     * One rung of the ladder.
     *
     * @param name     the level's name, a lowercase identifier such as {@code "silver"}
     * @param criteria the criteria this level adds to the ones below it, at least one, matched to the
     *                 audit's criteria by id (so a criterion with overridden bounds still matches)
     */
    @Value.Builder
    public record Level(String name, List<Criterion> criteria) implements MaturityLevelsStrategySettings.WithLevel {

        /** @throws IllegalArgumentException if the name is not an identifier or there are no criteria */
        public Level {
            Checks.identifier("maturity level name", name);
            criteria = Checks.listCopy("maturity level '" + name + "' criteria", criteria);
            if (criteria.isEmpty()) {
                throw new IllegalArgumentException("maturity level '" + name + "' criteria must not be empty");
            }
        }
    }

    /**
     * The strategy's settings.
     *
     * @param levels       the ladder, lowest first, at least one level, distinct names
     * @param healthyLevel the name of the level from which the system is HEALTHY
     */
    @Value.Builder
    public record Config(List<Level> levels, String healthyLevel) implements MaturityLevelsStrategySettings.WithConfig {

        /** Bronze, silver, gold from the standard criteria; gold is healthy. */
        public static final Config DEFAULTS = new Config(standardLadder(), "gold");

        /** @throws IllegalArgumentException if the ladder is empty, names repeat, or the healthy level is not on it */
        public Config {
            levels = Checks.listCopy("maturity levels", levels);
            Checks.notBlank("maturity healthyLevel", healthyLevel);
            if (levels.isEmpty()) {
                throw new IllegalArgumentException("maturity levels must not be empty");
            }
            Set<String> names = new HashSet<>();
            for (Level level : levels) {
                if (!names.add(level.name())) {
                    throw new IllegalArgumentException("maturity level names must be unique, but '" + level.name()
                            + "' appears twice");
                }
            }
            if (!names.contains(healthyLevel)) {
                throw new IllegalArgumentException("maturity healthyLevel must be one of "
                        + levels.stream().map(Level::name).toList() + ", but was \"" + healthyLevel + "\"");
            }
        }

        private static List<Level> standardLadder() {
            List<Criterion> bronze = Criteria.STANDARD.stream()
                    .filter(c -> c.sign().kind() == SignKind.REBUILD_INDICATOR)
                    .collect(Collectors.toCollection(ArrayList::new));
            bronze.add(Criteria.HANDLES_SPIKES);
            List<Criterion> silver = Criteria.STANDARD.stream()
                    .filter(c -> c.area().foundation() || c.sign().kind() == SignKind.RED_FLAG)
                    .filter(c -> !bronze.contains(c)).toList();
            List<Criterion> gold = Criteria.STANDARD.stream()
                    .filter(c -> !bronze.contains(c) && !silver.contains(c)).toList();
            return List.of(new Level("bronze", bronze), new Level("silver", silver), new Level("gold", gold));
        }
    }


    /** The strategy with {@link Config#DEFAULTS}; public for {@link java.util.ServiceLoader}. */
    public MaturityLevelsStrategy() {
        this(Config.DEFAULTS);
    }

    /** The strategy with {@code config}. */
    public MaturityLevelsStrategy(Config config) {
        super(NAME, VERSION, config);
    }




    @Override
    public Decision decide(Assessment assessment, AuditHistory history) {
        Checks.notNull("assessment", assessment);
        Checks.notNull("history", history);
        Map<String, Finding> byId = new HashMap<>();
        for (Finding finding : assessment.findings()) {
            byId.put(finding.criterion().id(), finding);
        }
        int reached = -1;
        List<Finding> blockers = List.of();
        List<Criterion> missing = List.of();
        for (Level level : config().levels()) {
            blockers = level.criteria().stream().map(c -> byId.get(c.id()))
                    .filter(f -> f != null && f.status() != FindingStatus.ABSENT
                            && f.status() != FindingStatus.NOT_APPLICABLE)
                    .sorted(Finding.BY_IMPACT).toList();
            missing = level.criteria().stream().filter(c -> !byId.containsKey(c.id())).toList();
            if (!blockers.isEmpty() || !missing.isEmpty()) {
                break;
            }
            reached++;
        }
        List<Level> levels = config().levels();
        int healthyIndex = levels.stream().map(Level::name).toList().indexOf(config().healthyLevel());
        String levelName = reached < 0 ? "none" : levels.get(reached).name();
        List<Criterion> blockedBy = blockedBy(blockers, missing);
        if (reached >= healthyIndex) {
            Decision.Builder healthy = Decision.builder(Outcome.HEALTHY).reason(LEVEL_REACHED, "Level " + levelName
                    + " reached: every criterion of it and of the levels below passes" + (reached + 1 < levels.size()
                    ? "; the next level " + levels.get(reached + 1).name() + " is blocked by " + ids(blockedBy) : ""))
                    .figure(LEVEL, levelName);
            if (reached + 1 < levels.size()) {
                healthy.figure(NEXT_LEVEL, levels.get(reached + 1).name()).figure(BLOCKED_BY, blockedBy);
            }
            return healthy.build();
        }
        String next = levels.get(reached + 1).name();
        List<Finding> present = blockers.stream().filter(Finding::isPresent).toList();
        String absentFromAudit = missing.isEmpty() ? "" : "; not part of this audit, so never judged: "
                + ids(missing);
        Decision.Builder decision;
        if (present.isEmpty()) {
            decision = Decision.builder(Outcome.INCONCLUSIVE).reason(BLOCKED_BY_UNKNOWN, (reached < 0 ? "No level"
                    : "Level " + levelName) + " reached; only criteria nobody judged block " + next + ": "
                    + (blockers.isEmpty() ? "none undecided" : ids(blockers.stream().map(Finding::criterion).toList())
                    + " undecided") + absentFromAudit);
        } else if (reached < 0) {
            decision = Decision.builder(Outcome.REBUILD).reason(NO_LEVEL, "Not even the first level " + next
                    + " is reached: " + explain(present));
        } else {
            decision = Decision.builder(Outcome.OPTIMIZE).reason(LEVEL_REACHED, "Level " + levelName + " reached, "
                    + config().healthyLevel() + " is healthy; " + next + " is blocked by: " + explain(present));
        }
        return decision.figure(LEVEL, levelName).figure(NEXT_LEVEL, next).figure(BLOCKED_BY, blockedBy).build();
    }

    private static List<Criterion> blockedBy(List<Finding> blockers, List<Criterion> missing) {
        List<Criterion> all = new ArrayList<>(blockers.stream().map(Finding::criterion).toList());
        all.addAll(missing);
        return all;
    }

    private static String ids(List<Criterion> criteria) {
        return criteria.stream().map(Criterion::id).collect(Collectors.joining(","));
    }

    private static String explain(List<Finding> findings) {
        return findings.stream().map(f -> f.criterion().id() + " (" + f.explanation() + ")")
                .collect(Collectors.joining("; "));
    }

}
