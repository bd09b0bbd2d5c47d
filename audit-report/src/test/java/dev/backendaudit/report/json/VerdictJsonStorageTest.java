package dev.backendaudit.report.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendaudit.model.Verdict;
import dev.backendaudit.report.ExampleVerdicts;
import dev.backendaudit.testing.FaultyFileSystem;
import dev.backendaudit.testing.SmallDisk;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stored verdicts are never lost: names that cannot collide, atomic writes, files checked when read. */
class VerdictJsonStorageTest {

    @TempDir
    Path folder;

    static Verdict of(String subject, Instant at) {
        Verdict v = ExampleVerdicts.optimize();
        return v.withAssessment(v.assessment().withSubject(subject).withAt(at));
    }

    @Test
    void should_give_subjects_that_differ_only_in_punctuation_or_case_files_of_their_own() {
        // WHEN
        List<Path> files = new ArrayList<>();
        for (String subject : List.of("orders/api", "orders_api", "Orders-api", "orders-api", "orders%2Fapi")) {
            files.add(VerdictJson.store(of(subject, ExampleVerdicts.AT), folder));
        }
        // THEN
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly(
                "orders%2Fapi_2026-11-20T09-00-00Z.json", "orders%5Fapi_2026-11-20T09-00-00Z.json",
                "%4Frders-api_2026-11-20T09-00-00Z.json", "orders-api_2026-11-20T09-00-00Z.json",
                "orders%252%46api_2026-11-20T09-00-00Z.json");
        for (String subject : List.of("orders/api", "orders_api", "Orders-api", "orders-api", "orders%2Fapi")) {
            assertThat(VerdictJson.loadHistory(folder, subject).verdicts()).singleElement()
                    .satisfies(v -> assertThat(v.subject()).isEqualTo(subject));
        }
    }

    @Test
    void should_refuse_a_stored_file_that_holds_another_subjects_verdict() throws Exception {
        // GIVEN the file of orders/api replaced by hand with a verdict of billing
        Path file = VerdictJson.store(of("orders/api", ExampleVerdicts.AT), folder);
        Files.writeString(file, VerdictJson.write(of("billing", ExampleVerdicts.AT)));
        // WHEN / THEN
        assertThatThrownBy(() -> VerdictJson.loadHistory(folder, "orders/api"))
                .isInstanceOf(VerdictReadException.class)
                .hasMessage(file + ", at subject: the file is named for the verdict of \"orders/api\" at"
                        + " 2026-11-20T09:00:00Z, but holds one of \"billing\" at 2026-11-20T09:00:00Z; a stored file"
                        + " is never renamed or edited by hand");
    }

    @Test
    void should_not_read_the_files_of_other_subjects() throws Exception {
        // GIVEN a corrupt file named for another subject
        VerdictJson.store(of("checkout-service", ExampleVerdicts.AT), folder);
        Files.writeString(folder.resolve("billing_2026-11-20T09-00-00Z.json"), "{ cut short");
        // WHEN / THEN the checkout service's history does not depend on it
        assertThat(VerdictJson.loadHistory(folder, "checkout-service").verdicts()).hasSize(1);
        assertThatThrownBy(() -> VerdictJson.loadHistory(folder, "billing")).isInstanceOf(VerdictReadException.class);
    }

    @Test
    void should_name_the_file_and_offset_of_bytes_that_are_not_utf8() throws Exception {
        Path file = folder.resolve("latin1.json");
        Files.write(file, VerdictJson.write(of("café", ExampleVerdicts.AT)).getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> VerdictJson.read(file)).isInstanceOf(VerdictReadException.class)
                .hasMessage(file + ", line 4, column 18: byte 0xE9 at offset 82 is not UTF-8");
    }

    @Test
    void should_keep_the_stored_verdict_byte_for_byte_when_the_disk_is_full() throws Exception {
        // GIVEN a stored verdict, re-stored (same subject and time) on a disk with 100 bytes left
        Path file = VerdictJson.store(ExampleVerdicts.optimize(), folder);
        byte[] before = Files.readAllBytes(file);
        FaultyFileSystem disk = FaultyFileSystem.create().capacity(100);
        // WHEN
        assertThatThrownBy(() -> VerdictJson.store(ExampleVerdicts.optimize(), disk.path(folder)))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot write " + file + ": No space left on device");
        // THEN
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(VerdictJson.loadHistory(folder, "checkout-service").verdicts()).hasSize(1);
    }

    @Test
    void should_keep_the_stored_verdict_on_a_full_tmpfs() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(folder.resolve("disk"), 256 * 1024)) {
            Path history = Files.createDirectory(disk.root().resolve("history"));
            Path file = VerdictJson.store(ExampleVerdicts.optimize(), history);
            byte[] before = Files.readAllBytes(file);
            disk.fill();

            assertThatThrownBy(() -> VerdictJson.store(ExampleVerdicts.optimize(), history))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessage("cannot write " + file + ": No space left on device");
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
            assertThat(VerdictJson.loadHistory(history, "checkout-service").verdicts()).hasSize(1);
        }
    }

    @Test
    void should_keep_the_history_in_a_read_only_directory() throws Exception {
        Path file = VerdictJson.store(ExampleVerdicts.optimize(), folder);
        byte[] before = Files.readAllBytes(file);
        FaultyFileSystem readOnly = FaultyFileSystem.create().readOnly(true);

        assertThatThrownBy(() -> VerdictJson.store(ExampleVerdicts.optimize(), readOnly.path(folder)))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot write " + file + ": Read-only file system");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void should_keep_the_history_on_a_read_only_mount() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(folder.resolve("disk"), 256 * 1024)) {
            Path file = VerdictJson.store(ExampleVerdicts.optimize(), disk.root());
            byte[] before = Files.readAllBytes(file);
            disk.remountReadOnly();

            assertThatThrownBy(() -> VerdictJson.store(ExampleVerdicts.optimize(), disk.root()))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessage("cannot write " + file + ": Read-only file system");
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
        }
    }

    @Test
    void should_let_readers_load_only_whole_verdicts_while_sixteen_writers_store_into_one_folder() throws Exception {
        // GIVEN 16 writers, each storing 10 verdicts of its own subject, and the first of each stored already
        ExecutorService pool = Executors.newFixedThreadPool(20);
        AtomicBoolean stop = new AtomicBoolean();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger loads = new AtomicInteger();
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 16; w++) {
                String subject = "service-" + w;
                writers.add(pool.submit(() -> {
                    for (int n = 0; n < 10; n++) {
                        VerdictJson.store(of(subject, ExampleVerdicts.AT.plusSeconds(3600L * n)), folder);
                    }
                    return null;
                }));
            }
            // WHEN 4 readers load histories while they write
            List<Future<?>> readers = new ArrayList<>();
            for (int r = 0; r < 4; r++) {
                String subject = "service-" + r;
                readers.add(pool.submit(() -> {
                    while (!stop.get()) {
                        try {
                            VerdictJson.loadHistory(folder, subject).verdicts().forEach(v -> {
                                if (!v.equals(of(subject, v.evaluatedAt()))) {
                                    failures.add("a different verdict at " + v.evaluatedAt());
                                }
                            });
                            loads.incrementAndGet();
                        } catch (RuntimeException e) {
                            failures.add(e.getMessage());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(120, TimeUnit.SECONDS);
            }
            stop.set(true);
            for (Future<?> reader : readers) {
                reader.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        // THEN no reader saw a partial file, and every verdict is there
        assertThat(loads.get()).isPositive();
        assertThat(failures).as("out of " + loads.get() + " loads").isEmpty();
        for (int w = 0; w < 16; w++) {
            assertThat(VerdictJson.loadHistory(folder, "service-" + w).verdicts()).hasSize(10);
        }
    }
}
