package dev.backendaudit.evidence.git.internal;

/**
 * A file changed by a commit, with line counts as {@code git log --numstat --minimal} reports them
 * (a binary file counts zero lines), and how it changed.
 *
 * @param path    the file's path in the repository after the commit, with '/' separators
 * @param oldPath the path it had before the commit when the commit renamed it (git's default 50 %
 *                similarity), else null
 * @param status  'A' added, 'M' modified, 'D' deleted, 'R' renamed
 * @param added   lines added
 * @param deleted lines deleted
 */
public record FileChange(String path, String oldPath, char status, int added, int deleted) {

    /** A modification of {@code path}. */
    public FileChange(String path, int added, int deleted) {
        this(path, null, 'M', added, deleted);
    }

    /** Whether the commit removed the file. */
    public boolean removed() {
        return status == 'D';
    }
}
