package dev.backendaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares a report with its golden file in {@code src/test/resources/golden}. Run the tests with
 * {@code -Dgolden.update=true} to rewrite the golden files after an intended change, then review
 * the diff before committing it.
 */
final class GoldenFiles {

    static final Path FOLDER = Path.of("src", "test", "resources", "golden");

    private GoldenFiles() {
    }

    static void assertMatches(String name, String actual) throws IOException {
        Path golden = FOLDER.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(FOLDER);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file %s (create or update it with -Dgolden.update=true)", golden).exists();
        assertThat(actual).as("report against golden file %s; if the change is intended, rerun with"
                + " -Dgolden.update=true and review the diff", golden)
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
