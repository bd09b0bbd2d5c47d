package dev.backendaudit.scoring;

import dev.backendaudit.bounds.EvidenceSource;
import dev.backendaudit.bounds.EvidenceSources;
import dev.backendaudit.bounds.SettleStep;
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
 *   <li>INCONCLUSIVE: the evidence to gather, area by area, in the order of what would settle the verdict
 *       (see {@link SettleStep}; foundation areas first without one), each criterion with the collector and
 *       artifact that would measure it ({@link EvidenceSources}).</li>
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
        return standard(outcome, assessment, List.of());
    }

    /**
     * The standard next steps for {@code outcome} given {@code assessment}, the evidence to gather in the
     * order of {@code settle}.
     *
     * @param outcome    the verdict's outcome
     * @param assessment what evidence says
     * @param settle     what would settle the verdict, in order (a verdict's {@code Certainty.settle()}); empty
     *                   for foundation areas first
     * @return the steps
     */
    public static List<NextStep> standard(Outcome outcome, Assessment assessment, List<SettleStep> settle) {
        Checks.notNull("outcome", outcome);
        Checks.notNull("assessment", assessment);
        Checks.notNull("settle", settle);
        switch (outcome) {
            case REBUILD: return rebuildPlan(assessment);
            case OPTIMIZE: return optimizations(assessment);
            case HEALTHY: return Practices.ALL.stream().map(a -> a.toStep(List.of())).toList();
            case INCONCLUSIVE: return evidenceToGather(assessment, settle);
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
        return evidenceToGather(assessment, List.of());
    }

    /**
     * One step per area with undecided criteria, saying what to measure or answer and where it comes from:
     * the areas in the order of their first step in {@code settle}, and within an area its criteria in that
     * order (criteria {@code settle} does not list come after, foundation areas first).
     *
     * @param assessment what evidence says
     * @param settle     what would settle the verdict, in order
     * @return the steps
     */
    public static List<NextStep> evidenceToGather(Assessment assessment, List<SettleStep> settle) {
        Map<String, Integer> rank = new HashMap<>();
        for (SettleStep step : Checks.listCopy("settle", settle)) {
            rank.putIfAbsent(step.criterionId(), rank.size());
        }
        Comparator<Finding> bySettle = Comparator.comparingInt(f -> rank.getOrDefault(f.criterion().id(), Integer.MAX_VALUE));
        List<AreaAssessment> areas = new ArrayList<>(assessment.areas());
        Map<AreaAssessment, List<Finding>> unknownOf = new HashMap<>();
        for (AreaAssessment area : areas) {
            unknownOf.put(area, area.findings().stream().filter(f -> f.status() == FindingStatus.UNKNOWN)
                    .sorted(bySettle).toList());
        }
        areas.sort(Comparator.comparingInt((AreaAssessment a) -> unknownOf.get(a).isEmpty() ? Integer.MAX_VALUE
                        : rank.getOrDefault(unknownOf.get(a).get(0).criterion().id(), Integer.MAX_VALUE))
                .thenComparing(a -> !a.area().foundation()));
        List<NextStep> steps = new ArrayList<>();
        for (AreaAssessment area : areas) {
            List<Finding> unknown = unknownOf.get(area);
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
        EvidenceSource source = EvidenceSources.of(finding.criterion().topic());
        String from = source.collector().isPresent() ? " (" + source + ")" : "";
        if (finding.criterion() instanceof ThresholdCriterion) {
            return "measure " + finding.criterion().topic().name() + from;
        }
        if (finding.criterion() instanceof TrendCriterion) {
            return "record " + finding.criterion().topic().name() + " over time" + from;
        }
        return "answer \"" + finding.criterion().topic().name() + "\"" + from;
    }
}
