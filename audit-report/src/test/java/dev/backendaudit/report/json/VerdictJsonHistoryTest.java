package dev.backendaudit.report.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.report.ExampleVerdicts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** History stored as files in a folder, the way builds keep it. */
class VerdictJsonHistoryTest {

    @Test
    void should_load_the_stored_verdicts_of_a_subject_oldest_first(@TempDir Path folder) {
        // GIVEN
        AuditHistory history = ExampleVerdicts.checkoutHistory();
        List<Verdict> newestFirst = new java.util.ArrayList<>(history.verdicts());
        java.util.Collections.reverse(newestFirst);
        newestFirst.forEach(v -> VerdictJson.store(v, folder));
        VerdictJson.store(ExampleVerdicts.healthy(), folder);
        // WHEN
        AuditHistory loaded = VerdictJson.loadHistory(folder, "checkout-service");
        // THEN
        assertThat(loaded).isEqualTo(history);
        assertThat(loaded.verdicts()).hasSize(4);
    }

    @Test
    void should_name_stored_files_after_subject_and_time(@TempDir Path folder) {
        // WHEN
        Path file = VerdictJson.store(ExampleVerdicts.optimize(), folder.resolve("nested"));
        // THEN
        assertThat(file.getFileName()).hasToString("checkout-service_2026-11-20T09-00-00Z.json");
        assertThat(VerdictJson.read(file)).isEqualTo(ExampleVerdicts.optimize());
    }

    @Test
    void should_read_history_documents_in_the_folder_too(@TempDir Path folder) {
        // GIVEN
        AuditHistory history = ExampleVerdicts.checkoutHistory();
        VerdictJson.writeHistory(AuditHistory.of(history.latest(3)), folder.resolve("older.json"));
        VerdictJson.store(history.verdicts().get(0), folder);
        // WHEN
        AuditHistory loaded = VerdictJson.loadHistory(folder);
        // THEN
        assertThat(loaded).isEqualTo(history);
    }

    @Test
    void should_treat_a_missing_folder_as_no_history(@TempDir Path folder) {
        assertThat(VerdictJson.loadHistory(folder.resolve("absent")).isEmpty()).isTrue();
    }

    @Test
    void should_refuse_a_folder_of_two_subjects_without_a_subject(@TempDir Path folder) {
        // GIVEN
        VerdictJson.store(ExampleVerdicts.optimize(), folder);
        VerdictJson.store(ExampleVerdicts.healthy(), folder);
        // THEN
        assertThatThrownBy(() -> VerdictJson.loadHistory(folder))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("catalog-service").hasMessageContaining("checkout-service");
    }

    @Test
    void should_name_the_file_that_is_corrupt(@TempDir Path folder) throws Exception {
        // GIVEN
        VerdictJson.store(ExampleVerdicts.optimize(), folder);
        Files.writeString(folder.resolve("broken.json"), "{\"format\": \"backend-audit-verdict\", \"schemaVersion\": 1}");
        // THEN
        assertThatThrownBy(() -> VerdictJson.loadHistory(folder, "checkout-service"))
                .isInstanceOf(VerdictReadException.class)
                .hasMessage(folder.resolve("broken.json") + ", line 1, column 54 (at schemaVersion): schemaVersion"
                        + " must be a string, but was 1");
    }
}
