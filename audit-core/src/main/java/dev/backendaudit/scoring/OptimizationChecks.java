package dev.backendaudit.scoring;

import dev.backendaudit.checklist.OptimizationCondition;
import dev.backendaudit.internal.Checks;
import dev.backendaudit.internal.Lists;
import dev.backendaudit.model.AreaAssessment;
import dev.backendaudit.model.Assessment;
import dev.backendaudit.model.CheckStatus;
import dev.backendaudit.model.ConditionCheck;
import dev.backendaudit.model.Criterion;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.FindingStatus;
import dev.backendaudit.model.Health;
import dev.backendaudit.scoring.internal.BearingJudge;
import dev.backendaudit.scoring.internal.Outcomes;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides the {@link OptimizationCondition}s from an assessment, as the checklist strategy does, so
 * that a team's own strategy can rest on the same checks: each condition holds, fails or is unknown,
 * with the findings it rests on and one sentence (see {@link OptimizationCondition} for how each is
 * decided).
 *
 * <pre>{@code
 * List<ConditionCheck> checks = OptimizationChecks.check(assessment, 3);
 * boolean enough = checks.stream().noneMatch(c -> c.status() == CheckStatus.FAILS);
 * }</pre>
 */
public final class OptimizationChecks {

    private OptimizationChecks() {
    }

    /**
     * Every optimization condition, in the enum's order.
     *
     * @param assessment    what evidence says
     * @param systemicAreas how many counted areas needing attention at once make problems systemic, at least 2
     * @return the four checks
     * @throws IllegalArgumentException if {@code systemicAreas < 2}
     */
    public static List<ConditionCheck> check(Assessment assessment, int systemicAreas) {
        Checks.notNull("assessment", assessment);
        if (systemicAreas < 2) {
            throw new IllegalArgumentException("systemicAreas must be >= 2, but was " + systemicAreas);
        }
        List<ConditionCheck> checks = new ArrayList<>();
        for (OptimizationCondition condition : OptimizationCondition.values()) {
            checks.add(check(condition, assessment, systemicAreas));
        }
        return List.copyOf(checks);
    }

    /**
     * One optimization condition.
     *
     * @param condition     the condition
     * @param assessment    what evidence says
     * @param systemicAreas how many counted areas needing attention at once make problems systemic, at least 2
     * @return its check
     */
    public static ConditionCheck check(OptimizationCondition condition, Assessment assessment, int systemicAreas) {
        Checks.notNull("condition", condition);
        Checks.notNull("assessment", assessment);
        if (condition == OptimizationCondition.ISSUES_ISOLATED) {
            return isolated(assessment, systemicAreas);
        }
        BearingJudge judge = BearingJudge.of(assessment.findings(), condition.bearings());
        if (condition == OptimizationCondition.ARCHITECTURE_SCALABLE) {
            List<AreaAssessment> foundation = Lists.filter(assessment.areas(), a -> a.area().foundation());
            if (foundation.size() >= 2 && foundation.stream().allMatch(a -> a.health() == Health.CRITICAL)) {
                List<Finding> critical = new ArrayList<>();
                foundation.forEach(a -> critical.addAll(Lists.filter(a.present(), f -> f.isAtLeast(dev.backendaudit.model.Severity.CRITICAL))));
                return new ConditionCheck(condition.id(), condition.text(), CheckStatus.FAILS,
                        BearingJudge.criteria(critical), "the foundation areas " + Outcomes.names(foundation)
                        + " are all critical (" + BearingJudge.ids(critical) + ")"
                        + (judge.counting().isEmpty() ? "" : "; critical: " + BearingJudge.explained(judge.counting())));
            }
        }
        return fromBearings(condition, judge);
    }

    private static ConditionCheck fromBearings(OptimizationCondition condition, BearingJudge judge) {
        if (judge.nothingBears()) {
            return new ConditionCheck(condition.id(), condition.text(), CheckStatus.UNKNOWN, List.of(),
                    "no criterion of this audit bears on it");
        }
        if (!judge.counting().isEmpty()) {
            return new ConditionCheck(condition.id(), condition.text(), CheckStatus.FAILS,
                    BearingJudge.criteria(judge.counting()), "critical: " + BearingJudge.explained(judge.counting()));
        }
        List<Finding> decided = Lists.filter(judge.bearing(), f -> f.status() != FindingStatus.UNKNOWN);
        List<Finding> warnings = Lists.filter(judge.bearing(), Finding::isPresent);
        String warned = warnings.isEmpty() ? "" : "; present below critical: " + BearingJudge.ids(warnings);
        if (judge.unknown().isEmpty()) {
            return new ConditionCheck(condition.id(), condition.text(), CheckStatus.HOLDS,
                    BearingJudge.criteria(judge.bearing()), "none of the findings that bear on it is critical ("
                    + BearingJudge.ids(judge.bearing()) + ")" + warned);
        }
        return new ConditionCheck(condition.id(), condition.text(), CheckStatus.UNKNOWN,
                BearingJudge.criteria(judge.bearing()), "no evidence for " + BearingJudge.ids(judge.unknown())
                + (decided.isEmpty() ? "" : decided.size() == 1 ? "; " + BearingJudge.ids(decided) + " is not critical"
                : "; none of " + BearingJudge.ids(decided) + " is critical") + warned);
    }

    private static ConditionCheck isolated(Assessment assessment, int systemicAreas) {
        OptimizationCondition condition = OptimizationCondition.ISSUES_ISOLATED;
        List<AreaAssessment> counted = Lists.filter(assessment.areas(), a -> a.area().systemic() && a.coverage().applicable() > 0);
        List<AreaAssessment> attention = Lists.filter(counted, a -> a.health().needsAttention());
        List<AreaAssessment> unknown = Lists.filter(counted, a -> a.health() == Health.UNKNOWN);
        List<AreaAssessment> notCounted = Lists.filter(assessment.areas(), a -> !a.area().systemic() && a.health().needsAttention());
        List<Criterion> basis = new ArrayList<>();
        attention.forEach(a -> a.present().forEach(f -> basis.add(f.criterion())));
        String needing = attention.size() + " of " + counted.size() + " counted areas " + (attention.size() == 1
                ? "needs" : "need") + " attention" + (attention.isEmpty() ? "" : " (" + Outcomes.names(attention) + ")");
        String aside = notCounted.isEmpty() ? "" : "; " + Outcomes.names(notCounted) + (notCounted.size() == 1
                ? " also needs" : " also need") + " attention but " + (notCounted.size() == 1 ? "does" : "do")
                + " not count toward it";
        if (attention.size() >= systemicAreas) {
            return new ConditionCheck(condition.id(), condition.text(), CheckStatus.FAILS, basis, needing + ": "
                    + systemicAreas + " or more make problems systemic" + aside);
        }
        if (attention.size() + unknown.size() < systemicAreas) {
            String evenIf = unknown.isEmpty() ? "" : ", even if " + Outcomes.names(unknown) + (unknown.size() == 1
                    ? ", which has" : ", which have") + " no evidence, needed attention too";
            return new ConditionCheck(condition.id(), condition.text(), CheckStatus.HOLDS, basis, needing
                    + ", under the " + systemicAreas + " that make problems systemic" + evenIf + aside);
        }
        return new ConditionCheck(condition.id(), condition.text(), CheckStatus.UNKNOWN, basis, needing + "; with "
                + Outcomes.names(unknown) + " without evidence, " + systemicAreas + " could need attention at once"
                + aside);
    }
}
