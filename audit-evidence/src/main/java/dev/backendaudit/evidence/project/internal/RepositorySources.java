package dev.backendaudit.evidence.project.internal;

import dev.backendaudit.evidence.delivery.DeliveryPerformance;
import dev.backendaudit.evidence.delivery.DeliveryRecords;
import dev.backendaudit.evidence.delivery.DeployedChanges;
import dev.backendaudit.evidence.delivery.DoraReport;
import dev.backendaudit.evidence.git.GitHistory;
import dev.backendaudit.evidence.git.HistoryReport;
import dev.backendaudit.evidence.layout.LayoutReport;
import dev.backendaudit.evidence.layout.RepositoryLayout;
import dev.backendaudit.evidence.project.EvidenceSource;
import dev.backendaudit.evidence.project.ProjectFiles;
import dev.backendaudit.evidence.project.ProjectOptions;
import dev.backendaudit.evidence.project.SourceReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.RepositoryCache;
import org.eclipse.jgit.util.FS;

/** The sources that read the repository itself: git history, layout manifests, delivery records. */
public final class RepositorySources {

    private RepositorySources() {
    }

    /** Whether {@code root} is a git work tree or a bare repository. */
    static boolean isRepository(Path root) {
        return Files.exists(root.resolve(Constants.DOT_GIT))
                || RepositoryCache.FileKey.isGitRepository(root.toFile(), FS.DETECTED);
    }

    /** Git history ({@link GitHistory}); a directory that is no repository leaves it unknown. */
    public static final class Git implements EvidenceSource {
        @Override
        public String name() {
            return GitHistory.SOURCE;
        }

        @Override
        public SourceReport collect(ProjectFiles files, ProjectOptions options) {
            if (!isRepository(files.root())) {
                return SourceReport.unknown(name(), files.root() + " is not a git repository (no .git, not a bare"
                        + " repository): commit throughput, fixes, refixes, hotspots and releases stay unknown");
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

    /** Delivery records ({@link DeliveryPerformance}), when deployment records are given. */
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
            Path deployments = options.deployments().get();
            List<dev.backendaudit.evidence.delivery.Incident> incidents = options.incidents()
                    .map(DeliveryRecords::readIncidents).orElse(List.of());
            DoraReport dora;
            if (isRepository(files.root())) {
                try (DeployedChanges changes = DeployedChanges.fromGit(files.root())) {
                    dora = DeliveryPerformance.measure(DeliveryRecords.readDeployments(deployments), incidents,
                            options.history().since(), options.at(), Optional.of(changes), options.bands());
                }
            } else {
                dora = DeliveryPerformance.measure(DeliveryRecords.readDeployments(deployments), incidents,
                        options.history().since(), options.at(), Optional.empty(), options.bands());
            }
            return SourceReport.measured(name(), dora.summary(), dora.unknowns(), dora.evidence(), dora);
        }
    }
}
