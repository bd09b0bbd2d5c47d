package dev.backendaudit.evidence.git.internal;

/**
 * A file changed by a commit, with line counts as {@code git log --numstat} reports them
 * (a binary file counts zero lines).
 *
 * @param path    the file's path in the repository, with '/' separators
 * @param added   lines added
 * @param deleted lines deleted
 */
public record FileChange(String path, int added, int deleted) {
}
