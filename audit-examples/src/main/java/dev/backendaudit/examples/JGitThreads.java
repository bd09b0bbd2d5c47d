package dev.backendaudit.examples;

import java.time.Duration;
import org.eclipse.jgit.api.Git;

/**
 * Ends JGit's background thread when the main job is done. JGit keeps one scheduler for the whole JVM
 * ({@code org.eclipse.jgit.lib.internal.WorkQueue}, thread "JGit-WorkQueue"), started the first time any
 * repository is closed; it is a daemon, so it never keeps a JVM alive, but a launcher that runs the job inside
 * its own JVM and waits for the job's threads ({@code mvn exec:java}) waits for it and then warns that it did
 * not finish.
 *
 * <p>Only the main job does this, at its end: the scheduler belongs to every JGit user of the JVM and cannot be
 * restarted (a progress monitor or a repository cache that schedules work afterwards fails), so the library
 * ({@code GitHistory.analyze}) never stops it, and a program that embeds the library stops it, if it wants to,
 * when it has finished with JGit.
 */
final class JGitThreads {

    /** The name JGit gives its scheduler's thread. */
    static final String WORK_QUEUE = "JGit-WorkQueue";

    private JGitThreads() {
    }

    /**
     * Stops JGit's scheduler (JGit's own {@link Git#shutdown()}) and waits up to {@code patience} for its thread to
     * end, so that when the job returns no JGit thread is left.
     *
     * @param patience how long to wait for the thread
     */
    static void shutdown(Duration patience) {
        Git.shutdown();
        long deadline = System.nanoTime() + patience.toNanos();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().equals(WORK_QUEUE)) {
                try {
                    thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
