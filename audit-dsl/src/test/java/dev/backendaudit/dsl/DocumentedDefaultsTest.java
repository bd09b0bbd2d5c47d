package dev.backendaudit.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.model.Criterion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The default bounds quoted in each clause's Javadoc are the standard criteria's, word for word
 * ({@link Criterion#describeRule()}), so the documentation cannot drift from {@link Criteria}.
 */
class DocumentedDefaultsTest {

    static List<Arguments> clauses() {
        return List.of(
                Arguments.of("PerformanceClause", "latencyP50", List.of(Criteria.P50_NORMAL, Criteria.P50_PEAK)),
                Arguments.of("PerformanceClause", "latencyP95", List.of(Criteria.P95_NORMAL, Criteria.P95_PEAK)),
                Arguments.of("PerformanceClause", "latencyP99", List.of(Criteria.P99_NORMAL, Criteria.P99_PEAK)),
                Arguments.of("PerformanceClause", "peakSlowdown", List.of(Criteria.PEAK_SLOWDOWN)),
                Arguments.of("PerformanceClause", "errorRate", List.of(Criteria.ERROR_RATE)),
                Arguments.of("ScalabilityClause", "peakHeadroom", List.of(Criteria.PEAK_HEADROOM)),
                Arguments.of("ArchitectureClause", "dependencyCycles", List.of(Criteria.DEPENDENCY_CYCLES)),
                Arguments.of("ArchitectureClause", "mainSequenceDistance", List.of(Criteria.MAIN_SEQUENCE_DISTANCE)),
                Arguments.of("CodeQualityClause", "testCoverage", List.of(Criteria.TEST_COVERAGE)),
                Arguments.of("CodeQualityClause", "duplication", List.of(Criteria.DUPLICATION)),
                Arguments.of("CodeQualityClause", "meanComplexity", List.of(Criteria.MEAN_COMPLEXITY)),
                Arguments.of("CodeQualityClause", "bugFixShare", List.of(Criteria.BUG_FIX_SHARE)),
                Arguments.of("CodeQualityClause", "refixShare", List.of(Criteria.REFIX_SHARE)),
                Arguments.of("CodeQualityClause", "weeklyCommits", List.of(Criteria.THROUGHPUT_TREND)),
                Arguments.of("DeploymentClause", "deploymentFrequency", List.of(Criteria.DEPLOYMENT_FREQUENCY)),
                Arguments.of("DeploymentClause", "leadTime", List.of(Criteria.LEAD_TIME)),
                Arguments.of("DeploymentClause", "changeFailureRate", List.of(Criteria.CHANGE_FAILURE_RATE)),
                Arguments.of("MonitoringClause", "timeToRestore", List.of(Criteria.TIME_TO_RESTORE)),
                Arguments.of("MonitoringClause", "errorRate", List.of(Criteria.ERROR_RATE)));
    }

    /** The Javadoc of {@code method} in {@code type}'s source, as one line of text. */
    static String javadoc(String type, String method) throws IOException {
        String source = Files.readString(Path.of("src/main/java/dev/backendaudit/dsl", type + ".java"));
        Matcher declaration = Pattern.compile("\\s" + method + "\\(").matcher(source);
        assertThat(declaration.find()).as("%s declares %s", type, method).isTrue();
        int start = source.lastIndexOf("/**", declaration.start());
        int end = source.indexOf("*/", start);
        return source.substring(start + 3, end).lines().map(l -> l.strip().replaceFirst("^\\*\\s?", ""))
                .collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("clauses")
    void should_quote_the_standard_bounds(String type, String method, List<Criterion> criteria) throws IOException {
        // GIVEN the clause's Javadoc  WHEN read  THEN it states each standard rule it defaults to
        String doc = javadoc(type, method);
        for (Criterion criterion : criteria) {
            assertThat(doc).as("Javadoc of %s.%s", type, method).contains(criterion.describeRule());
        }
    }
}
