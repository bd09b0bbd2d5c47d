package dev.backendaudit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.dsl.BackendAudit;
import dev.backendaudit.model.Quantity;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the README's "The DSL" section true: every Java snippet in it is the tagged region of a
 * compiled, tested source file; every line of its "does not compile" block is refused by the
 * compiler; and the error messages it shows are the ones the DSL gives.
 */
class ReadmeDslTest {

    private static final Pattern INCLUDE = Pattern.compile(
            "<!-- include: (\\S+)#(\\S+) -->\\n```java\\n(.*?)\\n```", Pattern.DOTALL);
    private static final Pattern DOES_NOT_COMPILE = Pattern.compile(
            "<!-- does-not-compile -->\\n```java\\n(.*?)\\n```", Pattern.DOTALL);
    private static final Pattern ERRORS = Pattern.compile(
            "fails at the point of entry.*?\\n```text\\n(.*?)\\n```", Pattern.DOTALL);

    private static Path root;
    private static String section;

    @TempDir
    Path out;

    @BeforeAll
    static void readReadme() throws IOException {
        // surefire runs in the module's folder; the README is at the repository's root
        root = Path.of("").toAbsolutePath().getParent();
        Path readme = root.resolve("README.md");
        assertThat(readme).as("README.md at the repository root").exists();
        String text = Files.readString(readme);
        int start = text.indexOf("\n## The DSL\n");
        assertThat(start).as("README section '## The DSL'").isNotNegative();
        int end = text.indexOf("\n## ", start + 1);
        section = end < 0 ? text.substring(start) : text.substring(start, end);
    }

    /** The lines between {@code // tag::name[]} and {@code // end::name[]}, with the common indent removed. */
    private static String region(Path file, String tag) throws IOException {
        List<String> lines = Files.readAllLines(file);
        int from = lines.indexOf(lines.stream().filter(l -> l.strip().equals("// tag::" + tag + "[]")).findFirst()
                .orElseThrow(() -> new AssertionError(file + " has no tag::" + tag + "[]")));
        int to = lines.indexOf(lines.stream().filter(l -> l.strip().equals("// end::" + tag + "[]")).findFirst()
                .orElseThrow(() -> new AssertionError(file + " has no end::" + tag + "[]")));
        return String.join("\n", lines.subList(from + 1, to)).stripIndent();
    }

    @Test
    void should_show_only_snippets_that_are_tested_source() throws IOException {
        Matcher include = INCLUDE.matcher(section);
        int count = 0;
        while (include.find()) {
            Path file = root.resolve(include.group(1));
            assertThat(include.group(3)).as("README snippet %s#%s", include.group(1), include.group(2))
                    .isEqualTo(region(file, include.group(2)));
            count++;
        }
        // every ```java block of the section is either included or a does-not-compile block
        long javaBlocks = Pattern.compile("```java").matcher(section).results().count();
        long refused = DOES_NOT_COMPILE.matcher(section).results().count();
        assertThat(count).as("included snippets").isGreaterThanOrEqualTo(7);
        assertThat(count + refused).as("java blocks accounted for").isEqualTo(javaBlocks);
    }

    @Test
    void should_keep_every_included_snippet_of_the_whole_readme_true() throws IOException {
        Matcher include = INCLUDE.matcher(Files.readString(root.resolve("README.md")));
        int count = 0;
        while (include.find()) {
            assertThat(include.group(3)).as("README snippet %s#%s", include.group(1), include.group(2))
                    .isEqualTo(region(root.resolve(include.group(1)), include.group(2)));
            count++;
        }
        assertThat(count).as("included snippets in the README").isGreaterThan(6);
    }

    @Test
    void should_refuse_every_sentence_of_the_does_not_compile_block() throws IOException {
        Matcher block = DOES_NOT_COMPILE.matcher(section);
        assertThat(block.find()).as("a does-not-compile block").isTrue();
        List<String> sentences = new ArrayList<>();
        for (String line : block.group(1).split("\n")) {
            int end = line.indexOf(";");
            sentences.add(line.substring(0, end).strip());
        }
        assertThat(sentences).hasSizeGreaterThanOrEqualTo(6);
        // the control: a complete sentence compiles in the same setting
        assertThat(compile("BackendAudit.of(\"x\").performance(p -> p.latencyP95(Duration.ofMillis(870)).underPeakLoad())"
                + ".evaluate()")).isEmpty();
        for (String sentence : sentences) {
            assertThat(compile(sentence)).as("compile errors of %s", sentence).isNotEmpty();
        }
    }

    @Test
    void should_show_the_error_messages_the_dsl_gives() {
        Matcher block = ERRORS.matcher(section);
        assertThat(block.find()).as("the block of error messages").isTrue();
        List<String> shown = List.of(block.group(1).split("\n"));
        List<Throwable> thrown = List.of(
                catchThrowable(() -> BackendAudit.of("x").performance(p -> p.latencyP95(Duration.ofMillis(-3))
                        .underPeakLoad())),
                catchThrowable(() -> BackendAudit.of("x").deployment(d -> d.releases(10, 11))),
                catchThrowable(() -> BackendAudit.of("x").measured(Metrics.TEST_COVERAGE, Quantity.percent(70))
                        .warnAbove(Quantity.percent(90))),
                catchThrowable(() -> BackendAudit.of("x").performance(p -> {
                    p.latencyP95(Duration.ofMillis(870));
                    return p;
                })),
                catchThrowable(() -> BackendAudit.of("x").monitoring(m -> m.alertingOnFailure(true, null))));
        assertThat(thrown).extracting(Throwable::getMessage).containsExactlyElementsOf(shown);
    }

    private List<String> compile(String expression) throws IOException {
        String source = "package snippet;\n"
                + "import dev.backendaudit.dsl.*;\n"
                + "import dev.backendaudit.model.*;\n"
                + "import dev.backendaudit.checklist.*;\n"
                + "import java.time.*;\n"
                + "class Snippet {\n"
                + "    Object run() {\n"
                + "        return " + expression + ";\n"
                + "    }\n"
                + "}\n";
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        assertThat(compiler).as("the JDK's compiler (the tests need a JDK, not a JRE)").isNotNull();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///snippet/Snippet.java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d", out.toString(),
                "-proc:none");
        compiler.getTask(null, null, diagnostics, options, null, List.of(file)).call();
        return diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> d.getMessage(Locale.ROOT)).collect(Collectors.toList());
    }
}
