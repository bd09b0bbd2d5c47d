package dev.backendaudit.checklist;

import dev.backendaudit.model.Dimension;
import dev.backendaudit.model.Metric;
import java.util.List;

/**
 * The measurements the standard checklist judges. Collectors in {@code audit-evidence} produce
 * them from real artifacts; people can type them in.
 */
public final class Metrics {

    // Performance

    /** Median response time at normal load. */
    public static final Metric LATENCY_P50_NORMAL = Metric.of("performance.latency-p50-normal", Areas.PERFORMANCE,
            "p50 latency under normal load", Dimension.DURATION);
    /** 95th-percentile response time at normal load. */
    public static final Metric LATENCY_P95_NORMAL = Metric.of("performance.latency-p95-normal", Areas.PERFORMANCE,
            "p95 latency under normal load", Dimension.DURATION);
    /** 99th-percentile response time at normal load. */
    public static final Metric LATENCY_P99_NORMAL = Metric.of("performance.latency-p99-normal", Areas.PERFORMANCE,
            "p99 latency under normal load", Dimension.DURATION);
    /** Median response time at peak load. */
    public static final Metric LATENCY_P50_PEAK = Metric.of("performance.latency-p50-peak", Areas.PERFORMANCE,
            "p50 latency under peak load", Dimension.DURATION);
    /** 95th-percentile response time at peak load. */
    public static final Metric LATENCY_P95_PEAK = Metric.of("performance.latency-p95-peak", Areas.PERFORMANCE,
            "p95 latency under peak load", Dimension.DURATION);
    /** 99th-percentile response time at peak load. */
    public static final Metric LATENCY_P99_PEAK = Metric.of("performance.latency-p99-peak", Areas.PERFORMANCE,
            "p99 latency under peak load", Dimension.DURATION);
    /** How many times slower p95 latency is at peak than at normal load: the measured "slows down as usage grows". */
    public static final Metric PEAK_SLOWDOWN = Metric.of("performance.peak-slowdown", Areas.PERFORMANCE,
            "p95 slowdown from normal to peak load", Dimension.FACTOR);
    /** Requests served per unit of time. Reported; no standard bound, since it depends on the product. */
    public static final Metric THROUGHPUT = Metric.of("performance.throughput", Areas.PERFORMANCE,
            "throughput", Dimension.RATE);

    // Scalability

    /** Measured capacity divided by the expected peak demand: 1.5x means 50 % to spare at peak. */
    public static final Metric PEAK_HEADROOM = Metric.of("scalability.peak-headroom", Areas.SCALABILITY,
            "capacity headroom at expected peak", Dimension.FACTOR);

    // Architecture

    /** Cycles between packages or components. */
    public static final Metric DEPENDENCY_CYCLES = Metric.of("architecture.dependency-cycles", Areas.ARCHITECTURE,
            "dependency cycles between components", Dimension.COUNT);
    /** Mean distance of components from the main sequence (balance of abstractness and stability), 0 to 1. */
    public static final Metric MAIN_SEQUENCE_DISTANCE = Metric.of("architecture.main-sequence-distance",
            Areas.ARCHITECTURE, "mean distance from the main sequence", Dimension.RATIO);

    // Code quality

    /** Share of lines covered by tests. */
    public static final Metric TEST_COVERAGE = Metric.of("code-quality.test-coverage", Areas.CODE_QUALITY,
            "test coverage", Dimension.RATIO);
    /** Share of duplicated lines. */
    public static final Metric DUPLICATION = Metric.of("code-quality.duplication", Areas.CODE_QUALITY,
            "duplicated code", Dimension.RATIO);
    /** Mean cyclomatic complexity per method. */
    public static final Metric MEAN_COMPLEXITY = Metric.of("code-quality.mean-complexity", Areas.CODE_QUALITY,
            "mean cyclomatic complexity per method", Dimension.COUNT);
    /** Share of commits that fix bugs. */
    public static final Metric BUG_FIX_SHARE = Metric.of("code-quality.bug-fix-share", Areas.CODE_QUALITY,
            "share of commits that fix bugs", Dimension.RATIO);
    /** Share of fixes whose files needed another fix soon after: the measured "fixes create new issues". */
    public static final Metric REFIX_SHARE = Metric.of("code-quality.refix-share", Areas.CODE_QUALITY,
            "share of fixes followed by another fix of the same files", Dimension.RATIO);
    /** Commits per unit of time; as a time series, the measured pace of development. */
    public static final Metric COMMIT_THROUGHPUT = Metric.of("code-quality.commit-throughput", Areas.CODE_QUALITY,
            "commit throughput", Dimension.RATE);

    // Deployment & DevOps (DORA's four keys, and their bands)

    /** How often production is deployed. */
    public static final Metric DEPLOYMENT_FREQUENCY = Metric.of("deployment.frequency", Areas.DEPLOYMENT,
            "deployment frequency", Dimension.RATE);
    /** Time from commit to running in production. */
    public static final Metric LEAD_TIME = Metric.of("deployment.lead-time", Areas.DEPLOYMENT,
            "lead time for changes", Dimension.DURATION);
    /** Share of deployments that cause a failure in production. */
    public static final Metric CHANGE_FAILURE_RATE = Metric.of("deployment.change-failure-rate", Areas.DEPLOYMENT,
            "change failure rate", Dimension.RATIO);

    // Monitoring & reliability

    /** Time to restore service after an incident. */
    public static final Metric TIME_TO_RESTORE = Metric.of("monitoring.time-to-restore", Areas.MONITORING,
            "time to restore service", Dimension.DURATION);
    /** Share of requests that fail. */
    public static final Metric ERROR_RATE = Metric.of("monitoring.error-rate", Areas.MONITORING,
            "error rate", Dimension.RATIO);

    /** Every standard metric, in area order. */
    public static final List<Metric> STANDARD = List.of(DEPENDENCY_CYCLES, MAIN_SEQUENCE_DISTANCE,
            LATENCY_P50_NORMAL, LATENCY_P95_NORMAL, LATENCY_P99_NORMAL, LATENCY_P50_PEAK, LATENCY_P95_PEAK,
            LATENCY_P99_PEAK, PEAK_SLOWDOWN, THROUGHPUT, PEAK_HEADROOM, TEST_COVERAGE, DUPLICATION, MEAN_COMPLEXITY, BUG_FIX_SHARE,
            REFIX_SHARE, COMMIT_THROUGHPUT, DEPLOYMENT_FREQUENCY, LEAD_TIME, CHANGE_FAILURE_RATE, TIME_TO_RESTORE,
            ERROR_RATE);

    private Metrics() {
    }
}
