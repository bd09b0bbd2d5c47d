package dev.backendaudit.scoring;

import dev.backendaudit.checklist.Action;
import dev.backendaudit.checklist.Actions;
import dev.backendaudit.checklist.Practices;
import dev.backendaudit.checklist.RebuildPlan;
import dev.backendaudit.internal.Checks;
import dev.backendaudit.internal.Lists;
import dev.backendaudit.model.AreaAssessment;
import dev.backendaudit.model.Assessment;
import dev.backendaudit.model.Criterion;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.FindingStatus;
import dev.backendaudit.model.NextStep;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Severity;
import dev.backendaudit.model.ThresholdCriterion;
import dev.backendaudit.model.TrendCriterion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The standard next steps for an outcome, which strategies use unless they choose their own:
 * <ul>
 *   <li>REBUILD: the five steps of the staged {@link RebuildPlan};</li>
 *   <li>OPTIMIZE: the {@link Actions} that answer the present findings, most important first, each
 *       naming the criteria that call for it; an action evidence shows to be beside the point is left out
 *       (no "optimize queries" when the queries were found efficient, see
 *       {@link Actions#ruledOutWhenAbsent});</li>
 *   <li>HEALTHY: the ongoing {@link Practices};</li>
 *   <li>INCONCLUSIVE: the evidence to gather, area by area, foundation areas first.</li>
 * </ul>
 */
public final class NextSteps {

    private NextSteps() {
    }

    /**
     * The standard next steps for {@code outcome} given {@code assessment}.
     *
     * @param outcome    the decided outcome, INCONCLUSIVE included
     * @param assessment what evidence says; its findings pick and motivate the steps
     * @return the steps for that outcome, as the list above describes them
     */
    public static List<NextStep> standard(Outcome outcome, Assessment assessment) {
        Checks.notNull("outcome", outcome);
        Checks.notNull("assessment", assessment);
        switch (outcome) {
            case REBUILD: return rebuildPlan(assessment);
            case OPTIMIZE: return optimizations(assessment);
            case HEALTHY: return Practices.ALL.stream().map(a -> a.toStep(List.of())).toList();
            case INCONCLUSIVE: return evidenceToGather(assessment);
            default: throw new AssertionError(outcome);
        }
    }

    /**
     * The rebuild plan; the first step names the findings that call for the rebuild: those that count
     * for a critical rebuild indicator, and the present findings that are critical or in a foundation area.
     *
     * @param assessment what evidence says
     * @return the five steps
     */
    public static List<NextStep> rebuildPlan(Assessment assessment) {
        Set<Criterion> called = new LinkedHashSet<>();
        assessment.indicators().stream().filter(i -> i.isAtLeast(Severity.CRITICAL)).forEach(i -> called.addAll(i.basis()));
        assessment.present().stream().filter(f -> f.isAtLeast(Severity.CRITICAL) || f.area().foundation())
                .forEach(f -> called.add(f.criterion()));
        List<Criterion> critical = List.copyOf(called);
        List<NextStep> steps = new ArrayList<>();
        for (Action step : RebuildPlan.STEPS) {
            steps.add(step.toStep(step == RebuildPlan.DEFINE_GOALS ? critical : List.of()));
        }
        return steps;
    }

    /**
     * The optimizations that answer the present findings, in the order of the findings they answer,
     * leaving out those the evidence rules out.
     *
     * @param assessment what evidence says
     * @return the steps, each naming the findings that call for it
     */
    public static List<NextStep> optimizations(Assessment assessment) {
        Map<String, FindingStatus> status = new HashMap<>();
        assessment.findings().forEach(f -> status.put(f.criterion().id(), f.status()));
        Map<Action, List<Criterion>> motivated = new LinkedHashMap<>();
        for (Finding finding : assessment.present()) {
            for (Action action : Actions.forSign(finding.sign())) {
                List<Criterion> ruling = Actions.ruledOutWhenAbsent(action);
                boolean ruledOut = !ruling.isEmpty()
                        && ruling.stream().allMatch(c -> status.get(c.id()) == FindingStatus.ABSENT);
                if (!ruledOut) {
                    motivated.computeIfAbsent(action, a -> new ArrayList<>()).add(finding.criterion());
                }
            }
        }
        return motivated.entrySet().stream().map(e -> e.getKey().toStep(e.getValue())).collect(Collectors.toList());
    }

    /**
     * One step per area with undecided criteria, foundation areas first, saying what to measure or answer.
     *
     * @param assessment what evidence says; its UNKNOWN findings are what to gather
     * @return one step per area with an UNKNOWN finding; empty when every criterion is decided
     */
    public static List<NextStep> evidenceToGather(Assessment assessment) {
        List<AreaAssessment> areas = new ArrayList<>(assessment.areas());
        areas.sort(Comparator.comparing((AreaAssessment a) -> !a.area().foundation()));
        List<NextStep> steps = new ArrayList<>();
        for (AreaAssessment area : areas) {
            List<Finding> unknown = Lists.filter(area.findings(), f -> f.status() == FindingStatus.UNKNOWN);
            if (unknown.isEmpty()) {
                continue;
            }
            String wanted = unknown.stream().map(NextSteps::wanted).collect(Collectors.joining("; "));
            steps.add(new NextStep("gather-evidence-" + area.area().id(),
                    "Gather evidence for " + area.area().name(), wanted,
                    Lists.map(unknown, Finding::criterion)));
        }
        return steps;
    }

    private static String wanted(Finding finding) {
        if (finding.criterion() instanceof ThresholdCriterion) {
            return "measure " + finding.criterion().topic().name();
        }
        if (finding.criterion() instanceof TrendCriterion) {
            return "record " + finding.criterion().topic().name() + " over time";
        }
        return "answer \"" + finding.criterion().topic().name() + "\"";
    }
}
