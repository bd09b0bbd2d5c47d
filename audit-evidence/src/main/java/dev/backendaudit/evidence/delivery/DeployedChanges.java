package dev.backendaudit.evidence.delivery;

import dev.backendaudit.evidence.git.GitHistoryException;
import dev.backendaudit.evidence.git.internal.JGitSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * Commit times of what a deployment delivered, read from git: the commits reachable from the
 * deployed version and from no earlier deployed version. Lead time for changes needs them.
 *
 * <pre>{@code
 * try (DeployedChanges changes = DeployedChanges.fromGit(Path.of("."))) {
 *     DoraReport report = DeliveryPerformance.measure(deployments, incidents, since, until,
 *             Optional.of(changes), DoraBands.REPORT_2021);
 * }
 * }</pre>
 */
public interface DeployedChanges extends AutoCloseable {

    /**
     * The commit a version (tag, branch, commit id) resolves to; empty when it names nothing.
     *
     * @param version a tag, a branch, a commit id or any other revision git can resolve
     * @return the full commit id it names, or empty when it names no commit
     */
    Optional<String> resolve(String version);

    /**
     * Calls {@code commitTimes} with the commit time (epoch seconds) of each commit {@code commitId} adds to {@code earlier}.
     *
     * @param commitId    the deployed commit, as {@link #resolve} returned it
     * @param earlier     the commits of earlier deployments; commits reachable from one of them are not counted again
     * @param commitTimes receives the commit time, in epoch seconds, of each commit reachable from {@code commitId}
     *                    and from none of {@code earlier}
     */
    void commitTimes(String commitId, List<String> earlier, LongConsumer commitTimes);

    /**
     * Releases the repository; the changes cannot be read afterwards.
     *
     */
    @Override
    void close();

    /**
     * Reads the repository in {@code directory} with JGit.
     *
     * @param directory a work tree, a directory inside one, or a bare repository
     * @return the changes, holding the repository open until they are closed
     * @throws GitHistoryException if it is not a repository
     */
    static DeployedChanges fromGit(Path directory) {
        JGitSource source = JGitSource.open(directory, 1);
        return new DeployedChanges() {
            @Override
            public Optional<String> resolve(String version) {
                return source.resolveCommit(version);
            }

            @Override
            public void commitTimes(String commitId, List<String> earlier, LongConsumer commitTimes) {
                source.commitTimesBetween(commitId, new ArrayList<>(earlier), commitTimes);
            }

            @Override
            public void close() {
                source.close();
            }
        };
    }
}
