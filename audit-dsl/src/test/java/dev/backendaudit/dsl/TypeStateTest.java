package dev.backendaudit.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The grammar refuses incomplete or wrong sentences at compile time: each snippet is compiled
 * against the DSL with {@code javax.tools.JavaCompiler}, and must fail (or, for the controls, pass).
 */
class TypeStateTest {

    @TempDir
    Path out;

    /** Compiles {@code expression} as the body of a method returning Object; returns the errors. */
    static List<String> compile(String expression, Path out) throws IOException {
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
        Files.createDirectories(out);
        List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d", out.toString(),
                "-proc:none");
        compiler.getTask(null, null, diagnostics, options, null, List.of(file)).call();
        return diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> d.getMessage(Locale.ROOT)).collect(Collectors.toList());
    }

    @ParameterizedTest(name = "compiles: {0}")
    @ValueSource(strings = {
        "BackendAudit.of(\"x\").performance(p -> p.latencyP95(Duration.ofMillis(870)).underPeakLoad()"
                + ".warnAbove(Duration.ofMillis(300)).criticalAbove(Duration.ofSeconds(1))).evaluate()",
        "BackendAudit.using(StandardChecklist.checklist()).of(\"x\").evaluate()",
        "BackendAudit.of(\"x\").scalability(s -> s.peakHeadroom(1.8).warnBelow(Quantity.times(2))"
                + ".criticalBelow(Quantity.times(1))).audit()",
        "BackendAudit.of(\"x\").measured(Metrics.ERROR_RATE, Quantity.percent(1)).warnAbove(Quantity.percent(2))"
                + ".criticalAbove(Quantity.percent(5)).signalling(Signs.FREQUENT_FAILURES).evaluate()",
        // a measurement without bounds needs no sign
        "BackendAudit.of(\"x\").measured(Metrics.ERROR_RATE, Quantity.percent(1)).audit()",
        // every answer without a note, opposites alike, and one verb for answers everywhere
        "BackendAudit.of(\"x\").monitoring(m -> m.alertingOnFailure(true).answered(Questions.REAL_TIME_MONITORING, true))"
                + ".answered(Questions.CI_CD_PIPELINE, true).answered(Questions.ALERTING, \"yes\").evaluate()",
        "BackendAudit.of(\"x\").scalability(s -> s.singlePointOfFailure().noSinglePointOfFailure(\"three zones\")"
                + ".scalesAutomatically().scaledByHand()).architecture(a -> a.modular().tightlyCoupled()).audit()",
        // starting from a built audit, and replacing what it says
        "BackendAudit.startingFrom(BackendAudit.of(\"x\").audit())"
                + ".replacing(s -> s.monitoring(m -> m.alertingOnFailure(false))).evaluate()",
    })
    void should_compile_a_complete_sentence(String sentence) throws IOException {
        // GIVEN a complete sentence  WHEN compiled  THEN no error (the control for the cases below)
        assertThat(compile(sentence, out)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        a bound without a measurement       | BackendAudit.of("x").performance(p -> p.warnAbove(Duration.ofMillis(300)).criticalAbove(Duration.ofSeconds(1))).evaluate() | cannot find symbol
        evaluate before the subject         | BackendAudit.using(StandardChecklist.checklist()).evaluate()                                                          | cannot find symbol
        a latency without its load          | BackendAudit.of("x").performance(p -> p.latencyP95(Duration.ofMillis(870))).evaluate()                                | bad return type in lambda expression
        a warning bound without critical    | BackendAudit.of("x").performance(p -> p.latencyP95(Duration.ofMillis(870)).underPeakLoad().warnAbove(Duration.ofMillis(300))).evaluate() | bad return type in lambda expression
        a critical bound without warning    | BackendAudit.of("x").performance(p -> p.latencyP95(Duration.ofMillis(870)).underPeakLoad().criticalAbove(Duration.ofSeconds(1))).evaluate() | cannot find symbol
        a bound in the wrong direction      | BackendAudit.of("x").scalability(s -> s.peakHeadroom(1.8).warnAbove(Quantity.times(2)).criticalAbove(Quantity.times(3))).evaluate() | cannot find symbol
        a bound after an answer             | BackendAudit.of("x").scalability(s -> s.scaledByHand().warnBelow(Quantity.times(2)).criticalBelow(Quantity.times(1))).evaluate() | cannot find symbol
        a load without a latency            | BackendAudit.of("x").performance(p -> p.underPeakLoad()).evaluate()                                                   | cannot find symbol
        a sign without bounds               | BackendAudit.of("x").measured(Metrics.ERROR_RATE, Quantity.percent(1)).signalling(Signs.FREQUENT_FAILURES).evaluate() | cannot find symbol
        another area's vocabulary           | BackendAudit.of("x").performance(p -> p.scaledByHand("by hand")).evaluate()                                           | cannot find symbol
        a bound after a whole report        | BackendAudit.of("x").performance(p -> p.recorded(null).warnAbove(Duration.ofMillis(300)).criticalAbove(Duration.ofSeconds(1))).evaluate() | cannot find symbol
        a load test in the performance area | BackendAudit.of("x").performance(p -> p.loadTested(null)).evaluate()                                                  | cannot find symbol
        bounds without their sign, audit    | BackendAudit.of("x").measured(Metrics.ERROR_RATE, Quantity.percent(1)).warnAbove(Quantity.percent(2)).criticalAbove(Quantity.percent(5)).audit() | cannot find symbol
        bounds without their sign, evaluate | BackendAudit.of("x").measured(Metrics.ERROR_RATE, Quantity.percent(1)).warnBelow(Quantity.percent(2)).criticalBelow(Quantity.percent(1)).evaluate() | cannot find symbol
        bounds without their sign, go on    | BackendAudit.of("x").measured(Metrics.ERROR_RATE, Quantity.percent(1)).warnAbove(Quantity.percent(2)).criticalAbove(Quantity.percent(5)).at(Instant.EPOCH) | cannot find symbol
        bounds without a sign, replacing    | BackendAudit.of("x").replacing(s -> s.measured(Metrics.ERROR_RATE, Quantity.percent(1)).warnAbove(Quantity.percent(2)).criticalAbove(Quantity.percent(5))).audit() | bad return type in lambda expression
        the old verb for answers            | BackendAudit.of("x").performance(p -> p.answer(Questions.KNOWN_BOTTLENECKS, true, "the pool")).evaluate()            | cannot find symbol
        """)
    void should_not_compile(String what, String sentence, String expectedError) throws IOException {
        // GIVEN a sentence the grammar forbids
        // WHEN compiled
        List<String> errors = compile(sentence, out);
        // THEN the compiler refuses it, for the expected reason
        assertThat(errors).as(what).isNotEmpty();
        assertThat(errors.get(0)).as(what).contains(expectedError);
    }
}
