package dev.backendaudit.evidence.git;

/**
 * What reads the history. Both give identical evidence on the same repository.
 *
 * <pre>{@code
 * HistoryOptions.of(Path.of(".")).backend(HistoryBackend.GIT_CLI);
 * }</pre>
 */
public enum HistoryBackend {
    /** JGit, in process: needs nothing installed. The default. */
    JGIT,
    /** The {@code git} command line ({@code git log --numstat}), when it is installed. */
    GIT_CLI
}
