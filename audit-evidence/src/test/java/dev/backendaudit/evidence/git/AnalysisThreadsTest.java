package dev.backendaudit.evidence.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.eclipse.jgit.lib.internal.WorkQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an analysis leaves behind: none of its own threads, and JGit's process-wide scheduler as it found it.
 * That scheduler serves every JGit user of the JVM and cannot be restarted, so only the program that owns the
 * JVM stops it (the main job does, when it ends); a library that stopped it would break its caller's JGit.
 */
class AnalysisThreadsTest {

    @TempDir
    Path dir;

    @Test
    void should_end_its_own_threads_and_leave_jgits_scheduler_running_for_other_jgit_users() throws Exception {
        // GIVEN
        Instant day = Instant.parse("2026-01-05T10:00:00Z");
        try (TestRepo repo = TestRepo.create(dir)) {
            repo.commit("one", day, "Alice", Map.of("a.txt", "a\n"));
            repo.commit("two", day.plusSeconds(3600), "Alice", Map.of("a.txt", "b\n"));
        }
        // WHEN
        GitHistory.analyze(HistoryOptions.of(dir).threads(4).until(day.plusSeconds(7200)));
        // THEN the diff pool is gone, and JGit can still schedule work
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("jgit-diff") && t.isAlive());
        assertThat(WorkQueue.getExecutor().isShutdown()).isFalse();
    }
}
