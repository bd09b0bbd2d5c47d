package dev.backendaudit.test.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendaudit.test.VerdictsAccess;
import dev.backendaudit.testing.FaultyFileSystem;
import dev.backendaudit.testing.SmallDisk;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Baseline and waiver files are read strictly, in plain words, and written without ever losing the old file. */
class BaselineFileStrictnessTest {

    private static final String WAIVERS = "{\n  \"format\" : \"backend-audit-waivers\",\n  \"version\" : 1,\n"
            + "  \"waivers\" : [ %s ]\n}\n";
    private static final String WAIVER = "{\n    \"criterion\" : %s,\n    \"owner\" : \"alice\",\n"
            + "    \"reason\" : \"later\",\n    \"expires\" : \"2027-03-31\"\n  }";

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static String waivers(String... criteria) {
        StringBuilder list = new StringBuilder();
        for (String criterion : criteria) {
            list.append(list.length() == 0 ? "" : ", ").append(String.format(WAIVER, criterion));
        }
        return String.format(WAIVERS, list);
    }

    @Test
    void should_refuse_a_duplicate_key() throws IOException {
        Path file = write("waivers.json", waivers("\"a.b\"").replace("\"owner\" : \"alice\",",
                "\"owner\" : \"alice\",\n    \"owner\" : \"bob\","));

        assertThatThrownBy(() -> BaselineFile.readWaivers(file)).isInstanceOf(AuditFileException.class)
                .hasMessage(file + ":7:12: duplicate field 'owner': each field may appear only once");
    }

    @Test
    void should_refuse_a_number_where_text_belongs() throws IOException {
        Path file = write("waivers.json", waivers("12"));

        assertThatThrownBy(() -> BaselineFile.readWaivers(file))
                .hasMessage(file + ":5:19: criterion must be text, but was the number 12");
    }

    @Test
    void should_read_the_version_only_as_the_whole_number_it_is_documented_as() throws IOException {
        Path text = write("text.json", waivers("\"a.b\"").replace("\"version\" : 1", "\"version\" : \"1\""));
        Path fraction = write("fraction.json", waivers("\"a.b\"").replace("\"version\" : 1", "\"version\" : 1.0"));

        assertThatThrownBy(() -> BaselineFile.readWaivers(text))
                .hasMessage(text + ":3:15: version must be a whole number, but was the text \"1\"");
        assertThatThrownBy(() -> BaselineFile.readWaivers(fraction))
                .hasMessage(fraction + ":3:15: version must be a whole number, but was the number 1.0");
    }

    @Test
    void should_refuse_two_waivers_for_one_criterion() throws IOException {
        Path file = write("waivers.json", waivers("\"a.b\"", "\"a.b\""));

        assertThatThrownBy(() -> BaselineFile.readWaivers(file))
                .hasMessage(file + ":15:1: waivers must name each criterion once, but 'a.b' appears twice");
    }

    @Test
    void should_refuse_a_file_that_holds_null() throws IOException {
        Path baseline = write("baseline.json", "null\n");
        Path waivers = write("waivers.json", "null");

        assertThatThrownBy(() -> BaselineFile.readBaseline(baseline))
                .hasMessage(baseline + ":1:1: the file must hold a baseline (a JSON object), but holds null");
        assertThatThrownBy(() -> BaselineFile.readWaivers(waivers))
                .hasMessage(waivers + ":1:1: the file must hold waivers (a JSON object), but holds null");
    }

    @Test
    void should_refuse_null_where_a_list_belongs() throws IOException {
        Path file = write("waivers.json", String.format(WAIVERS, "").replace("[  ]", "null"));

        assertThatThrownBy(() -> BaselineFile.readWaivers(file))
                .hasMessage(file + ":5:1: field 'waivers' must not be null");
    }

    @Test
    void should_suggest_the_field_a_misspelt_one_was_meant_to_be() throws IOException {
        Path file = write("waivers.json", waivers("\"a.b\"").replace("\"reason\" : \"later\",",
                "\"reason\" : \"later\",\n    \"reasons\" : \"more\","));

        assertThatThrownBy(() -> BaselineFile.readWaivers(file))
                .hasMessage(file + ":10:4: unknown field 'reasons'; did you mean 'reason'? Known: [criterion, expires,"
                        + " owner, reason]");
    }

    @Test
    void should_name_the_offset_of_bytes_that_are_not_utf8() throws IOException {
        Path file = dir.resolve("waivers.json");
        Files.write(file, waivers("\"a.b\"").replace("alice", "zoë").getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> BaselineFile.readWaivers(file))
                .hasMessage(file + ":6:18: byte 0xEB at offset 117 is not UTF-8");
    }

    @Test
    void should_keep_the_baseline_byte_for_byte_when_the_disk_is_full() throws IOException {
        // GIVEN a baseline, rewritten (tightened, say) on a disk with 50 bytes left
        Path file = dir.resolve("baseline.json");
        BaselineFile.write(file, Baseline.of(VerdictsAccess.optimize()));
        byte[] before = Files.readAllBytes(file);
        FaultyFileSystem disk = FaultyFileSystem.create().capacity(50);
        // WHEN
        assertThatThrownBy(() -> BaselineFile.write(disk.path(file), Baseline.empty("checkout-service")))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot write " + file + ": No space left on device");
        // THEN
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void should_keep_the_waivers_in_a_read_only_directory() throws IOException {
        Path file = dir.resolve("waivers.json");
        BaselineFile.write(file, Waivers.of(new Waiver("a.b", "alice", "later", "2027-03-31")));
        byte[] before = Files.readAllBytes(file);
        FaultyFileSystem readOnly = FaultyFileSystem.create().readOnly(true);

        assertThatThrownBy(() -> BaselineFile.write(readOnly.path(file), Waivers.none()))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot write " + file + ": Read-only file system");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void should_keep_the_baseline_on_a_full_tmpfs() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("disk"), 64 * 1024)) {
            Path file = disk.root().resolve("baseline.json");
            BaselineFile.write(file, Baseline.of(VerdictsAccess.optimize()));
            byte[] before = Files.readAllBytes(file);
            disk.fill();

            assertThatThrownBy(() -> BaselineFile.write(file, Baseline.of(VerdictsAccess.rebuild())))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessage("cannot write " + file + ": No space left on device");
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
        }
    }
}
