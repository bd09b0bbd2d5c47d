package dev.backendaudit.dsl;

import dev.backendaudit.model.Quantity;
import java.time.Duration;

/**
 * The vocabulary of the Monitoring &amp; reliability area: real-time monitoring, alerting on failure,
 * whether monitoring finds incidents before users do, the time to restore service (DORA) and the
 * error rate. Defaults come from {@code dev.backendaudit.checklist.Criteria}.
 *
 * <pre>{@code
 * BackendAudit.of("checkout-service")
 *     .monitoring(m -> m
 *         .realTimeMonitoring(true, "Prometheus and Grafana")
 *         .alertingOnFailure(true)
 *         .timeToRestore(Duration.ofHours(3))
 *         .errorRate(Quantity.percent(0.4)))
 *     .evaluate();
 * }</pre>
 *
 * <p>Every answer comes with and without a note; a note must not be null or blank.
 */
public interface MonitoringClause extends AreaClause<MonitoringClause> {

    /**
     * Whether the system is watched in real time (metrics, logs, traces); "no" is a warning.
     *
     * <pre>{@code m -> m.realTimeMonitoring(true)}</pre>
     *
     * @param yes the answer
     * @return the clause, with the answer
     */
    MonitoringClause realTimeMonitoring(boolean yes);

    /**
     * Whether the system is watched in real time (metrics, logs, traces), with a note; "no" is a warning.
     *
     * <pre>{@code m -> m.realTimeMonitoring(true, "Prometheus and Grafana")}</pre>
     *
     * @param yes  the answer
     * @param note why
     * @return the clause, with the answer
     * @throws NullPointerException     naming the clause if {@code note} is null (leave it out instead)
     * @throws IllegalArgumentException naming the clause if {@code note} is blank
     */
    MonitoringClause realTimeMonitoring(boolean yes, String note);

    /**
     * Whether failures raise an alert that reaches the people on call; "no" is a warning.
     *
     * <pre>{@code m -> m.alertingOnFailure(true)}</pre>
     *
     * @param yes the answer
     * @return the clause, with the answer
     */
    MonitoringClause alertingOnFailure(boolean yes);

    /**
     * Whether failures raise an alert that reaches the people on call, with a note; "no" is a warning.
     *
     * <pre>{@code m -> m.alertingOnFailure(true, "paged on error-budget burn")}</pre>
     *
     * @param yes  the answer
     * @param note why
     * @return the clause, with the answer
     * @throws NullPointerException     naming the clause if {@code note} is null (leave it out instead)
     * @throws IllegalArgumentException naming the clause if {@code note} is blank
     */
    MonitoringClause alertingOnFailure(boolean yes, String note);

    /**
     * Whether monitoring catches most incidents before users report them; "no" is a warning.
     *
     * <pre>{@code m -> m.incidentsDetectedFirst(true)}</pre>
     *
     * @param yes the answer
     * @return the clause, with the answer
     */
    MonitoringClause incidentsDetectedFirst(boolean yes);

    /**
     * Whether monitoring catches most incidents before users report them, with a note; "no" is a warning.
     *
     * <pre>{@code m -> m.incidentsDetectedFirst(false, "customers call before the dashboards turn red")}</pre>
     *
     * @param yes  the answer
     * @param note why
     * @return the clause, with the answer
     * @throws NullPointerException     naming the clause if {@code note} is null (leave it out instead)
     * @throws IllegalArgumentException naming the clause if {@code note} is blank
     */
    MonitoringClause incidentsDetectedFirst(boolean yes, String note);

    /**
     * Time to restore service after an incident (incident response). Default bounds (DORA): warning
     * above 1 d, critical above 7 d.
     *
     * <pre>{@code m -> m.timeToRestore(Duration.ofHours(3)).warnAbove(Duration.ofHours(1)).criticalAbove(Duration.ofHours(8))}</pre>
     *
     * @param timeToRestore the time from incident to service restored
     * @return the step that may bound the measurement
     * @throws IllegalArgumentException naming the clause if {@code timeToRestore} is negative
     */
    MonitoringAboveStep timeToRestore(Duration timeToRestore);

    /**
     * Share of requests that fail. Default bounds: warning above 1%, critical above 5%.
     *
     * <pre>{@code m -> m.errorRate(Quantity.percent(0.4))}</pre>
     *
     * @param rate the failed share of requests, as a ratio or percentage
     * @return the step that may bound the measurement
     * @throws IllegalArgumentException naming the clause if the quantity is not a ratio in [0, 1]
     */
    MonitoringAboveStep errorRate(Quantity rate);
}
