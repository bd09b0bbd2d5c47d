package dev.backendaudit.bounds.internal;

import dev.backendaudit.internal.Lists;
import dev.backendaudit.model.AreaAssessment;
import dev.backendaudit.model.Assessment;
import dev.backendaudit.model.EvidencePolicy;
import dev.backendaudit.model.Figures;
import dev.backendaudit.model.Health;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.Reason;
import dev.backendaudit.model.Decision;
import dev.backendaudit.scoring.internal.Outcomes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The engine's {@link EvidencePolicy} applied to a strategy's decision: the one path by which the engine
 * decides a verdict and the bounds search decides each resolution of an audit. Not part of the API.
 */
public final class PolicyPath {

    private PolicyPath() {
    }

    /**
     * The decision, or INCONCLUSIVE saying which part of the policy it broke.
     *
     * @param policy     the evidence policy
     * @param assessment what the decision was made on
     * @param decision   the strategy's decision
     * @param bestCase   the strategy's outcome with every unknown finding absent, asked for only when a
     *                   REBUILD rests on thin evidence
     * @return the decision that stands
     */
    public static Decision enforce(EvidencePolicy policy, Assessment assessment, Decision decision,
                                   Supplier<Outcome> bestCase) {
        List<String> broken = broken(policy, assessment, decision.outcome(), bestCase);
        if (broken.isEmpty()) {
            return decision;
        }
        List<Reason> rationale = new ArrayList<>();
        rationale.add(new Reason(EvidencePolicy.RULE, "The strategy decided " + decision.outcome() + ", which the"
                + " evidence does not support: " + String.join("; ", broken) + ". The next steps list the evidence"
                + " that would settle it"));
        rationale.addAll(decision.rationale());
        Figures figures = Figures.builder().putAll(decision.figures())
                .put(EvidencePolicy.STRATEGY_OUTCOME, decision.outcome()).build();
        return new Decision(Outcome.INCONCLUSIVE, rationale, Optional.empty(), figures, decision.conditions());
    }

    /**
     * The outcome that stands: {@code decided}, or INCONCLUSIVE when it breaks the policy.
     *
     * @param policy     the evidence policy
     * @param assessment what the outcome was decided on
     * @param decided    the strategy's outcome
     * @param bestCase   as for {@link #enforce}
     * @return the outcome that stands
     */
    static Outcome outcome(EvidencePolicy policy, Assessment assessment, Outcome decided, Supplier<Outcome> bestCase) {
        return broken(policy, assessment, decided, bestCase).isEmpty() ? decided : Outcome.INCONCLUSIVE;
    }

    private static List<String> broken(EvidencePolicy policy, Assessment assessment, Outcome outcome,
                                       Supplier<Outcome> bestCase) {
        if (!outcome.isDecided()) {
            return List.of();
        }
        List<String> broken = new ArrayList<>(2);
        if (!policy.covers(assessment.coverage())) {
            String thin = "coverage " + assessment.coverage() + " is under the " + Quantity.ratio(policy.minimumCoverage())
                    + " minimum";
            if (outcome != Outcome.REBUILD) {
                broken.add(thin);
            } else {
                Outcome best = bestCase.get();
                if (best != Outcome.REBUILD) {
                    broken.add(thin + ", and the missing evidence could undo it (with every undecided criterion absent"
                            + " the strategy decides " + best + ")");
                }
            }
        }
        if (outcome == Outcome.HEALTHY) {
            List<AreaAssessment> unknown = Lists.filter(assessment.countedAreas(), a -> a.health() == Health.UNKNOWN);
            if (!unknown.isEmpty()) {
                broken.add(Outcomes.names(unknown) + (unknown.size() == 1 ? " has" : " have") + " no evidence, and HEALTHY"
                        + " needs every area decided");
            }
        }
        return broken;
    }
}
