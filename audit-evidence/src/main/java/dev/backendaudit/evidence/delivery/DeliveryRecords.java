package dev.backendaudit.evidence.delivery;

import dev.backendaudit.evidence.delivery.internal.Rows;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads deployment and incident records from CSV (with a header row) or JSON (an array of
 * objects); the format follows the file name's ending.
 *
 * <p>Deployments: {@code time, service, version, status}. Incidents: {@code start, restored,
 * service, caused_by} ({@code restored} empty while ongoing, {@code caused_by} the version whose
 * deployment caused it, empty when none did). Times are ISO-8601 instants. Rows must be in time
 * order (deployments by {@code time}, incidents by {@code start}); other columns are ignored.
 *
 * <pre>
 * time,service,version,status
 * 2026-01-05T10:00:00Z,checkout,v1.4.0,success
 * 2026-01-06T16:20:00Z,checkout,v1.4.1,rolled_back
 * </pre>
 * <pre>
 * [{"start": "2026-01-06T16:30:00Z", "restored": "2026-01-06T17:05:00Z", "service": "checkout", "caused_by": "v1.4.1"}]
 * </pre>
 * <pre>{@code
 * List<Deployment> deployments = DeliveryRecords.readDeployments(Path.of("ops/deployments.csv"));
 * List<Incident> incidents = DeliveryRecords.readIncidents(Path.of("ops/incidents.json"));
 * }</pre>
 *
 * <p>Every error names the file, the line and the rule, e.g.
 * {@code "ops/deployments.csv:7: time must be an ISO-8601 instant such as 2026-01-05T10:00:00Z, but was 'yesterday'"}.
 */
public final class DeliveryRecords {

    /** The columns a deployment record needs. */
    public static final List<String> DEPLOYMENT_COLUMNS = List.of("time", "service", "version", "status");
    /** The columns an incident record needs. */
    public static final List<String> INCIDENT_COLUMNS = List.of("start", "restored", "service", "caused_by");

    private DeliveryRecords() {
    }

    /**
     * Reads deployments, in the order of the file.
     *
     * @param file a CSV file with a header row holding at least the {@link #DEPLOYMENT_COLUMNS}
     * @return the deployments, one per row, each knowing its file and line
     * @throws RecordFormatException naming file, line and rule for a malformed row or rows out of time order
     */
    public static List<Deployment> readDeployments(Path file) {
        List<Deployment> deployments = new ArrayList<>();
        Rows.read(file, DEPLOYMENT_COLUMNS, (line, row) -> {
            String at = file + ":" + line;
            Instant time = instant(at, "time", row.get("time"));
            String service = notBlank(at, "service", row.get("service"));
            String version = notBlank(at, "version", row.get("version"));
            String statusText = row.get("status");
            DeploymentStatus status = DeploymentStatus.parse(statusText).orElseThrow(() -> new RecordFormatException(
                    at + ": status must be one of " + Arrays.stream(DeploymentStatus.values())
                            .map(DeploymentStatus::text).toList() + ", but was '" + statusText + "'"));
            if (!deployments.isEmpty() && time.isBefore(deployments.get(deployments.size() - 1).time())) {
                Deployment previous = deployments.get(deployments.size() - 1);
                throw new RecordFormatException(at + ": time " + time + " is before the previous record's "
                        + previous.time() + " (" + previous.location() + "): records must be in time order");
            }
            deployments.add(new Deployment(time, service, version, status, at));
        });
        return deployments;
    }

    /**
     * Reads incidents, in the order of the file.
     *
     * @param file a CSV file with a header row holding at least the {@link #INCIDENT_COLUMNS}
     * @return the incidents, one per row, each knowing its file and line
     * @throws RecordFormatException naming file, line and rule for a malformed row, a restore before the start, or
     *                               rows out of time order
     */
    public static List<Incident> readIncidents(Path file) {
        List<Incident> incidents = new ArrayList<>();
        Rows.read(file, INCIDENT_COLUMNS, (line, row) -> {
            String at = file + ":" + line;
            Instant start = instant(at, "start", row.get("start"));
            String restoredText = row.get("restored");
            Optional<Instant> restored = restoredText == null || restoredText.isBlank() ? Optional.empty()
                    : Optional.of(instant(at, "restored", restoredText));
            String service = notBlank(at, "service", row.get("service"));
            String cause = row.get("caused_by");
            Optional<String> causedBy = cause == null || cause.isBlank() ? Optional.empty() : Optional.of(cause.trim());
            if (restored.isPresent() && restored.get().isBefore(start)) {
                throw new RecordFormatException(at + ": restored must not be before start " + start + ", but was "
                        + restored.get());
            }
            if (!incidents.isEmpty() && start.isBefore(incidents.get(incidents.size() - 1).start())) {
                Incident previous = incidents.get(incidents.size() - 1);
                throw new RecordFormatException(at + ": start " + start + " is before the previous record's "
                        + previous.start() + " (" + previous.location() + "): records must be in time order");
            }
            incidents.add(new Incident(start, restored, service, causedBy, at));
        });
        return incidents;
    }

    private static Instant instant(String at, String field, String text) {
        try {
            return Instant.parse(text == null ? "" : text.trim());
        } catch (DateTimeParseException e) {
            throw new RecordFormatException(at + ": " + field + " must be an ISO-8601 instant such as"
                    + " 2026-01-05T10:00:00Z, but was '" + text + "'", e);
        }
    }

    private static String notBlank(String at, String field, String text) {
        if (text == null || text.isBlank()) {
            throw new RecordFormatException(at + ": " + field + " must not be blank, but was '" + text + "'");
        }
        return text.trim();
    }
}
