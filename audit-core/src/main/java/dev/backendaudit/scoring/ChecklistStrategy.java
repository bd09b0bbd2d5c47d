package dev.backendaudit.scoring;

import dev.backendaudit.checklist.Areas;
import dev.backendaudit.checklist.OptimizationCondition;
import dev.backendaudit.internal.Checks;
import dev.backendaudit.model.AreaAssessment;
import dev.backendaudit.model.Assessment;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.Health;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.Reason;
import dev.backendaudit.model.Severity;
import dev.backendaudit.scoring.history.TrendJudgement;
import dev.backendaudit.scoring.internal.Outcomes;
import dev.backendaudit.scoring.history.TrendRules;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The checklist's own decision between optimization and rebuild, as explicit rules. The
 * verdict's rationale names every rule that fired, by the ids below.
 *
 * <ol>
 *   <li><b>REBUILD</b> when any of these fire (all that fire are named):
 *     <ul>
 *       <li>{@value #REBUILD_INDICATOR}: a rebuild indicator (architecture cannot support scaling,
 *           fixes create new issues repeatedly, development speed keeps declining, complexity is
 *           unmanageable) is present at critical severity;</li>
 *       <li>{@value #FOUNDATION_CRITICAL}: both foundation areas, Architecture and Scalability, are
 *           critical: the architecture cannot support scaling;</li>
 *       <li>{@value #SYSTEMIC_PROBLEMS}: at least {@link Config#systemicAreas()} areas (default 3)
 *           need attention at once: problems are systemic, not isolated;</li>
 *       <li>{@value #DEPLOYMENT_UNSTABLE}: Deployment &amp; DevOps is critical, so deployment
 *           processes are not stable enough for optimization to be enough;</li>
 *       <li>given earlier verdicts, the {@link TrendRules} about time (since 1.1):
 *           {@value TrendRules#CONSISTENT_PROBLEMS} (several problems present consistently),
 *           {@value TrendRules#FIXES_CREATE_ISSUES_REPEATEDLY} (signs recurring after they were gone) and
 *           {@value TrendRules#SPEED_CONTINUES_TO_DECLINE} (a development-speed measurement worsening from
 *           audit to audit). Each names the audits it compared, by time, in its text and in the detail
 *           {@code history.<rule>.audits}. Without history none of them fires.</li>
 *     </ul></li>
 *   <li><b>INCONCLUSIVE</b>, {@value #INSUFFICIENT_EVIDENCE}: a foundation area has no evidence at
 *       all, or coverage is under {@link Config#minimumCoverage()} (default 50 %). The next steps
 *       name the evidence that would settle it.</li>
 *   <li><b>OPTIMIZE</b>, {@value #OPTIMIZATION_ENOUGH}: some area needs attention and every
 *       {@link OptimizationCondition} holds.</li>
 *   <li><b>HEALTHY</b>, {@value #ALL_HEALTHY}: every area is healthy on evidence.</li>
 *   <li><b>INCONCLUSIVE</b>, {@value #UNKNOWN_AREAS}: nothing needs attention, but some area has no
 *       evidence, so health cannot be claimed.</li>
 * </ol>
 *
 * <p>Rebuild rules come first because they rest on positive evidence: a critical rebuild indicator
 * settles the question however thin the rest of the evidence is. Missing evidence never makes an
 * outcome better; it can only make it INCONCLUSIVE.
 *
 * <pre>{@code
 * Strategies.checklist();                                          // defaults
 * Strategies.checklist(new ChecklistStrategy.Config(4, 0.7));      // stricter evidence, laxer systemic bound
 * Strategies.checklist(ChecklistStrategy.Config.DEFAULTS, TrendRules.DEFAULTS.withConsistency(4, 2));
 * }</pre>
 */
public final class ChecklistStrategy implements ScoringStrategy {

    /** The strategy's name. */
    public static final String NAME = "checklist";
    /** The strategy's version. */
    public static final String VERSION = "1.1";

    /** Rule id: a rebuild indicator is present at critical severity. */
    public static final String REBUILD_INDICATOR = "rebuild-indicator";
    /** Rule id: both foundation areas are critical. */
    public static final String FOUNDATION_CRITICAL = "foundation-critical";
    /** Rule id: several areas need attention at once. */
    public static final String SYSTEMIC_PROBLEMS = "systemic-problems";
    /** Rule id: Deployment &amp; DevOps is critical. */
    public static final String DEPLOYMENT_UNSTABLE = "deployment-unstable";
    /** Rule id: too little evidence to decide. */
    public static final String INSUFFICIENT_EVIDENCE = "insufficient-evidence";
    /** Rule id: problems are isolated and optimization is enough. */
    public static final String OPTIMIZATION_ENOUGH = "optimization-enough";
    /** Rule id: every area is healthy on evidence. */
    public static final String ALL_HEALTHY = "all-healthy";
    /** Rule id: nothing needs attention but some area has no evidence. */
    public static final String UNKNOWN_AREAS = "unknown-areas";

    /**
     * The strategy's settings.
     *
     * @param systemicAreas   how many areas needing attention at once make problems systemic; at least 2
     * @param minimumCoverage the least evidence coverage, in [0, 1], from which a decision is made
     */
    public record Config(int systemicAreas, double minimumCoverage) {

        /** The defaults: 3 areas are systemic; at least half of the criteria must be decided. */
        public static final Config DEFAULTS = new Config(3, 0.5);

        /** @throws IllegalArgumentException if {@code systemicAreas < 2} or coverage is outside [0, 1] */
        public Config {
            if (systemicAreas < 2) {
                throw new IllegalArgumentException("systemicAreas must be >= 2, but was " + systemicAreas);
            }
            Checks.ratio("minimumCoverage", minimumCoverage);
        }
    }

    private final Config config;
    private final TrendRules trends;

    /** The strategy with {@link Config#DEFAULTS}; public for {@link java.util.ServiceLoader}. */
    public ChecklistStrategy() {
        this(Config.DEFAULTS);
    }

    /** The strategy with {@code config} and the default {@link TrendRules}. */
    public ChecklistStrategy(Config config) {
        this(config, TrendRules.DEFAULTS);
    }

    /** The strategy with {@code config}, judging history by {@code trends}. */
    public ChecklistStrategy(Config config, TrendRules trends) {
        this.config = Checks.notNull("config", config);
        this.trends = Checks.notNull("trends", trends);
    }

    /** The rules this strategy judges history by. */
    public TrendRules trends() {
        return trends;
    }

    /** This strategy's settings. */
    public Config config() {
        return config;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public Decision decide(Assessment assessment, AuditHistory history) {
        Checks.notNull("assessment", assessment);
        Checks.notNull("history", history);
        List<Reason> rebuild = rebuildReasons(assessment);
        List<TrendJudgement> overTime = trends.judge(assessment, history);
        if (!rebuild.isEmpty() || !overTime.isEmpty()) {
            Decision.Builder decision = Decision.builder(Outcome.REBUILD).reasons(rebuild);
            for (TrendJudgement judgement : overTime) {
                decision.reason(judgement.rule(), judgement.text()).detail("history." + judgement.rule() + ".audits",
                        judgement.audits().stream().map(Object::toString).collect(Collectors.joining(",")));
            }
            return decision.build();
        }
        List<AreaAssessment> attention = assessment.needingAttention();
        List<String> thin = thinEvidence(assessment);
        if (!thin.isEmpty()) {
            return Decision.of(Outcome.INCONCLUSIVE, INSUFFICIENT_EVIDENCE, "Too little evidence to decide: "
                    + String.join("; ", thin) + ". The next steps list the evidence that would settle it");
        }
        if (!attention.isEmpty()) {
            String conditions = List.of(OptimizationCondition.values()).stream().map(OptimizationCondition::text)
                    .collect(Collectors.joining("; "));
            return Decision.of(Outcome.OPTIMIZE, OPTIMIZATION_ENOUGH, "Optimization is enough: " + attention.size()
                    + " of " + assessment.areas().size() + " areas need attention (" + Outcomes.names(attention)
                    + "), under the " + config.systemicAreas() + " that would make problems systemic, and every condition"
                    + " for optimization holds: " + conditions);
        }
        List<AreaAssessment> unknown = Outcomes.unknownAreas(assessment);
        if (!unknown.isEmpty()) {
            return Decision.of(Outcome.INCONCLUSIVE, UNKNOWN_AREAS, "No area needs attention, but " + Outcomes.names(unknown)
                    + (unknown.size() == 1 ? " has" : " have") + " no evidence, so the system cannot be called healthy");
        }
        return Decision.of(Outcome.HEALTHY, ALL_HEALTHY, "Every area is healthy on evidence; coverage "
                + assessment.coverage());
    }

    private List<Reason> rebuildReasons(Assessment assessment) {
        List<Reason> reasons = new ArrayList<>();
        for (Finding finding : assessment.present()) {
            if (finding.sign().isRebuildIndicator() && finding.isAtLeast(Severity.CRITICAL)) {
                reasons.add(new Reason(REBUILD_INDICATOR, "Rebuild indicator present: " + finding.sign().title()
                        + " (" + finding.criterion().id() + ": " + finding.explanation() + ")"));
            }
        }
        List<AreaAssessment> foundation = assessment.areas().stream().filter(a -> a.area().foundation()).toList();
        if (foundation.size() >= 2 && foundation.stream().allMatch(a -> a.health() == Health.CRITICAL)) {
            reasons.add(new Reason(FOUNDATION_CRITICAL, "The architecture cannot support scaling: the foundation areas "
                    + Outcomes.names(foundation) + " are all critical"));
        }
        List<AreaAssessment> attention = assessment.needingAttention();
        if (attention.size() >= config.systemicAreas()) {
            reasons.add(new Reason(SYSTEMIC_PROBLEMS, "Problems are systemic: " + attention.size() + " of "
                    + assessment.areas().size() + " areas need attention (" + Outcomes.names(attention) + "); "
                    + config.systemicAreas() + " or more means optimization is not enough"));
        }
        assessment.areas().stream()
                .filter(a -> a.area().equals(Areas.DEPLOYMENT) && a.health() == Health.CRITICAL)
                .findFirst()
                .ifPresent(a -> reasons.add(new Reason(DEPLOYMENT_UNSTABLE, "Deployment processes are not stable: "
                        + a.area().name() + " is critical (" + a.present().get(0).explanation() + ")")));
        return reasons;
    }

    private List<String> thinEvidence(Assessment assessment) {
        List<String> thin = new ArrayList<>();
        assessment.areas().stream()
                .filter(a -> a.area().foundation() && a.health() == Health.UNKNOWN)
                .forEach(a -> thin.add("foundation area " + a.area().name() + " has no evidence"));
        double coverage = assessment.coverage().ratio();
        if (coverage < config.minimumCoverage()) {
            thin.add("coverage " + assessment.coverage() + " is under the " + Quantity.ratio(config.minimumCoverage())
                    + " minimum");
        }
        return thin;
    }

    @Override
    public String toString() {
        return NAME + " " + VERSION + " " + config + " " + trends;
    }
}
