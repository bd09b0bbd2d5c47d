package dev.backendaudit.evidence.delivery;

import dev.backendaudit.internal.Checks;
import dev.backendaudit.internal.NearestMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The deployment and incident records of the one service an audit judges, picked from files that
 * may hold the records of several: records of other services are never counted against it.
 *
 * <pre>{@code
 * ServiceRecords records = ServiceRecords.of("checkout", deployments, incidents);       // named
 * ServiceRecords records = ServiceRecords.forSubject("github.com/shop/checkout", deployments, incidents);
 * DoraReport report = DeliveryPerformance.measure(records, since, until, changes, DoraBands.REPORT_2021);
 * records.summary();   // "service 'checkout': 40 of 52 deployment records (12 of other services not counted: ...)"
 * }</pre>
 *
 * <p>How the audit's subject finds its service ({@link #forSubject}): a record is of the subject when its
 * {@code service} equals the subject or, for a subject that is a path such as
 * {@code github.com/shop/checkout}, its last segment ({@code checkout}), ignoring case. When no record
 * matches and the files hold one service only, that service is taken as the audited one and the
 * summary says so; when they hold several, none matching, it fails naming them and the nearest.
 *
 * @param service           the service whose records these are
 * @param deployments       its deployments, in file order
 * @param incidents         its incidents, in file order
 * @param otherDeployments  deployment records of other services, not counted
 * @param otherIncidents    incident records of other services, not counted
 * @param otherServices     the other services the files name, sorted
 * @param note              how the service was chosen, when a reader should know; empty otherwise
 */
public record ServiceRecords(String service, List<Deployment> deployments, List<Incident> incidents,
                             int otherDeployments, int otherIncidents, List<String> otherServices,
                             Optional<String> note) {

    /** Copies the lists. */
    public ServiceRecords {
        Checks.notBlank("service", service);
        deployments = Checks.listCopy("deployments", deployments);
        incidents = Checks.listCopy("incidents", incidents);
        otherServices = Checks.listCopy("other services", otherServices);
        Checks.notNull("note", note);
    }

    /**
     * The records of {@code service}, named by the user.
     *
     * @param service     the service, exactly as the records name it
     * @param deployments deployment records, of any services
     * @param incidents   incident records, of any services
     * @return its records
     * @throws RecordFormatException naming the file, the services it has and the nearest, if no deployment record
     *                               is of {@code service}
     */
    public static ServiceRecords of(String service, List<Deployment> deployments, List<Incident> incidents) {
        Checks.notBlank("service", service);
        if (deployments.stream().noneMatch(d -> d.service().equals(service))) {
            Set<String> known = services(deployments, List.of());
            throw new RecordFormatException(files(deployments) + ": no deployment record is of service '" + service
                    + "'" + NearestMatch.suggestion(service, known));
        }
        return select(service, deployments, incidents, Optional.empty());
    }

    /**
     * The records of the audited {@code subject}'s service: see the type's description for the matching rule.
     *
     * @param subject     the audit's subject
     * @param deployments deployment records, of any services
     * @param incidents   incident records, of any services
     * @return its records
     * @throws RecordFormatException if the records are of several services and none is the subject's
     */
    public static ServiceRecords forSubject(String subject, List<Deployment> deployments, List<Incident> incidents) {
        Checks.notBlank("subject", subject);
        Set<String> services = services(deployments, incidents);
        List<String> names = names(subject);
        Optional<String> matching = services.stream()
                .filter(s -> names.stream().anyMatch(n -> n.equalsIgnoreCase(s))).findFirst();
        if (matching.isPresent()) {
            return select(matching.get(), deployments, incidents, Optional.empty());
        }
        if (services.isEmpty()) {
            return new ServiceRecords(names.get(names.size() - 1), List.of(), List.of(), 0, 0, List.of(),
                    Optional.empty());
        }
        if (services.size() == 1) {
            String only = services.iterator().next();
            return select(only, deployments, incidents, Optional.of("every record is of service '" + only
                    + "', which is not the audited subject '" + subject + "': taken as its service (name the"
                    + " service to audit to make this explicit)"));
        }
        String wanted = names.get(names.size() - 1);
        throw new RecordFormatException(files(deployments)
                + ": the records are of the services " + services + ", and none is the audited subject '" + subject
                + "'" + (names.size() > 1 ? " or '" + wanted + "'" : "") + ": name the service to audit"
                + NearestMatch.nearest(wanted, services).map(n -> " (did you mean '" + n + "'?)").orElse(""));
    }

    /**
     * One line a person reads.
     *
     * @return {@code "service 'checkout': 40 of 52 deployment records, 9 of 10 incident records (12 of other
     *         services not counted: billing)"}, and the note if there is one
     */
    public String summary() {
        StringBuilder text = new StringBuilder("service '").append(service).append("': ")
                .append(deployments.size()).append(" of ").append(deployments.size() + otherDeployments)
                .append(" deployment records, ").append(incidents.size()).append(" of ")
                .append(incidents.size() + otherIncidents).append(" incident records");
        if (otherDeployments + otherIncidents > 0) {
            text.append(" (").append(otherDeployments + otherIncidents).append(" of other services not counted: ")
                    .append(String.join(", ", otherServices)).append(')');
        }
        note.ifPresent(n -> text.append("; ").append(n));
        return text.toString();
    }

    private static ServiceRecords select(String service, List<Deployment> deployments, List<Incident> incidents,
                                         Optional<String> note) {
        List<Deployment> own = deployments.stream().filter(d -> d.service().equals(service)).toList();
        List<Incident> ownIncidents = incidents.stream().filter(i -> i.service().equals(service)).toList();
        Set<String> others = services(deployments, incidents);
        others.remove(service);
        return new ServiceRecords(service, own, ownIncidents, deployments.size() - own.size(),
                incidents.size() - ownIncidents.size(), new ArrayList<>(others), note);
    }

    /** The subject, and the last segment of a subject that is a path: {@code github.com/shop/checkout}, {@code checkout}. */
    private static List<String> names(String subject) {
        String trimmed = subject.replaceAll("[/:]+$", "");
        int cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf(':'));
        String last = cut < 0 ? trimmed : trimmed.substring(cut + 1);
        int at = last.indexOf('@');          // a name such as checkout@1a2b3c4d5e6f: the part before '@'
        String base = at > 0 ? last.substring(0, at) : last;
        List<String> names = new ArrayList<>(List.of(subject));
        if (!base.isEmpty() && !base.toLowerCase(Locale.ROOT).equals(subject.toLowerCase(Locale.ROOT))) {
            names.add(base);
        }
        return names;
    }

    private static Set<String> services(List<Deployment> deployments, List<Incident> incidents) {
        Set<String> services = new TreeSet<>();
        deployments.forEach(d -> services.add(d.service()));
        incidents.forEach(i -> services.add(i.service()));
        return services;
    }

    private static String files(List<Deployment> deployments) {
        Set<String> files = new TreeSet<>();
        deployments.forEach(d -> {
            int colon = d.location().lastIndexOf(':');
            files.add(colon < 0 ? d.location() : d.location().substring(0, colon));
        });
        return files.isEmpty() ? "the delivery records" : String.join(", ", files);
    }
}
