package dev.backendaudit.examples.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A JDK is all a fresh machine needs: the README's commands, {@code .ci/run} and the main job {@code ./audit} build
 * with the Maven Wrapper, which fetches one pinned, checksummed Maven; and CI runs exactly the README's test command.
 */
class WrapperTest {

    private static final Pattern TEST_COMMAND = Pattern.compile("The tests \\(what CI runs, via `\\.ci/run`\\):\\n\\n```sh\\n(.+?)\\n```");

    private static Path root;

    @BeforeAll
    static void findRoot() {
        root = Path.of("").toAbsolutePath().getParent();
    }

    @Test
    void should_run_in_ci_exactly_the_test_command_the_readme_shows() throws IOException {
        // GIVEN the README's test command
        Matcher readme = TEST_COMMAND.matcher(Files.readString(root.resolve("README.md")));
        assertThat(readme.find()).as("README: the tests' command block after 'The tests (what CI runs, via `.ci/run`):'").isTrue();

        // WHEN .ci/run's commands are read (comments and blank lines aside)
        List<String> ci = commands(root.resolve(".ci/run"));

        // THEN its last command is that one, and it builds with the wrapper
        assertThat(ci).as(".ci/run commands").isNotEmpty().last().isEqualTo(readme.group(1));
        assertThat(readme.group(1)).startsWith("./mvnw ");
    }

    @Test
    void should_build_with_the_wrapper_and_never_with_a_system_maven() throws IOException {
        for (Path script : List.of(root.resolve(".ci/run"), root.resolve("audit"))) {
            String text = Files.readString(script);
            assertThat(commands(script)).as(script + ": a command that runs a system 'mvn'")
                    .noneMatch(line -> line.matches("(.*[\\s;(!|&])?mvn\\s.*"));
            assertThat(text).as(script.toString()).contains("mvnw");
        }
        assertThat(root.resolve("mvnw")).isExecutable();
        assertThat(root.resolve("mvnw.cmd")).isRegularFile();
    }

    @Test
    void should_pin_maven_3_9_16_from_maven_central_with_its_checksum() throws IOException {
        Properties wrapper = new Properties();
        try (Reader reader = Files.newBufferedReader(root.resolve(".mvn/wrapper/maven-wrapper.properties"))) {
            wrapper.load(reader);
        }
        assertThat(wrapper.getProperty("distributionUrl")).isEqualTo(
                "https://repo.maven.apache.org/maven2/org/apache/maven/apache-maven/3.9.16/apache-maven-3.9.16-bin.zip");
        assertThat(wrapper.getProperty("distributionSha256Sum")).as("distributionSha256Sum").matches("[0-9a-f]{64}");
        assertThat(wrapper.getProperty("distributionType")).isEqualTo("only-script");
    }

    private static List<String> commands(Path script) throws IOException {
        return Files.readAllLines(script).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .collect(Collectors.toList());
    }
}
