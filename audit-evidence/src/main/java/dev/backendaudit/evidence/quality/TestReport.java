package dev.backendaudit.evidence.quality;

import dev.backendaudit.model.Evidence;
import java.util.List;

/**
 * What Surefire or Failsafe XML reports (or any JUnit XML of the same schema) recorded: tests run,
 * failed, in error, skipped, and flaky (failed, then passed on a rerun), with the evidence.
 *
 * <pre>{@code
 * TestReport report = TestReports.read(List.of(Path.of("target/surefire-reports")));
 * report.failedTests();     // [com.acme.OrderTest.should_total_lines]
 * audit.evidence(report.evidence());
 * }</pre>
 *
 * @param files       the report files read
 * @param suites      test suites (classes) reported
 * @param tests       tests reported, skipped ones included
 * @param failures    tests whose assertions failed (after any reruns)
 * @param errors      tests that ended in an unexpected exception (after any reruns)
 * @param skipped     tests skipped
 * @param flaky       tests that failed or erred and then passed on a rerun
 * @param failedTests the failed and erring tests, {@code class.method}, sorted
 * @param flakyTests  the flaky tests, {@code class.method}, sorted
 * @param unknowns    what could not be measured, and why
 * @param evidence    the evidence, ready for {@code Audit.Builder.evidence(...)}
 */
public record TestReport(List<String> files, int suites, int tests, int failures, int errors, int skipped, int flaky,
                         List<String> failedTests, List<String> flakyTests, List<String> unknowns,
                         List<Evidence> evidence) {

    /** Copies the lists. */
    public TestReport {
        files = List.copyOf(files);
        failedTests = List.copyOf(failedTests);
        flakyTests = List.copyOf(flakyTests);
        unknowns = List.copyOf(unknowns);
        evidence = List.copyOf(evidence);
    }

    /**
     * Tests that ran: reported tests less skipped ones.
     *
     * @return the executed tests
     */
    public int executed() {
        return tests - skipped;
    }

    /**
     * A few lines a person reads.
     *
     * @return the summary, one item per line
     */
    public String summary() {
        StringBuilder text = new StringBuilder("test reports: ").append(files.size()).append(" files, ").append(suites)
                .append(" suites\n  ").append(tests).append(" tests, ").append(failures).append(" failures, ")
                .append(errors).append(" errors, ").append(skipped).append(" skipped, ").append(flaky).append(" flaky\n");
        failedTests.stream().limit(5).forEach(t -> text.append("  failed: ").append(t).append('\n'));
        flakyTests.stream().limit(5).forEach(t -> text.append("  flaky: ").append(t).append('\n'));
        unknowns.forEach(u -> text.append("  UNKNOWN: ").append(u).append('\n'));
        return text.toString();
    }
}
