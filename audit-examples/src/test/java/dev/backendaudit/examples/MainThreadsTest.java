package dev.backendaudit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the main job ends, no JGit thread is left running, so that {@code mvn exec:java}, which waits for the
 * threads of the program it ran, neither waits nor warns. Each run is its own JVM: JGit's scheduler is one per JVM.
 */
class MainThreadsTest {

    @TempDir
    Path dir;

    private List<String> threadsAfter(String mode, Path repo) throws IOException, InterruptedException {
        Path out = dir.resolve(mode + ".txt");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ThreadsAfterMain.class.getName(), out.toString(), mode,
                "--repo", repo.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("exit 0");
        return lines.subList(1, lines.size());
    }

    @Test
    void should_leave_no_jgit_thread_when_the_job_ends_after_reading_a_repository() throws Exception {
        // GIVEN a repository with one commit
        Path repo = OneCommitRepository.create(dir.resolve("repo"));
        // WHEN the job audits it, and (the control) the command line alone does
        List<String> afterJob = threadsAfter("run", repo);
        List<String> afterCommandLine = threadsAfter("execute", repo);
        // THEN reading the repository did start JGit's scheduler, and the job's end stopped it
        assertThat(afterCommandLine).contains(JGitThreads.WORK_QUEUE);
        assertThat(afterJob).doesNotContain(JGitThreads.WORK_QUEUE).doesNotContain("jgit-diff").contains("main");
    }
}
