package dev.backendaudit.scoring.internal;

import dev.backendaudit.checklist.RebuildIndicators;
import dev.backendaudit.checklist.Signs;
import dev.backendaudit.internal.Lists;
import dev.backendaudit.model.Criterion;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.FindingStatus;
import dev.backendaudit.model.IndicatorCheck;
import dev.backendaudit.model.Severity;
import dev.backendaudit.model.Sign;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Decides the rebuild indicators an audit's findings bear on; the engine calls it. Not part of the API. */
public final class IndicatorJudge {

    private IndicatorJudge() {
    }

    /**
     * The check of every rebuild indicator that some finding bears on: the four standard ones first, in
     * their order, then a team's own, in the order their findings rank.
     *
     * @param findings every finding, most important first
     * @return the checks
     */
    public static List<IndicatorCheck> decide(List<Finding> findings) {
        Set<Sign> indicators = new LinkedHashSet<>(Signs.REBUILD_INDICATORS);
        for (Finding finding : findings) {
            if (finding.sign().isRebuildIndicator()) {
                indicators.add(finding.sign());
            }
        }
        List<IndicatorCheck> checks = new ArrayList<>();
        for (Sign indicator : indicators) {
            BearingJudge judge = BearingJudge.of(findings, RebuildIndicators.bearingsOn(indicator));
            if (!judge.nothingBears()) {
                checks.add(check(indicator, judge));
            }
        }
        return List.copyOf(checks);
    }

    /**
     * The check of one rebuild indicator, decided as {@link #decide(List)} decides it.
     *
     * @param indicator a rebuild indicator sign
     * @param findings  every finding, most important first
     * @return its check, or empty when no finding bears on it
     */
    public static Optional<IndicatorCheck> decide(Sign indicator, List<Finding> findings) {
        BearingJudge judge = BearingJudge.of(findings, RebuildIndicators.bearingsOn(indicator));
        return judge.nothingBears() ? Optional.empty() : Optional.of(check(indicator, judge));
    }

    private static IndicatorCheck check(Sign indicator, BearingJudge judge) {
        if (!judge.counting().isEmpty()) {
            Severity worst = judge.counting().stream().map(f -> f.severity().orElseThrow())
                    .max(Severity::compareTo).orElseThrow();
            return new IndicatorCheck(indicator, FindingStatus.PRESENT, Optional.of(worst),
                    BearingJudge.criteria(judge.counting()), BearingJudge.explained(judge.counting()));
        }
        List<Criterion> basis = BearingJudge.criteria(judge.bearing());
        if (judge.unknown().isEmpty()) {
            return new IndicatorCheck(indicator, FindingStatus.ABSENT, Optional.empty(), basis,
                    "no finding that bears on it counts for it: " + BearingJudge.ids(judge.bearing()) + " decided");
        }
        List<Finding> decided = Lists.filter(judge.bearing(), f -> f.status() != FindingStatus.UNKNOWN);
        String decidedPart = decided.isEmpty() ? ""
                : "; " + BearingJudge.ids(decided) + " decided, and " + (decided.size() == 1 ? "does" : "do")
                        + " not count for it";
        return new IndicatorCheck(indicator, FindingStatus.UNKNOWN, Optional.empty(), basis,
                "no evidence for " + BearingJudge.ids(judge.unknown()) + decidedPart);
    }
}
