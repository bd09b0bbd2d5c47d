package dev.backendaudit.evidence.git.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.function.Predicate;

/**
 * Reads a repository's history. Two implementations exist, JGit and the {@code git} command
 * line; for the same repository they must deliver the same commits in the same order.
 */
public interface HistorySource extends AutoCloseable {

    /** The backend's name, for provenance: {@code "jgit"} or {@code "git-cli"}. */
    String backend();

    /** The commit HEAD resolves to; empty in a repository with no commits. */
    Optional<String> head();

    /** Whether the repository is a shallow clone, whose history is cut. */
    boolean isShallow();

    /**
     * Streams the commits reachable from {@code startId}, newest first by commit time (the order
     * of {@code git log}), each with its changed files, until {@code visitor} returns false.
     */
    void walk(String startId, Predicate<CommitRecord> visitor);

    /**
     * Like {@link #walk(String, Predicate)}, but a source may skip the diff of a commit whose commit time
     * (epoch seconds) {@code diffWanted} rejects, delivering {@link CommitRecord#NOT_READ} as its changes.
     */
    default void walk(String startId, java.util.function.LongPredicate diffWanted, Predicate<CommitRecord> visitor) {
        walk(startId, visitor);
    }

    /** Every tag that leads to a commit. */
    List<TagRef> tags();

    /**
     * Calls {@code commitTimes} with the commit time of every non-merge commit reachable from
     * {@code includeId} but from none of {@code excludeIds}.
     */
    void commitTimesBetween(String includeId, List<String> excludeIds, LongConsumer commitTimes);

    /**
     * For releases in order, calls {@code commitTimes} with each release's index and the commit time of every
     * non-merge commit that it is the first of them to contain. This default asks
     * {@link #commitTimesBetween} once per release, excluding all earlier ones.
     */
    default void firstReleaseCommitTimes(List<String> releaseCommitIds, ReleaseCommitTimes commitTimes) {
        for (int i = 0; i < releaseCommitIds.size(); i++) {
            int release = i;
            commitTimesBetween(releaseCommitIds.get(i), releaseCommitIds.subList(0, i),
                    time -> commitTimes.accept(release, time));
        }
    }

    /** Receives a release's index and a commit time. */
    @FunctionalInterface
    interface ReleaseCommitTimes {
        /** One commit of release number {@code release}. */
        void accept(int release, long commitTime);
    }

    @Override
    void close();
}
