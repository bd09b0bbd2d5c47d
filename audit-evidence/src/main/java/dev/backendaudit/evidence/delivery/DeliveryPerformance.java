package dev.backendaudit.evidence.delivery;

import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.Metric;
import dev.backendaudit.model.Provenance;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.Unit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Computes the four DORA measures from deployment and incident records: deployment frequency,
 * lead time for changes (with commit times from git), change failure rate and time to restore,
 * and rates each against {@link DoraBands}.
 *
 * <pre>{@code
 * List<Deployment> deployments = DeliveryRecords.readDeployments(Path.of("ops/deployments.csv"));
 * List<Incident> incidents = DeliveryRecords.readIncidents(Path.of("ops/incidents.csv"));
 * try (DeployedChanges changes = DeployedChanges.fromGit(Path.of("."))) {
 *     DoraReport report = DeliveryPerformance.measure(deployments, incidents,
 *             Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"),
 *             Optional.of(changes), DoraBands.REPORT_2021);
 *     audit.evidence(report.evidence());
 * }
 * }</pre>
 *
 * <p>Records of other services never count: pick the audited service's with {@link ServiceRecords}
 * (the raw {@code measure} refuses records of several services).
 *
 * <p>How each is counted: frequency is deployments (of any status) in the window per day; a
 * change failure is a deployment that failed, was rolled back, or is named as the cause of an
 * incident; lead time is the median, over the commits shipped by the window's successful
 * deployments, of deployment time minus commit time, each commit belonging to the first
 * successful deployment whose version contains it; time to restore is the median over incidents
 * that began in the window and were restored.
 */
public final class DeliveryPerformance {

    /** The collector's name in provenance. */
    public static final String SOURCE = "delivery-records";

    private DeliveryPerformance() {
    }

    /**
     * Measures and rates delivery in the window {@code [since, until)}.
     *
     * @param changes commit times from git; without them lead time is unknown
     * @throws RecordFormatException if an incident names a version no deployment has, or a deployed version is not
     *                               in the repository
     * @throws IllegalArgumentException if the records are of several services
     */
    public static DoraReport measure(List<Deployment> deployments, List<Incident> incidents, Instant since,
                                     Instant until, Optional<DeployedChanges> changes, DoraBands bands) {
        java.util.Set<String> services = new java.util.TreeSet<>();
        deployments.forEach(d -> services.add(d.service()));
        incidents.forEach(i -> services.add(i.service()));
        if (services.size() > 1) {
            throw new IllegalArgumentException("delivery records must be of one service, but are of " + services
                    + ": pick the audited service's with ServiceRecords.of or ServiceRecords.forSubject");
        }
        String service = services.isEmpty() ? "(none)" : services.iterator().next();
        return measure(new ServiceRecords(service, deployments, incidents, 0, 0, List.of(), Optional.empty()), since,
                until, changes, bands);
    }

    /**
     * Measures and rates the delivery of one service in the window {@code [since, until)}; records of other
     * services were left out by {@link ServiceRecords}, and the report says how many.
     *
     * @param records the audited service's records
     * @param since   start of the window, inclusive
     * @param until   end of the window, exclusive
     * @param changes commit times from git; without them lead time is unknown
     * @param bands   the bands to rate against
     * @return the measures, their ratings and evidence
     * @throws RecordFormatException if an incident names a version no deployment has, or a deployed version is not
     *                               in the repository
     */
    public static DoraReport measure(ServiceRecords records, Instant since, Instant until,
                                     Optional<DeployedChanges> changes, DoraBands bands) {
        List<Deployment> deployments = records.deployments();
        List<Incident> incidents = records.incidents();
        if (!since.isBefore(until)) {
            throw new IllegalArgumentException("window start (since) must be before its end (until) " + until
                    + ", but was " + since);
        }
        Set<String> deployed = new LinkedHashSet<>();
        Set<String> files = new LinkedHashSet<>();
        deployments.forEach(d -> {
            deployed.add(d.service() + "\0" + d.version());
            files.add(file(d.location()));
        });
        Set<String> causes = new LinkedHashSet<>();
        for (Incident incident : incidents) {
            files.add(file(incident.location()));
            incident.causedBy().ifPresent(version -> {
                if (!deployed.contains(incident.service() + "\0" + version)) {
                    throw new RecordFormatException(incident.location() + ": caused_by must name a deployed version"
                            + " of " + incident.service() + ", but '" + version + "' was never deployed");
                }
                causes.add(incident.service() + "\0" + version);
            });
        }
        String window = since + " .. " + until;
        List<Deployment> inWindow = deployments.stream().filter(d -> within(d.time(), since, until)).toList();
        List<String> unknowns = new ArrayList<>();
        Map<Metric, DoraRating> ratings = new HashMap<>();
        Map<Metric, Quantity> values = new HashMap<>();
        double days = Duration.between(since, until).toSeconds() / 86_400.0;
        Optional<Double> perDay = Optional.empty();
        Optional<Double> failureRate = Optional.empty();
        int failures = 0;
        if (inWindow.isEmpty()) {
            unknowns.add("no deployment in the window " + window + " (" + deployments.size() + " records in all):"
                    + " deployment frequency and change failure rate are unknown");
        } else {
            perDay = Optional.of(inWindow.size() / days);
            values.put(Metrics.DEPLOYMENT_FREQUENCY, Quantity.of(perDay.get() * 7, Unit.PER_WEEK));
            ratings.put(Metrics.DEPLOYMENT_FREQUENCY, bands.rateDeploymentFrequency(perDay.get()));
            failures = (int) inWindow.stream().filter(d -> d.status() != DeploymentStatus.SUCCESS
                    || causes.contains(d.service() + "\0" + d.version())).count();
            failureRate = Optional.of((double) failures / inWindow.size());
            values.put(Metrics.CHANGE_FAILURE_RATE, Quantity.ratio(failureRate.get()));
            ratings.put(Metrics.CHANGE_FAILURE_RATE, bands.rateChangeFailureRate(failureRate.get()));
        }
        Optional<Duration> leadTime = changes.isEmpty() ? Optional.empty()
                : leadTime(deployments, since, until, changes.get(), unknowns);
        if (changes.isEmpty()) {
            unknowns.add("lead time for changes needs commit times from a git repository: it is unknown");
        }
        leadTime.ifPresent(d -> {
            values.put(Metrics.LEAD_TIME, Quantity.of(d));
            ratings.put(Metrics.LEAD_TIME, bands.rateLeadTime(d));
        });
        List<Duration> restores = new ArrayList<>();
        int ongoing = 0;
        for (Incident incident : incidents) {
            if (within(incident.start(), since, until)) {
                if (incident.timeToRestore().isPresent()) {
                    restores.add(incident.timeToRestore().get());
                } else {
                    ongoing++;
                }
            }
        }
        Optional<Duration> restore = Optional.empty();
        if (restores.isEmpty()) {
            unknowns.add("no restored incident began in the window " + window + " (" + ongoing + " ongoing): time to"
                    + " restore is unknown");
        } else {
            restores.sort(null);
            restore = Optional.of(restores.get((restores.size() - 1) / 2));
            values.put(Metrics.TIME_TO_RESTORE, Quantity.of(restore.get()));
            ratings.put(Metrics.TIME_TO_RESTORE, bands.rateTimeToRestore(restore.get()));
            if (ongoing > 0) {
                unknowns.add(ongoing + " incidents that began in the window are not restored yet: time to restore"
                        + " counts only the " + restores.size() + " restored ones");
            }
        }
        List<Evidence> evidence = new ArrayList<>();
        String sources = files.isEmpty() ? "no records" : String.join(", ", files);
        for (Metric metric : List.of(Metrics.DEPLOYMENT_FREQUENCY, Metrics.LEAD_TIME, Metrics.CHANGE_FAILURE_RATE,
                Metrics.TIME_TO_RESTORE)) {
            Quantity value = values.get(metric);
            if (value != null) {
                Provenance provenance = Provenance.of(SOURCE, sources + ", service " + records.service()
                        + ", window " + window + "; "
                        + bands.version() + " band: " + ratings.get(metric).name().toLowerCase(java.util.Locale.ROOT),
                        until);
                evidence.add(Measurement.of(metric, value, provenance));
            }
        }
        List<String> notes = new ArrayList<>();
        if (records.otherDeployments() + records.otherIncidents() > 0) {
            notes.add(records.otherDeployments() + " deployment and " + records.otherIncidents() + " incident records of"
                    + " other services (" + String.join(", ", records.otherServices()) + ") are not counted");
        }
        records.note().ifPresent(notes::add);
        return new DoraReport(records.service(), since, until, bands.version(), inWindow.size(), failures, perDay,
                leadTime, failureRate, restore, ratings, unknowns, notes, evidence);
    }

    private static Optional<Duration> leadTime(List<Deployment> deployments, Instant since, Instant until,
                                               DeployedChanges changes, List<String> unknowns) {
        List<Long> leads = new ArrayList<>();
        Map<String, List<String>> earlierByService = new HashMap<>();
        long[] skewed = {0};
        for (Deployment deployment : deployments) {
            if (deployment.status() != DeploymentStatus.SUCCESS) {
                continue;
            }
            String commit = changes.resolve(deployment.version()).orElseThrow(() -> new RecordFormatException(
                    deployment.location() + ": version must name a commit or tag in the repository, but '"
                            + deployment.version() + "' names none"));
            List<String> earlier = earlierByService.computeIfAbsent(deployment.service(), s -> new ArrayList<>());
            if (within(deployment.time(), since, until)) {
                long deployedAt = deployment.time().getEpochSecond();
                changes.commitTimes(commit, earlier, commitTime -> {
                    if (commitTime > deployedAt) {
                        skewed[0]++;
                    }
                    leads.add(Math.max(0, deployedAt - commitTime));
                });
            }
            earlier.add(commit);
        }
        if (skewed[0] > 0) {
            unknowns.add(skewed[0] + " commits carry a commit time after the deployment that shipped them (clock skew"
                    + " or a wrong version in the records); their lead time counts as zero");
        }
        if (leads.isEmpty()) {
            unknowns.add("no successful deployment in the window shipped a new commit: lead time for changes is unknown");
            return Optional.empty();
        }
        leads.sort(null);
        return Optional.of(Duration.ofSeconds(leads.get((leads.size() - 1) / 2)));
    }

    private static boolean within(Instant time, Instant since, Instant until) {
        return !time.isBefore(since) && time.isBefore(until);
    }

    private static String file(String location) {
        int colon = location.lastIndexOf(':');
        return colon < 0 ? location : location.substring(0, colon);
    }
}
