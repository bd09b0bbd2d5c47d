package dev.backendaudit.dsl;

import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.checklist.Questions;
import dev.backendaudit.model.Quantity;
import java.time.Duration;

/** The monitoring clause: one immutable value per step. */
final class MonitoringSentence extends ClauseSupport<MonitoringClause> implements MonitoringAboveStep {

    private MonitoringSentence(State state) {
        super(state);
    }

    static MonitoringSentence start() {
        return new MonitoringSentence(State.start("monitoring"));
    }

    @Override
    MonitoringSentence with(State next) {
        return new MonitoringSentence(next);
    }

    @Override
    MonitoringClause self() {
        return this;
    }

    @Override
    public MonitoringClause realTimeMonitoring(boolean yes) {
        return yesNo("realTimeMonitoring", Questions.REAL_TIME_MONITORING, yes);
    }

    @Override
    public MonitoringClause realTimeMonitoring(boolean yes, String note) {
        return yesNo("realTimeMonitoring", Questions.REAL_TIME_MONITORING, yes, note);
    }

    @Override
    public MonitoringClause alertingOnFailure(boolean yes) {
        return yesNo("alertingOnFailure", Questions.ALERTING, yes);
    }

    @Override
    public MonitoringClause alertingOnFailure(boolean yes, String note) {
        return yesNo("alertingOnFailure", Questions.ALERTING, yes, note);
    }

    @Override
    public MonitoringClause incidentsDetectedFirst(boolean yes) {
        return yesNo("incidentsDetectedFirst", Questions.INCIDENTS_DETECTED_FIRST, yes);
    }

    @Override
    public MonitoringClause incidentsDetectedFirst(boolean yes, String note) {
        return yesNo("incidentsDetectedFirst", Questions.INCIDENTS_DETECTED_FIRST, yes, note);
    }

    @Override
    public MonitoringAboveStep timeToRestore(Duration timeToRestore) {
        String clause = clause("timeToRestore", timeToRestore);
        Args.notNull(clause, "time to restore", timeToRestore);
        return with(measured(clause, Metrics.TIME_TO_RESTORE, Quantity.of(timeToRestore), Criteria.TIME_TO_RESTORE));
    }

    @Override
    public MonitoringAboveStep errorRate(Quantity rate) {
        return with(measured(clause("errorRate", rate), Metrics.ERROR_RATE, rate, Criteria.ERROR_RATE));
    }
}
