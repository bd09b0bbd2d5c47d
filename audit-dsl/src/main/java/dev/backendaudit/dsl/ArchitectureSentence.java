package dev.backendaudit.dsl;

import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.checklist.Questions;
import dev.backendaudit.model.Quantity;

/** The architecture clause: one immutable value per step. */
final class ArchitectureSentence extends ClauseSupport<ArchitectureClause> implements ArchitectureAboveStep {

    private ArchitectureSentence(State state) {
        super(state);
    }

    static ArchitectureSentence start() {
        return new ArchitectureSentence(State.start("architecture"));
    }

    @Override
    ArchitectureSentence with(State next) {
        return new ArchitectureSentence(next);
    }

    @Override
    ArchitectureClause self() {
        return this;
    }

    @Override
    public ArchitectureClause modular() {
        return stated("modular", Questions.ARCHITECTURE_MODULAR, true);
    }

    @Override
    public ArchitectureClause modular(String note) {
        return stated("modular", Questions.ARCHITECTURE_MODULAR, true, note);
    }

    @Override
    public ArchitectureClause tightlyCoupled() {
        return stated("tightlyCoupled", Questions.ARCHITECTURE_MODULAR, false);
    }

    @Override
    public ArchitectureClause tightlyCoupled(String note) {
        return stated("tightlyCoupled", Questions.ARCHITECTURE_MODULAR, false, note);
    }

    @Override
    public ArchitectureClause componentsScaleIndependently(boolean yes) {
        return yesNo("componentsScaleIndependently", Questions.COMPONENTS_SCALE_INDEPENDENTLY, yes);
    }

    @Override
    public ArchitectureClause componentsScaleIndependently(boolean yes, String note) {
        return yesNo("componentsScaleIndependently", Questions.COMPONENTS_SCALE_INDEPENDENTLY, yes, note);
    }

    @Override
    public ArchitectureClause supportsGrowth(boolean yes) {
        return yesNo("supportsGrowth", Questions.ARCHITECTURE_SUPPORTS_GROWTH, yes);
    }

    @Override
    public ArchitectureClause supportsGrowth(boolean yes, String note) {
        return yesNo("supportsGrowth", Questions.ARCHITECTURE_SUPPORTS_GROWTH, yes, note);
    }

    @Override
    public ArchitectureClause atScalingLimit(boolean yes) {
        return yesNo("atScalingLimit", Questions.ARCHITECTURE_AT_SCALING_LIMIT, yes);
    }

    @Override
    public ArchitectureClause atScalingLimit(boolean yes, String note) {
        return yesNo("atScalingLimit", Questions.ARCHITECTURE_AT_SCALING_LIMIT, yes, note);
    }

    @Override
    public ArchitectureAboveStep dependencyCycles(int cycles) {
        return with(measured(clause("dependencyCycles", cycles), Metrics.DEPENDENCY_CYCLES, Quantity.count(cycles),
                Criteria.DEPENDENCY_CYCLES));
    }

    @Override
    public ArchitectureAboveStep mainSequenceDistance(double distance) {
        String clause = clause("mainSequenceDistance", distance);
        Args.finite(clause, "main-sequence distance", distance);
        return with(measured(clause, Metrics.MAIN_SEQUENCE_DISTANCE, Quantity.ratio(distance),
                Criteria.MAIN_SEQUENCE_DISTANCE));
    }
}
