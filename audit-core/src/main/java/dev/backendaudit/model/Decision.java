package dev.backendaudit.model;

import dev.backendaudit.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a scoring strategy decided: the outcome, the rules that fired (each naming the findings it
 * rests on), optionally the next steps (when absent, the engine adds the standard ones for the
 * outcome), the strategy's typed {@link Figures} and the conditions it checked.
 *
 * <pre>{@code
 * static final Figure<Double> SCORE = Figure.number("my-score", "score");
 *
 * Decision.of(Outcome.HEALTHY, "all-healthy", "Every area is healthy");
 * Decision.builder(Outcome.OPTIMIZE)
 *         .reason("score", "Score 72 is in the optimize band [50, 80)")
 *         .figure(SCORE, 72.0)
 *         .build();
 * }</pre>
 *
 * @param outcome    the outcome
 * @param rationale  the rules that fired, at least one
 * @param nextSteps  the next steps, if the strategy chooses them; in a {@link Verdict} always present
 * @param figures    the strategy's figures, such as a score, by typed key
 * @param conditions the conditions the strategy checked before deciding (the checklist strategy's
 *                   optimization conditions), in order; empty when it checks none
 */
@Value.Builder
public record Decision(Outcome outcome, List<Reason> rationale, Optional<List<NextStep>> nextSteps, Figures figures,
                       List<ConditionCheck> conditions) implements WithDecision {

    /** @throws IllegalArgumentException if the rationale is empty */
    public Decision {
        Checks.notNull("decision outcome", outcome);
        rationale = Checks.listCopy("decision rationale", rationale);
        Checks.notNull("decision next steps", nextSteps);
        nextSteps = nextSteps.map(steps -> Checks.listCopy("decision next steps", steps));
        Checks.notNull("decision figures", figures);
        conditions = Checks.listCopy("decision conditions", conditions);
        if (rationale.isEmpty()) {
            throw new IllegalArgumentException("decision rationale must name at least one rule, but was empty");
        }
    }

    /**
     * A decision for one rule, with the standard next steps and no figures.
     *
     * @param outcome the outcome
     * @param rule    the rule's id
     * @param text    what it found, in a sentence
     * @return the decision
     */
    public static Decision of(Outcome outcome, String rule, String text) {
        return new Decision(outcome, List.of(new Reason(rule, text)), Optional.empty(), Figures.none(), List.of());
    }

    /**
     * Starts a decision for {@code outcome}.
     *
     * @param outcome the outcome
     * @return the builder
     */
    public static Builder builder(Outcome outcome) {
        return new Builder(Checks.notNull("decision outcome", outcome));
    }

    /** Collects a decision. */
    public static final class Builder {
        private final Outcome outcome;
        private final List<Reason> rationale = new ArrayList<>();
        private List<NextStep> nextSteps;
        private final Figures.Builder figures = Figures.builder();
        private final List<ConditionCheck> conditions = new ArrayList<>();

        private Builder(Outcome outcome) {
            this.outcome = outcome;
        }

        /**
         * Adds a fired rule.
         *
         * @param rule the rule's id
         * @param text what it found
         * @return this builder
         */
        public Builder reason(String rule, String text) {
            rationale.add(new Reason(rule, text));
            return this;
        }

        /**
         * Adds a fired rule that rests on the findings of {@code basis}.
         *
         * @param rule  the rule's id
         * @param text  what it found
         * @param basis the criteria whose findings it rests on
         * @return this builder
         */
        public Builder reason(String rule, String text, List<Criterion> basis) {
            rationale.add(new Reason(rule, text, basis));
            return this;
        }

        /**
         * Adds fired rules.
         *
         * @param reasons the reasons
         * @return this builder
         */
        public Builder reasons(List<Reason> reasons) {
            rationale.addAll(Checks.listCopy("reasons", reasons));
            return this;
        }

        /**
         * Sets the next steps, replacing the standard ones.
         *
         * @param steps the steps
         * @return this builder
         */
        public Builder nextSteps(List<NextStep> steps) {
            this.nextSteps = Checks.listCopy("next steps", steps);
            return this;
        }

        /**
         * Reports a figure, e.g. {@code figure(SCORE, 72.5)}.
         *
         * @param key   the typed key
         * @param value its value
         * @param <T>   the value's type
         * @return this builder
         */
        public <T> Builder figure(Figure<T> key, T value) {
            figures.put(key, value);
            return this;
        }

        /**
         * Reports every figure of {@code other}, under their own keys.
         *
         * @param other figures, such as a base strategy's
         * @return this builder
         */
        public Builder figures(Figures other) {
            figures.putAll(other);
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
            return new Decision(outcome, rationale, Optional.ofNullable(nextSteps), figures.build(), conditions);
        }
    }
}
