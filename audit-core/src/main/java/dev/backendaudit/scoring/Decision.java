package dev.backendaudit.scoring;

import dev.backendaudit.internal.Checks;
import dev.backendaudit.model.ConditionCheck;
import dev.backendaudit.model.NextStep;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a {@link ScoringStrategy} decided: the outcome, the rules that fired, and optionally the
 * next steps (when absent, the standard ones for the outcome, see {@link NextSteps#standard}) and
 * strategy-specific figures.
 *
 * <pre>{@code
 * Decision.of(Outcome.HEALTHY, "all-healthy", "Every area is healthy");
 * Decision.builder(Outcome.OPTIMIZE)
 *         .reason("score", "Score 72 is in the optimize band [50, 80)")
 *         .detail("score", "72")
 *         .build();
 * }</pre>
 *
 * @param outcome   the outcome
 * @param rationale the rules that fired, at least one
 * @param nextSteps the next steps, if the strategy chooses them
 * @param details   extra figures by key, such as a score
 * @param conditions the conditions the strategy checked before deciding (the checklist strategy's
 *                   optimization conditions), in order; empty when it checks none
 */
public record Decision(Outcome outcome, List<Reason> rationale, Optional<List<NextStep>> nextSteps,
                       Map<String, String> details, List<ConditionCheck> conditions) {

    /** @throws IllegalArgumentException if the rationale is empty */
    public Decision {
        Checks.notNull("decision outcome", outcome);
        rationale = Checks.listCopy("decision rationale", rationale);
        Checks.notNull("decision next steps", nextSteps);
        nextSteps = nextSteps.map(steps -> Checks.listCopy("decision next steps", steps));
        details = Checks.mapCopy("decision details", new TreeMap<>(Checks.notNull("decision details", details)));
        conditions = Checks.listCopy("decision conditions", conditions);
        if (rationale.isEmpty()) {
            throw new IllegalArgumentException("decision rationale must name at least one rule, but was empty");
        }
    }

    /**
     * A decision that checked no conditions: the form of earlier versions.
     *
     * @param outcome   the outcome
     * @param rationale the rules that fired, at least one
     * @param nextSteps the next steps, if the strategy chooses them
     * @param details   extra figures by key
     */
    public Decision(Outcome outcome, List<Reason> rationale, Optional<List<NextStep>> nextSteps,
                    Map<String, String> details) {
        this(outcome, rationale, nextSteps, details, List.of());
    }

    /**
     * A decision for one rule, with the standard next steps.
     *
     * @param outcome the outcome
     * @param rule    the rule's id
     * @param text    what it found, in a sentence
     * @return the decision
     */
    public static Decision of(Outcome outcome, String rule, String text) {
        return new Decision(outcome, List.of(new Reason(rule, text)), Optional.empty(), Map.of(), List.of());
    }

    /** Starts a decision for {@code outcome}. */
    public static Builder builder(Outcome outcome) {
        return new Builder(Checks.notNull("decision outcome", outcome));
    }

    /** Collects a decision. */
    public static final class Builder {
        private final Outcome outcome;
        private final List<Reason> rationale = new ArrayList<>();
        private List<NextStep> nextSteps;
        private final Map<String, String> details = new TreeMap<>();
        private final List<ConditionCheck> conditions = new ArrayList<>();

        private Builder(Outcome outcome) {
            this.outcome = outcome;
        }

        /** Adds a fired rule. */
        public Builder reason(String rule, String text) {
            rationale.add(new Reason(rule, text));
            return this;
        }

        /** Adds fired rules. */
        public Builder reasons(List<Reason> reasons) {
            rationale.addAll(Checks.listCopy("reasons", reasons));
            return this;
        }

        /** Sets the next steps, replacing the standard ones. */
        public Builder nextSteps(List<NextStep> steps) {
            this.nextSteps = Checks.listCopy("next steps", steps);
            return this;
        }

        /** Adds a figure, e.g. {@code detail("score", "72")}. */
        public Builder detail(String key, String value) {
            details.put(Checks.notBlank("detail key", key), Checks.notNull("detail '" + key + "'", value));
            return this;
        }

        /**
         * Records the conditions checked before deciding.
         *
         * @param checks the checks, in order
         * @return this builder
         */
        public Builder conditions(List<ConditionCheck> checks) {
            conditions.addAll(Checks.listCopy("conditions", checks));
            return this;
        }

        /**
         * The decision.
         *
         * @return the decision
         * @throws IllegalArgumentException if no reason was given
         */
        public Decision build() {
            return new Decision(outcome, rationale, Optional.ofNullable(nextSteps), details, conditions);
        }
    }
}
