package dev.backendaudit.dsl;

import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.checklist.Questions;
import dev.backendaudit.model.Quantity;

/** The architecture clause. */
final class ArchitectureSentence extends ClauseSupport<ArchitectureClause> implements ArchitectureAboveStep {

    ArchitectureSentence(Draft draft) {
        super(draft, "architecture");
    }

    @Override
    ArchitectureClause self() {
        return this;
    }

    @Override
    public ArchitectureClause modular(String note) {
        return yesNo(clause("modular", note), Questions.ARCHITECTURE_MODULAR, true, note);
    }

    @Override
    public ArchitectureClause tightlyCoupled(String note) {
        return yesNo(clause("tightlyCoupled", note), Questions.ARCHITECTURE_MODULAR, false, note);
    }

    @Override
    public ArchitectureClause componentsScaleIndependently(boolean yes, String note) {
        return yesNo(clause("componentsScaleIndependently", yes, note), Questions.COMPONENTS_SCALE_INDEPENDENTLY, yes, note);
    }

    @Override
    public ArchitectureClause supportsGrowth(boolean yes, String note) {
        return yesNo(clause("supportsGrowth", yes, note), Questions.ARCHITECTURE_SUPPORTS_GROWTH, yes, note);
    }

    @Override
    public ArchitectureClause atScalingLimit(boolean yes, String note) {
        return yesNo(clause("atScalingLimit", yes, note), Questions.ARCHITECTURE_AT_SCALING_LIMIT, yes, note);
    }

    @Override
    public ArchitectureAboveStep dependencyCycles(int cycles) {
        measure(clause("dependencyCycles", cycles), Metrics.DEPENDENCY_CYCLES, Quantity.count(cycles),
                Criteria.DEPENDENCY_CYCLES);
        return this;
    }

    @Override
    public ArchitectureAboveStep mainSequenceDistance(double distance) {
        String clause = clause("mainSequenceDistance", distance);
        Args.finite(clause, "main-sequence distance", distance);
        measure(clause, Metrics.MAIN_SEQUENCE_DISTANCE, Quantity.ratio(distance), Criteria.MAIN_SEQUENCE_DISTANCE);
        return this;
    }
}
