package dev.backendaudit.evidence.project.internal;

import dev.backendaudit.evidence.delivery.DeliveryPerformance;
import dev.backendaudit.evidence.delivery.DeliveryRecords;
import dev.backendaudit.evidence.delivery.DeployedChanges;
import dev.backendaudit.evidence.delivery.Deployment;
import dev.backendaudit.evidence.delivery.DoraReport;
import dev.backendaudit.evidence.delivery.Incident;
import dev.backendaudit.evidence.delivery.ServiceRecords;
import dev.backendaudit.evidence.git.GitHistory;
import dev.backendaudit.evidence.git.HistoryReport;
import dev.backendaudit.evidence.git.RepositorySubject;
import dev.backendaudit.evidence.layout.LayoutReport;
import dev.backendaudit.evidence.layout.RepositoryLayout;
import dev.backendaudit.evidence.project.EvidenceSource;
import dev.backendaudit.evidence.project.ProjectFiles;
import dev.backendaudit.evidence.project.ProjectOptions;
import dev.backendaudit.evidence.project.SourceReport;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/** The sources that read the repository itself: git history, layout manifests, delivery records. */
public final class RepositorySources {

    private RepositorySources() {
    }

    /**
     * Whether {@code root} is in a git repository: a work tree, a directory inside one (whose path's history is
     * then read) or a bare repository, found as {@code GitHistory} and {@link RepositorySubject} find it.
     */
    static boolean inRepository(Path root) {
        return new FileRepositoryBuilder().findGitDir(root.toAbsolutePath().normalize().toFile()).getGitDir() != null;
    }

    /**
     * The options with the window settled, as {@link dev.backendaudit.evidence.project.ProjectEvidence} says:
     * the window the history in {@code git} measured, else (a directory in no repository) the one asked for,
     * ending now unless an end is given.
     *
     * @param git     the report of the {@link Git} source
     * @param options the options it ran with
     * @return the options every later source runs with
     */
    public static ProjectOptions measuredWindow(SourceReport git, ProjectOptions options) {
        Optional<HistoryReport> history = git.detail(HistoryReport.class);
        Instant until = history.map(HistoryReport::until).orElseGet(() -> options.history().until()
                .orElseGet(() -> Clock.systemUTC().instant().truncatedTo(ChronoUnit.SECONDS)));
        Instant since = history.map(HistoryReport::since).orElseGet(() -> options.history().start(until));
        return options.history(h -> h.window(since, until));
    }

    /** Git history ({@link GitHistory}); a directory in no repository leaves it unknown. */
    public static final class Git implements EvidenceSource {
        @Override
        public String name() {
            return GitHistory.SOURCE;
        }

        @Override
        public SourceReport collect(ProjectFiles files, ProjectOptions options) {
            if (!inRepository(files.root())) {
                return SourceReport.unknown(name(), files.root() + " is in no git repository (not a work tree, a"
                        + " directory inside one, or a bare repository): commit throughput, fixes, refixes, hotspots"
                        + " and releases stay unknown");
            }
            HistoryReport history = GitHistory.analyze(options.history(), options.progress());
            return SourceReport.measured(name(), history.summary(), history.unknowns(), history.evidence(), history);
        }
    }

    /** Repository layout ({@link RepositoryLayout}): CI, scaling, alerting and probe manifests. */
    public static final class Layout implements EvidenceSource {
        @Override
        public String name() {
            return RepositoryLayout.SOURCE;
        }

        @Override
        public SourceReport collect(ProjectFiles files, ProjectOptions options) {
            LayoutReport layout = RepositoryLayout.scan(files.root(), options.at());
            return SourceReport.measured(name(), layout.summary(), layout.unknowns(), layout.evidence(), layout);
        }
    }

    /**
     * Delivery records ({@link DeliveryPerformance}) of the audited service, when deployment records are given:
     * the service named in the options, else the subject's ({@link ServiceRecords}); records of other services
     * are left out and counted in the summary.
     */
    public static final class Delivery implements EvidenceSource {
        @Override
        public String name() {
            return DeliveryPerformance.SOURCE;
        }

        @Override
        public SourceReport collect(ProjectFiles files, ProjectOptions options) {
            if (options.deployments().isEmpty()) {
                return SourceReport.unknown(name(), "no deployment records given: deployment frequency, lead time,"
                        + " change failure rate and time to restore stay unknown");
            }
            List<Deployment> deployments = DeliveryRecords.readDeployments(options.deployments().get());
            List<Incident> incidents = options.incidents().map(DeliveryRecords::readIncidents).orElse(List.of());
            ServiceRecords records = options.service().isPresent()
                    ? ServiceRecords.of(options.service().get(), deployments, incidents)
                    : ServiceRecords.forSubject(options.subject().orElseGet(() -> subject(files.root())), deployments,
                            incidents);
            DoraReport dora;
            if (inRepository(files.root())) {
                try (DeployedChanges changes = DeployedChanges.fromGit(files.root())) {
                    dora = DeliveryPerformance.measure(records, options.since(), options.at(), Optional.of(changes),
                            options.bands());
                }
            } else {
                dora = DeliveryPerformance.measure(records, options.since(), options.at(), Optional.empty(),
                        options.bands());
            }
            return SourceReport.measured(name(), dora.summary(), dora.unknowns(), dora.evidence(), dora);
        }
    }

    /**
     * The subject of a project that does not name one: {@link RepositorySubject}'s when {@code root} is in a git
     * repository, else the directory's absolute path (no other directory has it).
     *
     * @param root the project directory
     * @return the name
     * @throws dev.backendaudit.evidence.git.GitHistoryException if the repository has no commit and no remote
     */
    public static String subject(Path root) {
        return inRepository(root) ? RepositorySubject.of(root) : root.toAbsolutePath().normalize().toString();
    }
}
