package dev.backendaudit.dsl;

import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.checklist.Questions;
import dev.backendaudit.model.Quantity;
import java.time.Duration;

/** The monitoring clause. */
final class MonitoringSentence extends ClauseSupport<MonitoringClause> implements MonitoringAboveStep {

    MonitoringSentence(Draft draft) {
        super(draft, "monitoring");
    }

    @Override
    MonitoringClause self() {
        return this;
    }

    @Override
    public MonitoringClause realTimeMonitoring(boolean yes, String note) {
        return yesNo(clause("realTimeMonitoring", yes, note), Questions.REAL_TIME_MONITORING, yes, note);
    }

    @Override
    public MonitoringClause alertingOnFailure(boolean yes, String note) {
        return yesNo(clause("alertingOnFailure", yes, note), Questions.ALERTING, yes, note);
    }

    @Override
    public MonitoringClause incidentsDetectedFirst(boolean yes, String note) {
        return yesNo(clause("incidentsDetectedFirst", yes, note), Questions.INCIDENTS_DETECTED_FIRST, yes, note);
    }

    @Override
    public MonitoringAboveStep timeToRestore(Duration timeToRestore) {
        String clause = clause("timeToRestore", timeToRestore);
        Args.notNull(clause, "time to restore", timeToRestore);
        measure(clause, Metrics.TIME_TO_RESTORE, Quantity.of(timeToRestore), Criteria.TIME_TO_RESTORE);
        return this;
    }

    @Override
    public MonitoringAboveStep errorRate(Quantity rate) {
        measure(clause("errorRate", rate), Metrics.ERROR_RATE, rate, Criteria.ERROR_RATE);
        return this;
    }
}
