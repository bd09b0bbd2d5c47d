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
 *         .alertingOnFailure(true, null)
 *         .timeToRestore(Duration.ofHours(3))
 *         .errorRate(Quantity.percent(0.4)))
 *     .evaluate();
 * }</pre>
 */
public interface MonitoringClause extends AreaClause<MonitoringClause> {

    /** Whether the system is watched in real time (metrics, logs, traces); "no" is a warning. */
    MonitoringClause realTimeMonitoring(boolean yes, String note);

    /** Whether failures raise an alert that reaches the people on call; "no" is a warning. */
    MonitoringClause alertingOnFailure(boolean yes, String note);

    /** Whether monitoring catches most incidents before users report them; "no" is a warning. */
    MonitoringClause incidentsDetectedFirst(boolean yes, String note);

    /**
     * Time to restore service after an incident (incident response). Default bounds (DORA): warning
     * above 1 d, critical above 7 d.
     *
     * @throws IllegalArgumentException naming the clause if {@code timeToRestore} is negative
     */
    MonitoringAboveStep timeToRestore(Duration timeToRestore);

    /**
     * Share of requests that fail. Default bounds: warning above 1%, critical above 5%.
     *
     * @throws IllegalArgumentException naming the clause if the quantity is not a ratio in [0, 1]
     */
    MonitoringAboveStep errorRate(Quantity rate);
}
