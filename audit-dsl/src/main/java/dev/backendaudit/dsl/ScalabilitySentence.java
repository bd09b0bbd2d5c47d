package dev.backendaudit.dsl;

import dev.backendaudit.checklist.Areas;
import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.checklist.Questions;
import dev.backendaudit.model.EvidenceReport;
import dev.backendaudit.model.Quantity;

/** The scalability clause. */
final class ScalabilitySentence extends ClauseSupport<ScalabilityClause> implements ScalabilityBelowStep {

    ScalabilitySentence(Draft draft) {
        super(draft, "scalability");
    }

    @Override
    ScalabilityClause self() {
        return this;
    }

    @Override
    public ScalabilityClause scalesAutomatically(String note) {
        return yesNo(clause("scalesAutomatically", note), Questions.AUTOMATIC_SCALING, true, note);
    }

    @Override
    public ScalabilityClause scaledByHand(String note) {
        return yesNo(clause("scaledByHand", note), Questions.AUTOMATIC_SCALING, false, note);
    }

    @Override
    public ScalabilityClause singlePointOfFailure(String which) {
        Args.notNull(clause("singlePointOfFailure", which), "which part", which);
        return yesNo(clause("singlePointOfFailure", which), Questions.SINGLE_POINTS_OF_FAILURE, true, which);
    }

    @Override
    public ScalabilityClause noSinglePointOfFailure() {
        return yesNo(clause("noSinglePointOfFailure"), Questions.SINGLE_POINTS_OF_FAILURE, false, null);
    }

    @Override
    public ScalabilityClause handlesTrafficSpikes(boolean yes, String note) {
        return yesNo(clause("handlesTrafficSpikes", yes, note), Questions.HANDLES_TRAFFIC_SPIKES, yes, note);
    }

    @Override
    public ScalabilityClause loadTested(EvidenceReport loadTest) {
        report("loadTested", loadTest, topic -> topic.area().equals(Areas.SCALABILITY),
                "scalability evidence (headroom at peak, traffic spikes)");
        return this;
    }

    @Override
    public ScalabilityBelowStep peakHeadroom(double factor) {
        String clause = clause("peakHeadroom", factor);
        Args.finite(clause, "peak headroom", factor);
        measure(clause, Metrics.PEAK_HEADROOM, Quantity.times(factor), Criteria.PEAK_HEADROOM);
        return this;
    }

    @Override
    public ScalabilityBelowStep peakConcurrency(double sustained, double expected) {
        String clause = clause("peakConcurrency", sustained, expected);
        Args.finite(clause, "sustained peak concurrency", sustained);
        Args.finite(clause, "expected peak concurrency", expected);
        if (sustained < 0) {
            throw new IllegalArgumentException(clause + ": sustained peak concurrency must be >= 0, but was "
                    + Args.show(sustained));
        }
        if (expected <= 0) {
            throw new IllegalArgumentException(clause + ": expected peak concurrency must be > 0, but was "
                    + Args.show(expected));
        }
        measure(clause, Metrics.PEAK_HEADROOM, Quantity.times(sustained / expected), Criteria.PEAK_HEADROOM);
        return this;
    }
}
