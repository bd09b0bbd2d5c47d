package dev.backendaudit.evidence.quality;

import dev.backendaudit.checklist.Areas;
import dev.backendaudit.model.Dimension;
import dev.backendaudit.model.Metric;
import java.util.List;

/**
 * Metrics measured from build reports and sources that the standard checklist has no criterion
 * for. They are carried in the verdict as context; judge them with criteria of your own:
 *
 * <pre>{@code
 * builder.criterion(ThresholdCriterion.above("deployment.flaky-tests", Signs.DEPLOYMENT_FAILURES,
 *         QualityMetrics.FLAKY_TESTS, Quantity.count(0), Quantity.count(5)));
 * }</pre>
 *
 * <p>The standard metrics the same reports produce are {@code Metrics.TEST_COVERAGE} (line
 * coverage, from JaCoCo) and {@code Metrics.MEAN_COMPLEXITY} (mean cyclomatic complexity per
 * method, from JaCoCo's COMPLEXITY counters).
 */
public final class QualityMetrics {

    /** Share of branches (JaCoCo's BRANCH counter) that tests executed. */
    public static final Metric BRANCH_COVERAGE = Metric.of("code-quality.branch-coverage", Areas.CODE_QUALITY,
            "branch coverage", Dimension.RATIO);
    /** Share of methods whose cyclomatic complexity is above the configured bound (default 10). */
    public static final Metric COMPLEX_METHOD_SHARE = Metric.of("code-quality.complex-method-share", Areas.CODE_QUALITY,
            "share of methods above the complexity bound", Dimension.RATIO);
    /** Tests executed (run, not skipped). */
    public static final Metric TESTS_EXECUTED = Metric.of("code-quality.tests-executed", Areas.CODE_QUALITY,
            "tests executed", Dimension.COUNT);
    /** Share of executed tests that failed or ended in an error. */
    public static final Metric TEST_FAILURE_SHARE = Metric.of("code-quality.test-failure-share", Areas.CODE_QUALITY,
            "share of executed tests that failed", Dimension.RATIO);
    /** Tests that were skipped. */
    public static final Metric SKIPPED_TESTS = Metric.of("code-quality.skipped-tests", Areas.CODE_QUALITY,
            "skipped tests", Dimension.COUNT);
    /** Tests that failed and then passed when run again: they make the pipeline's verdict unreliable. */
    public static final Metric FLAKY_TESTS = Metric.of("deployment.flaky-tests", Areas.DEPLOYMENT,
            "flaky tests (passed on a rerun)", Dimension.COUNT);
    /** Source files with more lines of code than the configured bound (default 1,000). */
    public static final Metric OVERSIZED_FILES = Metric.of("code-quality.oversized-files", Areas.CODE_QUALITY,
            "oversized source files", Dimension.COUNT);
    /** Top-level classes with more lines of code than the configured bound (default 1,000). */
    public static final Metric OVERSIZED_CLASSES = Metric.of("code-quality.oversized-classes", Areas.CODE_QUALITY,
            "oversized classes", Dimension.COUNT);
    /** Lines of code (neither blank nor only comment) in the main sources. */
    public static final Metric LINES_OF_CODE = Metric.of("code-quality.lines-of-code", Areas.CODE_QUALITY,
            "lines of code", Dimension.COUNT);

    /** Every metric of this class. */
    public static final List<Metric> ALL = List.of(BRANCH_COVERAGE, COMPLEX_METHOD_SHARE, TESTS_EXECUTED,
            TEST_FAILURE_SHARE, SKIPPED_TESTS, FLAKY_TESTS, OVERSIZED_FILES, OVERSIZED_CLASSES, LINES_OF_CODE);

    private QualityMetrics() {
    }
}
