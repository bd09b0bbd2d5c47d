package dev.backendaudit.benchmarks.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.backendaudit.evidence.git.GitHistory;
import dev.backendaudit.evidence.git.HistoryOptions;
import dev.backendaudit.evidence.git.HistoryReport;
import dev.backendaudit.evidence.git.internal.GitCliSource;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A smoke test of the generator: a small repository that the analysis reads as designed. */
class SyntheticRepositoryTest {

    @TempDir
    Path dir;

    @Test
    void should_generate_a_repository_with_fixes_tags_merges_and_hot_files() throws Exception {
        assumeTrue(GitCliSource.installed(), "git is not installed: the generator needs git fast-import");
        // GIVEN
        int made = SyntheticRepository.generate(dir, 1_000, 200, 7);
        // WHEN
        HistoryReport report = GitHistory.analyze(HistoryOptions.of(dir)
                .window(Instant.parse("2019-12-30T00:00:00Z"), Instant.parse("2021-01-04T00:00:00Z")));
        // THEN
        assertThat(made).isEqualTo(1_001);
        assertThat(report.commits() + report.merges()).isEqualTo(made);
        assertThat(report.merges()).isEqualTo(1);
        assertThat((double) report.fixes() / report.commits()).isBetween(0.18, 0.32);
        assertThat(report.releases().tagsMatched()).isEqualTo(4);
        assertThat(report.hotspots().get(0).revisions()).isGreaterThan(3 * (int) (report.commits() * 2 / 200));
    }
}
