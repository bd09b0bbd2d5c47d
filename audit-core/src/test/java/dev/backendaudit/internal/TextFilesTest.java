package dev.backendaudit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFilesTest {

    @TempDir
    Path dir;

    @Test
    void should_read_utf8_and_skip_a_byte_order_mark() throws IOException {
        Path file = dir.resolve("a.json");
        Files.write(file, ("\uFEFF{\"subject\": \"café ☕\"}\n").getBytes(StandardCharsets.UTF_8));

        assertThat(TextFiles.read(file)).isEqualTo("{\"subject\": \"café ☕\"}\n");
    }

    @Test
    void should_name_the_file_offset_line_and_column_of_bytes_that_are_not_utf8() throws IOException {
        // GIVEN a Latin-1 "é" on the second line
        Path file = dir.resolve("a.json");
        Files.write(file, "{\n  \"subject\": \"caf\u00e9\"\n}\n".getBytes(StandardCharsets.ISO_8859_1));
        // WHEN
        TextFiles.MalformedTextException e = catchThrowableOfType(TextFiles.MalformedTextException.class,
                () -> TextFiles.read(file));
        // THEN
        assertThat(e).hasMessage(file + ": byte 0xE9 at offset 19 (line 2, column 18) is not UTF-8");
        assertThat(e.offset()).isEqualTo(19);
    }

    @Test
    void should_report_a_sequence_cut_short_at_the_end() throws IOException {
        Path file = dir.resolve("a.csv");
        byte[] euro = "€".getBytes(StandardCharsets.UTF_8);
        Files.write(file, new byte[] {'a', 'b', euro[0], euro[1]});

        assertThat(catchThrowableOfType(TextFiles.MalformedTextException.class, () -> TextFiles.read(file)))
                .hasMessage(file + ": byte 0xE2 at offset 2 (line 1, column 3) is not UTF-8");
    }

    @Property(tries = 50)
    void should_find_the_offset_of_a_bad_byte_anywhere_in_a_large_file(
            @ForAll @StringLength(min = 0, max = 40) String line, @ForAll @IntRange(min = 0, max = 200_000) int at)
            throws IOException {
        // GIVEN valid UTF-8 (multi-byte characters across chunk boundaries) with one 0xFF byte at a known offset
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] text = (line.replace('\n', ' ') + "ü€\n").getBytes(StandardCharsets.UTF_8);
        while (bytes.size() < at) {
            bytes.write(text, 0, text.length);
        }
        int offset = bytes.size();
        bytes.write(0xFF);
        bytes.write(text, 0, text.length);
        Path file = Files.createTempFile("text-files", ".txt");   // jqwik properties get no @TempDir
        Files.write(file, bytes.toByteArray());
        // WHEN
        TextFiles.MalformedTextException e = catchThrowableOfType(TextFiles.MalformedTextException.class, () -> {
            try (Reader in = TextFiles.reader(file)) {
                char[] buffer = new char[1000];
                while (in.read(buffer) >= 0) {
                    // read it all
                }
            }
        });
        Files.delete(file);
        // THEN
        assertThat(e).isNotNull();
        assertThat(e.offset()).isEqualTo(offset);
        String before = new String(bytes.toByteArray(), 0, offset, StandardCharsets.UTF_8);
        assertThat(e.line()).isEqualTo(before.chars().filter(c -> c == '\n').count() + 1);
    }
}
