package dev.backendaudit.evidence.git;

/**
 * The history cannot be measured: the directory is not a repository, the repository is empty or
 * a shallow clone, or reading it failed. The message says which, and what to do.
 *
 * <pre>{@code
 * try {
 *     GitHistory.analyze(HistoryOptions.of(Path.of("/tmp/not-a-repo")));
 * } catch (GitHistoryException e) {
 *     System.err.println(e.getMessage()); // "repository /tmp/not-a-repo must be a git repository ..."
 * }
 * }</pre>
 */
public final class GitHistoryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * An error with its message.
     *
     * @param message what could not be read and why, naming the repository, the option or the file, and the value
     */
    public GitHistoryException(String message) {
        super(message);
    }

    /**
     * An error with its message and cause.
     *
     * @param message what could not be read and why, naming the repository, the option or the file, and the value
     * @param cause   the failure underneath, e.g. JGit's, the {@code git} process's or the file system's
     */
    public GitHistoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
