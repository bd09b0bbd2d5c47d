package dev.backendaudit.evidence.delivery;

import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.Metric;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The four DORA measures from delivery records, each rated against a versioned set of bands.
 *
 * <pre>{@code
 * DoraReport report = DeliveryPerformance.measure(deployments, incidents, since, until, changes,
 *         DoraBands.REPORT_2021);
 * report.ratings().get(Metrics.CHANGE_FAILURE_RATE);  // e.g. HIGH
 * audit.evidence(report.evidence());
 * }</pre>
 *
 * @param service             the service measured; records of others were not counted
 * @param since               start of the window, inclusive
 * @param until               end of the window, exclusive
 * @param bandsVersion        the bands used, e.g. {@code "DORA 2021"}
 * @param deployments         deployments in the window
 * @param changeFailures      of those, deployments that failed, were rolled back or caused an incident
 * @param deploysPerDay       deployments per day in the window; empty when there were none
 * @param medianLeadTime      median time from commit to the deployment that shipped it; empty when unknown
 * @param changeFailureRate   change failures over deployments; empty when there were no deployments
 * @param medianTimeToRestore median time to restore over the window's restored incidents; empty when none
 * @param ratings             the band of each measured metric
 * @param unknowns            what could not be measured, and why; and anything odd in the records
 * @param notes               what a reader should know about the records: how many of other services were left
 *                            out, how the service was chosen
 * @param evidence            the evidence, with the bands' version in its provenance
 */
public record DoraReport(String service, Instant since, Instant until, String bandsVersion, int deployments,
                         int changeFailures, Optional<Double> deploysPerDay, Optional<Duration> medianLeadTime,
                         Optional<Double> changeFailureRate, Optional<Duration> medianTimeToRestore,
                         Map<Metric, DoraRating> ratings, List<String> unknowns, List<String> notes,
                         List<Evidence> evidence) {

    /** Copies the collections. */
    public DoraReport {
        ratings = Map.copyOf(ratings);
        unknowns = List.copyOf(unknowns);
        notes = List.copyOf(notes);
        evidence = List.copyOf(evidence);
    }

    /** A few lines a person reads. */
    public String summary() {
        StringBuilder text = new StringBuilder("delivery records of service '").append(service).append("', ")
                .append(since).append(" .. ").append(until).append(", rated against ").append(bandsVersion).append('\n');
        notes.forEach(n -> text.append("  note: ").append(n).append('\n'));
        evidence.forEach(e -> text.append("  ").append(e.topic().name()).append(": ").append(e.describe())
                .append(Optional.ofNullable(ratings.get((Metric) e.topic())).map(r -> " (" + r + ")").orElse(""))
                .append('\n'));
        unknowns.forEach(u -> text.append("  UNKNOWN: ").append(u).append('\n'));
        return text.toString();
    }
}
