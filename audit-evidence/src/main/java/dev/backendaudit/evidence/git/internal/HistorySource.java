package dev.backendaudit.evidence.git.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.function.Predicate;

/**
 * Reads a repository's history, or the history of one directory in it. Two implementations exist,
 * JGit and the {@code git} command line; for the same repository they must deliver the same commits
 * in the same order, with the same changes.
 */
public interface HistorySource extends AutoCloseable {

    /** The backend's name, for provenance: {@code "jgit"} or {@code "git-cli"}. */
    String backend();

    /** The directory inside the repository whose history is read (a pathspec, '/'-separated); empty for all of it. */
    Optional<String> path();

    /** The commit HEAD resolves to; empty in a repository with no commits. */
    Optional<String> head();

    /**
     * The newest commit time among the first {@code commits} commits reachable from {@code startId} in walk
     * order (HEAD's, unless a skewed clock recorded an ancestor later), in seconds since the epoch.
     */
    long newestCommitTime(String startId, int commits);

    /** Whether the repository is a shallow clone, whose history is cut. */
    boolean isShallow();

    /**
     * Streams the commits reachable from {@code startId}, newest first by commit time (the order of
     * {@code git log}), each with its changed files (renames detected), until {@code visitor} returns false.
     * A source may skip the diff of a commit that {@code diffWanted} rejects, delivering
     * {@link CommitRecord#NOT_READ} as its changes. With a {@link #path()}, only non-merge commits that
     * change something under it are delivered, with only those changes.
     */
    void walk(String startId, DiffWanted diffWanted, Predicate<CommitRecord> visitor);

    /** Whether a commit's changes are needed, from its header. */
    @FunctionalInterface
    interface DiffWanted {
        /** Every diff. */
        DiffWanted ALL = (time, email, message) -> true;

        /** Whether the commit with this commit time (epoch seconds), author e-mail address and message needs its diff. */
        boolean test(long commitTime, String authorEmail, String message);
    }

    /** The files in a commit's tree (under {@link #path()}, when there is one). */
    java.util.Set<String> files(String commitId);

    /** Every tag that leads to a commit. */
    List<TagRef> tags();

    /**
     * Calls {@code commitTimes} with the commit time of every non-merge commit reachable from
     * {@code includeId} but from none of {@code excludeIds} (with a {@link #path()}: that change it).
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
