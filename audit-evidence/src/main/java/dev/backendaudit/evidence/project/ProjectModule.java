package dev.backendaudit.evidence.project;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One module of a project (the project itself, in a single-module build) and the build output it
 * holds, as {@link ProjectFiles#discover(Path)} found it.
 *
 * @param directory           the module's directory
 * @param classes             compiled main classes: {@code target/classes}, {@code build/classes/java/main},
 *                            {@code build/classes/kotlin/main}
 * @param coverage            the unit-test JaCoCo report: {@code target/site/jacoco/jacoco.xml} or Gradle's
 *                            {@code build/reports/jacoco/test/jacocoTestReport.xml}
 * @param integrationCoverage the integration-test report, {@code target/site/jacoco-it/jacoco.xml}
 * @param aggregateCoverage   an aggregate report, {@code target/site/jacoco-aggregate/jacoco.xml}
 * @param testReports         test report directories: {@code target/surefire-reports},
 *                            {@code target/failsafe-reports}, {@code build/test-results/test}
 * @param sources             main source roots: {@code src/main/java}
 */
public record ProjectModule(Path directory, List<Path> classes, Optional<Path> coverage,
                            Optional<Path> integrationCoverage, Optional<Path> aggregateCoverage, List<Path> testReports,
                            List<Path> sources) {

    /** Copies the lists. */
    public ProjectModule {
        classes = List.copyOf(classes);
        testReports = List.copyOf(testReports);
        sources = List.copyOf(sources);
    }
}
