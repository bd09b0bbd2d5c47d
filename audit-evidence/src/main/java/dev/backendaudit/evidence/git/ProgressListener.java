package dev.backendaudit.evidence.git;

/**
 * Told how far the reading of a long history has come, so that a command line can show progress.
 *
 * <pre>{@code
 * GitHistory.analyze(options, read -> System.err.print("\rread " + read + " commits"));
 * }</pre>
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores progress. */
    ProgressListener NONE = commitsRead -> { };

    /**
     * Called every {@value GitHistory#PROGRESS_EVERY} commits read, and once at the end.
     *
     * @param commitsRead how many commits have been read so far, growing from call to call
     */
    void commitsRead(long commitsRead);
}
