package dev.backendaudit.evidence.git.internal;

import java.util.List;

/**
 * One commit as a history source reads it: what the analysis needs, nothing more.
 *
 * @param id          the full commit id
 * @param parentCount how many parents it has (more than one: a merge, whose changes are not diffed)
 * @param authorEmail the author's e-mail address, lower-cased: the identity used for knowledge concentration
 * @param commitTime  committer time, seconds since the epoch
 * @param message     the full commit message
 * @param changes     the files changed against the first parent (the empty tree for a root commit)
 */
public record CommitRecord(String id, int parentCount, String authorEmail, long commitTime, String message,
                           List<FileChange> changes) {

    /**
     * The changes of a commit whose diff was not read because it lies outside the window: compared by
     * identity, never cached.
     */
    public static final List<FileChange> NOT_READ = java.util.Collections.unmodifiableList(new java.util.ArrayList<>());

    /** Whether this commit merges others. */
    public boolean isMerge() {
        return parentCount > 1;
    }
}
