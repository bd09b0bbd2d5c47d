package dev.backendaudit.dsl;

import dev.backendaudit.checklist.Areas;
import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.checklist.Questions;
import dev.backendaudit.model.EvidenceReport;
import dev.backendaudit.model.Quantity;

/** The scalability clause: one immutable value per step. */
final class ScalabilitySentence extends ClauseSupport<ScalabilityClause> implements ScalabilityBelowStep {

    private ScalabilitySentence(State state) {
        super(state);
    }

    static ScalabilitySentence start() {
        return new ScalabilitySentence(State.start("scalability"));
    }

    @Override
    ScalabilitySentence with(State next) {
        return new ScalabilitySentence(next);
    }

    @Override
    ScalabilityClause self() {
        return this;
    }

    @Override
    public ScalabilityClause scalesAutomatically() {
        return stated("scalesAutomatically", Questions.AUTOMATIC_SCALING, true);
    }

    @Override
    public ScalabilityClause scalesAutomatically(String note) {
        return stated("scalesAutomatically", Questions.AUTOMATIC_SCALING, true, note);
    }

    @Override
    public ScalabilityClause scaledByHand() {
        return stated("scaledByHand", Questions.AUTOMATIC_SCALING, false);
    }

    @Override
    public ScalabilityClause scaledByHand(String note) {
        return stated("scaledByHand", Questions.AUTOMATIC_SCALING, false, note);
    }

    @Override
    public ScalabilityClause singlePointOfFailure() {
        return stated("singlePointOfFailure", Questions.SINGLE_POINTS_OF_FAILURE, true);
    }

    @Override
    public ScalabilityClause singlePointOfFailure(String which) {
        return stated("singlePointOfFailure", Questions.SINGLE_POINTS_OF_FAILURE, true, which);
    }

    @Override
    public ScalabilityClause noSinglePointOfFailure() {
        return stated("noSinglePointOfFailure", Questions.SINGLE_POINTS_OF_FAILURE, false);
    }

    @Override
    public ScalabilityClause noSinglePointOfFailure(String note) {
        return stated("noSinglePointOfFailure", Questions.SINGLE_POINTS_OF_FAILURE, false, note);
    }

    @Override
    public ScalabilityClause handlesTrafficSpikes(boolean yes) {
        return yesNo("handlesTrafficSpikes", Questions.HANDLES_TRAFFIC_SPIKES, yes);
    }

    @Override
    public ScalabilityClause handlesTrafficSpikes(boolean yes, String note) {
        return yesNo("handlesTrafficSpikes", Questions.HANDLES_TRAFFIC_SPIKES, yes, note);
    }

    @Override
    public ScalabilityClause loadTested(EvidenceReport loadTest) {
        return then(reported("loadTested", loadTest, topic -> topic.area().equals(Areas.SCALABILITY),
                "scalability evidence (headroom at peak, traffic spikes)"));
    }

    @Override
    public ScalabilityBelowStep peakHeadroom(double factor) {
        String clause = clause("peakHeadroom", factor);
        Args.finite(clause, "peak headroom", factor);
        return with(measured(clause, Metrics.PEAK_HEADROOM, Quantity.times(factor), Criteria.PEAK_HEADROOM));
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
        return with(measured(clause, Metrics.PEAK_HEADROOM, Quantity.times(sustained / expected),
                Criteria.PEAK_HEADROOM));
    }
}
