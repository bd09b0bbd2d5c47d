package dev.backendaudit.evidence.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendaudit.evidence.quality.internal.JavaLines;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceSizeTest {

    static final Instant AT = Instant.parse("2026-11-20T09:00:00Z");

    @TempDir
    Path dir;

    @Test
    void should_count_code_lines_and_top_level_types_past_comments_strings_and_text_blocks() {
        // GIVEN
        String source = String.join("\n",
                "// header comment",
                "package a.b;",
                "",
                "import a.record.Thing;   // 'record' after a dot is no declaration",
                "/* a block comment { with a brace",
                "   over two lines */",
                "public class First {",
                "    String s = \"} not a brace /* not a comment\";",
                "    char c = '}';",
                "    String block = \"\"\"",
                "        text block } line",
                "        \"\"\";",
                "",
                "    /** Javadoc */",
                "    void m() { if (true) { } }",
                "}",
                "record Second(int x) { }",
                "@interface Third { }",
                "");
        // WHEN
        JavaLines.Counts counts = JavaLines.count(source);
        // THEN
        assertThat(counts.lines()).isEqualTo(18);
        assertThat(counts.codeLines()).isEqualTo(12);
        assertThat(counts.types()).containsExactly(new JavaLines.Type("First", 8), new JavaLines.Type("Second", 1),
                new JavaLines.Type("Third", 1));
    }

    @Property(tries = 200)
    void should_count_exactly_the_statements_whatever_comments_and_blank_lines_surround_them(
            @ForAll("lines") List<String> noise) {
        StringBuilder source = new StringBuilder("class C {\n");
        int statements = 2;     // the class's opening and closing lines
        for (String line : noise) {
            source.append(line).append('\n');
            statements += line.startsWith("int ") ? 1 : 0;
        }
        source.append("}\n");
        JavaLines.Counts counts = JavaLines.count(source.toString());
        assertThat(counts.codeLines()).isEqualTo(statements);
        assertThat(counts.types()).containsExactly(new JavaLines.Type("C", statements));
    }

    @Provide
    Arbitrary<List<String>> lines() {
        return Arbitraries.of("int x = 1;", "int s = \"/* }\".length();", "", "   ", "// } comment",
                "/* one-line { comment */", "/*\n * } two\n */", "int y = 2; // trailing").list().ofMaxSize(30);
    }

    @Test
    void should_name_oversized_files_and_classes() throws Exception {
        // GIVEN a 12-line class and a 3-line one
        Path root = Files.createDirectories(dir.resolve("src/main/java/a"));
        Files.writeString(root.resolve("Big.java"), "package a;\nclass Big {\n" + "int f;\n".repeat(10) + "}\n");
        Files.writeString(root.resolve("Small.java"), "package a;\nclass Small {\n}\n");
        // WHEN
        SourceSizeReport report = SourceSize.measure(List.of(dir.resolve("src/main/java")), 10, 10, AT);
        // THEN
        assertThat(report.files()).isEqualTo(2);
        assertThat(report.codeLines()).isEqualTo(13 + 3);
        assertThat(report.oversizedFiles()).containsExactly(new SourceUnit("a/Big.java", "Big.java", 13));
        assertThat(report.oversizedClasses()).containsExactly(new SourceUnit("a/Big.java", "Big", 12));
        assertThat(report.oversizedClasses().get(0).toString()).isEqualTo("a/Big.java: 12 lines of code");
        assertThat(report.evidence()).extracting(e -> e.topic().id() + "=" + e.describe()).containsExactly(
                "code-quality.lines-of-code=16", "code-quality.oversized-files=1", "code-quality.oversized-classes=1");
    }

    @Test
    void should_count_every_line_of_this_projects_own_core_sources() throws Exception {
        // GIVEN real sources: audit-core's
        Path root = Path.of("..", "audit-core", "src", "main", "java");
        long physical = 0;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                physical += Files.readAllLines(file).size();
            }
        }
        // WHEN
        SourceSizeReport report = SourceSize.measure(List.of(root), SourceSize.DEFAULT_FILE_BOUND,
                SourceSize.DEFAULT_CLASS_BOUND, AT);
        // THEN
        assertThat(report.lines()).isEqualTo(physical);
        assertThat(report.codeLines()).isBetween(physical / 3, physical - 1);
    }

    @Test
    void should_refuse_sources_that_are_not_utf8_and_bad_bounds() throws Exception {
        Path root = Files.createDirectories(dir.resolve("src"));
        Path latin1 = Files.write(root.resolve("A.java"), new byte[] {'c', 'l', 'a', 's', 's', ' ', (byte) 0xE9, '{', '}'});
        assertThatThrownBy(() -> SourceSize.measure(List.of(root), 10, 10, AT)).isInstanceOf(ReportReadException.class)
                .hasMessage(latin1 + " is not UTF-8 text: expected a Java source file in UTF-8");
        assertThatThrownBy(() -> SourceSize.measure(List.of(root), 0, 10, AT))
                .hasMessage("size bounds must be >= 1, but were 0 (file) and 10 (class)");
        assertThatThrownBy(() -> SourceSize.measure(List.of(dir.resolve("nope")), 10, 10, AT))
                .hasMessage("source root must be a directory, but was " + dir.resolve("nope"));
    }
}
