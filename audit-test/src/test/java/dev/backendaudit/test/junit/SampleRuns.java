package dev.backendaudit.test.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Runs a class of {@link SampleAuditTests} through the JUnit Platform test kit with the configuration
 * parameters a test names, capturing what it prints. The CI switch is off unless a test turns it on, so
 * that the suite means the same on a developer's machine and on a CI runner that sets {@code CI=true}.
 */
final class SampleRuns {

    static final Path ROOT = Path.of(SampleAuditTests.ROOT);

    /** The results of a run and its standard output. */
    record Run(EngineExecutionResults results, String out) {

        /** The values of the report entries published under {@code key}. */
        List<String> reportEntries(String key) {
            return results.allEvents().reportingEntryPublished().stream()
                    .flatMap(e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs().entrySet().stream())
                    .filter(kv -> kv.getKey().equals(key)).map(Map.Entry::getValue).toList();
        }
    }

    private SampleRuns() {
    }

    static void clean() throws IOException {
        if (Files.exists(ROOT)) {
            try (Stream<Path> paths = Files.walk(ROOT)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    static EngineExecutionResults results(Class<?> testClass, String... parameters) {
        return run(testClass, parameters).results();
    }

    /** Runs {@code testClass} with {@code parameters} given as key, value, key, value... */
    static Run run(Class<?> testClass, String... parameters) {
        Map<String, String> configuration = new LinkedHashMap<>();
        configuration.put(AuditRun.CI_PARAMETER, "false");
        for (int i = 0; i < parameters.length; i += 2) {
            configuration.put(parameters[i], parameters[i + 1]);
        }
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            EngineExecutionResults results = EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass))
                    .configurationParameters(configuration).execute();
            return new Run(results, out.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }
}
