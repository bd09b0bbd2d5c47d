package dev.backendaudit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void should_replace_the_content() throws IOException {
        Path file = dir.resolve("verdict.json");
        Files.writeString(file, "old");

        AtomicFiles.writeString(file, "new");

        assertThat(file).hasContent("new");
        assertThat(leftovers()).isZero();
    }

    @Test
    void should_keep_the_old_file_when_the_writer_fails() throws IOException {
        Path file = dir.resolve("verdict.json");
        Files.writeString(file, "old");

        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        })).isInstanceOf(IOException.class)
                .hasMessage("cannot write " + file + ": IOException: No space left on device");

        assertThat(file).hasContent("old");
        assertThat(leftovers()).isZero();
    }

    @Test
    void should_name_the_file_when_its_directory_is_missing() {
        Path file = dir.resolve("missing/verdict.json");

        assertThatThrownBy(() -> AtomicFiles.writeString(file, "x")).isInstanceOf(IOException.class)
                .hasMessageStartingWith("cannot write " + file + ": NoSuchFileException: ");
    }

    private long leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).count();
        }
    }
}
