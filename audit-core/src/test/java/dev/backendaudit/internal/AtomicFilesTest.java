package dev.backendaudit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendaudit.testing.FaultyFileSystem;
import dev.backendaudit.testing.SmallDisk;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    private static final byte[] OLD = "{\"old\": \"the verdict stored last week\"}\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void should_replace_the_content() throws IOException {
        Path file = dir.resolve("verdict.json");
        Files.writeString(file, "old");

        AtomicFiles.writeString(file, "new");

        assertThat(file).hasContent("new");
        assertThat(leftovers(dir)).isZero();
    }

    @Test
    void should_keep_the_old_file_when_the_writer_fails() throws IOException {
        Path file = dir.resolve("verdict.json");
        Files.writeString(file, "old");

        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        })).isInstanceOf(IOException.class)
                .hasMessage("cannot write " + file + ": No space left on device");

        assertThat(file).hasContent("old");
        assertThat(leftovers(dir)).isZero();
    }

    @Test
    void should_name_the_file_when_its_directory_is_missing() {
        Path file = dir.resolve("missing/verdict.json");

        assertThatThrownBy(() -> AtomicFiles.writeString(file, "x")).isInstanceOf(IOException.class)
                .hasMessage("cannot write " + file + ": its directory does not exist");
    }

    @Test
    void should_never_replace_a_directory() throws IOException {
        Path directory = Files.createDirectory(dir.resolve("verdict.json"));

        assertThatThrownBy(() -> AtomicFiles.writeString(directory, "x")).isInstanceOf(IOException.class)
                .hasMessage("cannot write " + directory + ": it is a directory");
        assertThat(directory).isDirectory();
    }

    @Test
    void should_keep_old_data_byte_for_byte_on_a_full_disk_in_memory() throws IOException {
        // GIVEN a stored file, and a disk with room for 10 more bytes
        Path file = Files.write(dir.resolve("verdict.json"), OLD);
        FaultyFileSystem disk = FaultyFileSystem.create().capacity(10);
        // WHEN
        assertThatThrownBy(() -> AtomicFiles.writeString(disk.path(file), "a much longer verdict than fits"))
                .isInstanceOf(IOException.class)
                .hasMessage("cannot write " + file + ": No space left on device");
        // THEN
        assertThat(Files.readAllBytes(file)).isEqualTo(OLD);
        assertThat(leftovers(dir)).isZero();
    }

    @Test
    void should_keep_old_data_byte_for_byte_on_a_full_tmpfs() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("disk"), 64 * 1024)) {
            // GIVEN a stored file on a disk that is then filled up
            Path file = Files.write(disk.root().resolve("verdict.json"), OLD);
            disk.fill();
            // WHEN
            assertThatThrownBy(() -> AtomicFiles.writeString(file, "x".repeat(8192)))
                    .isInstanceOf(IOException.class)
                    .hasMessage("cannot write " + file + ": No space left on device");
            // THEN
            assertThat(Files.readAllBytes(file)).isEqualTo(OLD);
            assertThat(leftovers(disk.root())).isZero();
        }
    }

    @Test
    void should_keep_old_data_in_a_read_only_directory_in_memory() throws IOException {
        Path file = Files.write(dir.resolve("verdict.json"), OLD);
        FaultyFileSystem disk = FaultyFileSystem.create().readOnly(true);

        assertThatThrownBy(() -> AtomicFiles.writeString(disk.path(file), "new"))
                .isInstanceOf(IOException.class)
                .hasMessage("cannot write " + file + ": Read-only file system");
        assertThat(Files.readAllBytes(file)).isEqualTo(OLD);
    }

    @Test
    void should_keep_old_data_on_a_read_only_mount() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("disk"), 64 * 1024)) {
            Path file = Files.write(disk.root().resolve("verdict.json"), OLD);
            disk.remountReadOnly();

            assertThatThrownBy(() -> AtomicFiles.writeString(file, "new"))
                    .isInstanceOf(IOException.class)
                    .hasMessage("cannot write " + file + ": Read-only file system");
            assertThat(Files.readAllBytes(file)).isEqualTo(OLD);
        }
    }

    @Test
    void should_leave_the_old_or_the_new_content_whole_whichever_write_the_process_dies_at() throws IOException {
        // GIVEN how many write operations one replacement takes
        Path file = dir.resolve("verdict.json");
        String next = "{\"new\": \"" + "x".repeat(100_000) + "\"}\n";
        Files.write(file, OLD);
        FaultyFileSystem counting = FaultyFileSystem.create();
        AtomicFiles.writeString(counting.path(file), next);
        long operations = counting.operations();
        assertThat(operations).isGreaterThan(3);
        // WHEN the process dies at each of them in turn
        for (long crash = 0; crash < operations; crash++) {
            Files.write(file, OLD);
            FaultyFileSystem disk = FaultyFileSystem.create().crashAt(crash);
            try {
                AtomicFiles.writeString(disk.path(file), next);
            } catch (IOException died) {
                // expected for all but the last operations
            }
            // THEN a reader sees one whole version
            byte[] now = Files.readAllBytes(file);
            assertThat(now).as("after dying at operation %d", crash)
                    .satisfiesAnyOf(b -> assertThat(b).isEqualTo(OLD),
                            b -> assertThat(b).isEqualTo(next.getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void should_let_readers_see_only_whole_versions_while_sixteen_writers_replace_one_file() throws Exception {
        // GIVEN 16 versions of different lengths
        Path file = dir.resolve("history.json");
        List<String> versions = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            versions.add("{\"writer\": " + i + ", \"pad\": \"" + "p".repeat(1000 * (i + 1)) + "\"}\n");
        }
        Files.writeString(file, versions.get(0));
        Set<String> whole = new HashSet<>(versions);
        AtomicBoolean stop = new AtomicBoolean();
        List<String> torn = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            // WHEN 16 writers replace it 30 times each while 4 readers read it
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 16; w++) {
                String mine = versions.get(w);
                writers.add(pool.submit(() -> {
                    for (int n = 0; n < 30; n++) {
                        AtomicFiles.writeString(file, mine);
                    }
                    return null;
                }));
            }
            List<Future<Integer>> readers = new ArrayList<>();
            for (int r = 0; r < 4; r++) {
                readers.add(pool.submit(() -> {
                    int reads = 0;
                    while (!stop.get()) {
                        String seen = Files.readString(file);
                        reads++;
                        if (!whole.contains(seen)) {
                            torn.add(seen.length() + " characters");
                        }
                    }
                    return reads;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(60, TimeUnit.SECONDS);
            }
            stop.set(true);
            int reads = 0;
            for (Future<Integer> reader : readers) {
                reads += reader.get(60, TimeUnit.SECONDS);
            }
            // THEN
            assertThat(reads).isPositive();
            assertThat(torn).as("torn reads out of " + reads).isEmpty();
            assertThat(whole).contains(Files.readString(file));
            assertThat(leftovers(dir)).isZero();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void should_keep_the_permissions_of_a_replaced_file_and_give_new_files_the_usual_ones() throws IOException {
        if (!dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Path shared = Files.writeString(dir.resolve("shared.json"), "old");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
        Path fresh = dir.resolve("fresh.json");

        AtomicFiles.writeString(shared, "new");
        AtomicFiles.writeString(fresh, "new");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rw-rw-r--");
        // created like any new file (the umask decides), not readable by its owner only as a temporary file would be
        Path plain = Files.writeString(dir.resolve("plain.json"), "new");
        assertThat(Files.getPosixFilePermissions(fresh)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void should_replace_the_file_a_symbolic_link_points_to_and_keep_the_link() throws IOException {
        Path real = Files.writeString(dir.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);

        AtomicFiles.writeString(link, "new");

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(real).hasContent("new");
    }

    static long leftovers(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).count();
        }
    }
}
