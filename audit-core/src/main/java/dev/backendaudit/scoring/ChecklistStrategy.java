package dev.backendaudit.scoring;

import dev.backendaudit.checklist.OptimizationCondition;
import dev.backendaudit.internal.Checks;
import dev.backendaudit.internal.Lists;
import dev.backendaudit.model.AreaAssessment;
import dev.backendaudit.model.Assessment;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.CheckStatus;
import dev.backendaudit.model.ConditionCheck;
import dev.backendaudit.model.Decision;
import dev.backendaudit.model.Figure;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.Health;
import dev.backendaudit.model.IndicatorCheck;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Reason;
import dev.backendaudit.model.Severity;
import dev.backendaudit.scoring.history.TrendJudgement;
import dev.backendaudit.scoring.history.TrendRules;
import dev.backendaudit.scoring.internal.Outcomes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The checklist's own decision between optimization and rebuild, as explicit rules decided from
 * evidence. The verdict's rationale names every rule that fired, by the ids below, and the verdict
 * carries the four {@link OptimizationCondition} checks (holds, fails or unknown) the decision rests on.
 *
 * <ol>
 *   <li><b>REBUILD</b> when any of these fire (all that fire are named):
 *     <ul>
 *       <li>{@value #REBUILD_INDICATOR}: a rebuild indicator is present at critical severity, decided from
 *           every finding that bears on it (its own criteria, and critical findings on what it describes:
 *           critical mean complexity is unmanageable complexity, see
 *           {@link dev.backendaudit.checklist.RebuildIndicators});</li>
 *       <li>{@value #FOUNDATION_CRITICAL}: both foundation areas, Architecture and Scalability, are
 *           critical: the architecture cannot support scaling;</li>
 *       <li>{@value #SYSTEMIC_PROBLEMS}: the condition "issues are isolated" fails: at least
 *           {@link Config#systemicAreas()} areas (default 3) that count toward it need attention at once
 *           (the six standard areas count; a team's own area only when its definition says so);</li>
 *       <li>{@value #DEPLOYMENT_UNSTABLE}: the condition "deployment processes are stable" fails: a
 *           deployment-failure finding (the change failure rate) is critical;</li>
 *       <li>given earlier verdicts, the {@link TrendRules} about time:
 *           {@value TrendRules#CONSISTENT_PROBLEMS}, {@value TrendRules#FIXES_CREATE_ISSUES_REPEATEDLY} and
 *           {@value TrendRules#SPEED_CONTINUES_TO_DECLINE}, each naming the audits it compared, by time, in
 *           its text and in the detail {@code history.<rule>.audits}.</li>
 *     </ul></li>
 *   <li><b>INCONCLUSIVE</b>, {@value #FOUNDATION_UNKNOWN}: a foundation area has no evidence at all, so
 *       whether the foundation can support growth, the key question, is open.</li>
 *   <li><b>OPTIMIZE</b>, {@value #OPTIMIZATION_ENOUGH}: some area needs attention and no condition for
 *       optimization fails; the rationale states each condition as it was found: holding, or unknown.</li>
 *   <li><b>HEALTHY</b>, {@value #ALL_HEALTHY}: no area needs attention.</li>
 * </ol>
 *
 * <p>Every decision is then held to the engine's {@link dev.backendaudit.model.EvidencePolicy}: HEALTHY
 * needs every counted area decided and enough coverage, OPTIMIZE enough coverage; below it the verdict
 * is INCONCLUSIVE. Rebuild rules come first because they rest on positive evidence: a critical rebuild
 * indicator settles the question however thin the rest of the evidence is.
 *
 * <pre>{@code
 * Strategies.checklist();                                          // defaults
 * Strategies.checklist(new ChecklistStrategy.Config(4));           // 4 areas at once are systemic
 * Strategies.checklist(ChecklistStrategy.Config.DEFAULTS, TrendRules.DEFAULTS.withConsistentAudits(4).withConsistentSigns(2));
 * }</pre>
 */
@Value.Enclosing
public final class ChecklistStrategy extends ConfiguredStrategy<ChecklistStrategy.Config> {

    /** The strategy's name. */
    public static final String NAME = "checklist";
    /** The strategy's version. */
    public static final String VERSION = "2.0";

    /** Rule id: a rebuild indicator is present at critical severity. */
    public static final String REBUILD_INDICATOR = "rebuild-indicator";
    /** Rule id: both foundation areas are critical. */
    public static final String FOUNDATION_CRITICAL = "foundation-critical";
    /** Rule id: several areas need attention at once. */
    public static final String SYSTEMIC_PROBLEMS = "systemic-problems";
    /** Rule id: deployment processes are not stable. */
    public static final String DEPLOYMENT_UNSTABLE = "deployment-unstable";
    /** Rule id: a foundation area has no evidence. */
    public static final String FOUNDATION_UNKNOWN = "foundation-unknown";
    /** Rule id: problems are isolated and optimization is enough. */
    public static final String OPTIMIZATION_ENOUGH = "optimization-enough";
    /** Rule id: no area needs attention. */
    public static final String ALL_HEALTHY = "all-healthy";

    /**
     * The figure of the audits a rule about time compared, by time: {@code auditsCompared("consistent-problems")}.
     *
     * @param rule a {@link TrendRules} rule id
     * @return the figure's key
     */
    public static Figure<List<Instant>> auditsCompared(String rule) {
        return Figure.instants(NAME, "history." + rule + ".audits");
    }

    /**
     * The strategy's settings. How much evidence a verdict needs is the engine's
     * {@link dev.backendaudit.model.EvidencePolicy}, not a setting of the strategy.
     *
     * @param systemicAreas how many counted areas needing attention at once make problems systemic; at least 2
     */
    @Value.Builder
    public record Config(int systemicAreas) implements ChecklistStrategySettings.WithConfig {

        /** The defaults: 3 areas are systemic. */
        public static final Config DEFAULTS = new Config(3);

        /** @throws IllegalArgumentException if {@code systemicAreas < 2} */
        public Config {
            if (systemicAreas < 2) {
                throw new IllegalArgumentException("systemicAreas must be >= 2, but was " + systemicAreas);
            }
        }
    }

    private final TrendRules trends;

    /** The strategy with {@link Config#DEFAULTS}; public for {@link java.util.ServiceLoader}. */
    public ChecklistStrategy() {
        this(Config.DEFAULTS);
    }

    /**
     * The strategy with {@code config} and the default {@link TrendRules}.
     *
     * @param config the settings
     */
    public ChecklistStrategy(Config config) {
        this(config, TrendRules.DEFAULTS);
    }

    /**
     * The strategy with {@code config}, judging history by {@code trends}.
     *
     * @param config the settings
     * @param trends the rules about time
     */
    public ChecklistStrategy(Config config, TrendRules trends) {
        super(NAME, VERSION, config);
        this.trends = Checks.notNull("trends", trends);
    }

    /**
     * The rules this strategy judges history by.
     *
     * @return the trend rules
     */
    public TrendRules trends() {
        return trends;
    }




    @Override
    public Decision decide(Assessment assessment, AuditHistory history) {
        Checks.notNull("assessment", assessment);
        Checks.notNull("history", history);
        List<ConditionCheck> conditions = OptimizationChecks.check(assessment, config().systemicAreas());
        List<Reason> rebuild = rebuildReasons(assessment, conditions);
        List<TrendJudgement> overTime = trends.judge(assessment, history);
        if (!rebuild.isEmpty() || !overTime.isEmpty()) {
            Decision.Builder decision = Decision.builder(Outcome.REBUILD).reasons(rebuild).conditions(conditions);
            for (TrendJudgement judgement : overTime) {
                decision.reason(judgement.rule(), judgement.text()).figure(auditsCompared(judgement.rule()),
                        judgement.audits());
            }
            return decision.build();
        }
        List<AreaAssessment> foundationUnknown = Lists.filter(assessment.areas(), a -> a.area().foundation() && a.health() == Health.UNKNOWN);
        if (!foundationUnknown.isEmpty()) {
            return Decision.builder(Outcome.INCONCLUSIVE).conditions(conditions).reason(FOUNDATION_UNKNOWN,
                    "No rebuild rule fired, but the foundation " + (foundationUnknown.size() == 1 ? "area " : "areas ")
                            + Outcomes.names(foundationUnknown) + (foundationUnknown.size() == 1 ? " has" : " have")
                            + " no evidence, so whether the"
                            + " foundation can support growth is open. The next steps list the evidence that would"
                            + " settle it").build();
        }
        List<AreaAssessment> attention = assessment.needingAttention();
        if (!attention.isEmpty()) {
            return Decision.builder(Outcome.OPTIMIZE).conditions(conditions).reason(OPTIMIZATION_ENOUGH,
                    "Optimization is enough: " + attention.size() + " of " + assessment.areas().size()
                            + " areas need attention (" + Outcomes.names(attention) + ") and no rebuild rule fired."
                            + " Conditions for optimization: " + conditions.stream().map(ConditionCheck::toString)
                            .collect(Collectors.joining("; ")), attention.stream().flatMap(a -> a.present().stream())
                            .map(Finding::criterion).toList()).build();
        }
        List<AreaAssessment> decided = Lists.filter(assessment.areas(), a -> a.health() == Health.HEALTHY);
        List<AreaAssessment> unknown = Outcomes.unknownAreas(assessment);
        return Decision.builder(Outcome.HEALTHY).conditions(conditions).reason(ALL_HEALTHY,
                "No area needs attention and no rebuild rule fired: " + (decided.isEmpty() ? "no area"
                        : Outcomes.names(decided)) + (decided.size() == 1 ? " is" : " are") + " healthy on evidence"
                        + (unknown.isEmpty() ? "" : "; " + Outcomes.names(unknown) + (unknown.size() == 1 ? " has"
                        : " have") + " no evidence") + "; coverage " + assessment.coverage()).build();
    }

    private List<Reason> rebuildReasons(Assessment assessment, List<ConditionCheck> conditions) {
        List<Reason> reasons = new ArrayList<>();
        for (IndicatorCheck indicator : assessment.indicators()) {
            if (indicator.isAtLeast(Severity.CRITICAL)) {
                reasons.add(new Reason(REBUILD_INDICATOR, "Rebuild indicator present: " + indicator.indicator().title()
                        + " (" + indicator.text() + ")", indicator.basis()));
            }
        }
        List<AreaAssessment> foundation = Lists.filter(assessment.areas(), a -> a.area().foundation());
        if (foundation.size() >= 2 && foundation.stream().allMatch(a -> a.health() == Health.CRITICAL)) {
            reasons.add(new Reason(FOUNDATION_CRITICAL, "The architecture cannot support scaling: the foundation areas "
                    + Outcomes.names(foundation) + " are all critical", foundation.stream()
                    .flatMap(a -> a.present().stream()).filter(f -> f.isAtLeast(Severity.CRITICAL))
                    .map(Finding::criterion).toList()));
        }
        for (ConditionCheck condition : conditions) {
            if (condition.status() != CheckStatus.FAILS) {
                continue;
            }
            if (condition.id().equals(OptimizationCondition.ISSUES_ISOLATED.id())) {
                reasons.add(new Reason(SYSTEMIC_PROBLEMS, "Problems are systemic, so optimization is not enough: "
                        + condition.text(), condition.basis()));
            } else if (condition.id().equals(OptimizationCondition.DEPLOYMENT_STABLE.id())) {
                reasons.add(new Reason(DEPLOYMENT_UNSTABLE, "Deployment processes are not stable, so optimization is"
                        + " not enough: " + condition.text(), condition.basis()));
            }
        }
        return reasons;
    }

    @Override
    public String toString() {
        return super.toString() + " " + trends;
    }
}
