package dev.backendaudit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The main job prints a verdict a tech lead reads at a glance. */
class MainTest {

    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int exit = Main.commandLine().execute(args);
            assertThat(exit).as("exit code").isZero();
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void should_print_outcome_areas_findings_coverage_and_next_steps() {
        // WHEN
        String printed = run();
        // THEN
        assertThat(printed)
                .contains("Backend audit of checkout-service")
                .contains("Verdict: OPTIMIZE")
                .contains("coverage ")
                .contains("[optimization-enough]")
                .containsPattern("Scalability\\s+NEEDS_ATTENTION")
                .contains("p95 latency under peak load is 870 ms")
                .contains("Next steps:")
                .contains("Automate scaling");
    }

    @Test
    void should_list_the_available_strategies() {
        assertThat(run("--list-strategies")).contains("checklist");
    }

    @Test
    void should_fail_with_the_available_names_for_an_unknown_strategy() {
        // GIVEN
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine command = Main.commandLine();
        command.setErr(new java.io.PrintWriter(err, true, StandardCharsets.UTF_8));
        // WHEN
        int exit = command.execute("--strategy", "magic");
        // THEN
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith("audit: --strategy: no scoring strategy is named \"magic\"; available: [")
                .hasLineCount(1)
                .doesNotContain("\tat dev.backendaudit");
    }
}
