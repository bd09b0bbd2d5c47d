package dev.backendaudit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's "Use it in your project" true: each file it shows is, byte for byte, a file of
 * the consumer project that {@code integration-tests} builds against the freshly built artifacts.
 */
class ConsumerProjectInReadmeTest {

    private static final Pattern FILE = Pattern.compile("<!-- file: (\\S+) -->\\n```(\\w+)\\n(.*?)\\n```", Pattern.DOTALL);

    @Test
    void should_show_exactly_the_files_of_the_consumer_project_the_build_runs() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        String readme = Files.readString(root.resolve("README.md"));
        Matcher file = FILE.matcher(readme);
        int count = 0;
        while (file.find()) {
            Path shown = root.resolve(file.group(1));
            assertThat(shown).as("README shows %s", file.group(1)).isRegularFile();
            assertThat(file.group(3)).as("README's copy of %s", file.group(1))
                    .isEqualTo(Files.readString(shown).stripTrailing());
            count++;
        }
        assertThat(count).as("files of the consumer project shown in the README").isEqualTo(4);
        assertThat(readme).contains("<!-- file: integration-tests/src/it/consumer/pom.xml -->");
    }
}
