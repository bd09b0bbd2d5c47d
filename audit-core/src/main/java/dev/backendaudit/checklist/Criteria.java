package dev.backendaudit.checklist;

import dev.backendaudit.model.AnswerCriterion;
import dev.backendaudit.model.Criterion;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.Severity;
import dev.backendaudit.model.ThresholdCriterion;
import dev.backendaudit.model.TrendCriterion;
import dev.backendaudit.model.Unit;
import java.time.Duration;
import java.util.List;

/**
 * The standard checklist's criteria with their default bounds, and where each number comes from.
 * Every bound can be replaced per audit by adding a criterion with the same id, e.g.
 * {@code builder.criterion(Criteria.P95_PEAK.withBounds(Quantity.millis(200), Quantity.millis(500)))}.
 *
 * <p>Where the numbers come from:
 * <ul>
 *   <li>Latency: common interactive-service objectives (a page-level response within a few hundred
 *       milliseconds feels immediate; past a second users notice the wait).</li>
 *   <li>Delivery (deployment frequency, lead time, change failure rate, time to restore): the
 *       performance bands of the DORA State of DevOps reports; warning marks leaving the "high"
 *       band, critical marks the "low" band.</li>
 *   <li>Architecture metrics: Robert C. Martin's package metrics (cycles should be zero; a distance
 *       from the main sequence above about 0.3 is commonly flagged).</li>
 *   <li>Code metrics: common static-analysis defaults (method complexity 10 as the classic
 *       McCabe per-method limit; coverage below 60 % as the usual gate).</li>
 *   <li>Rebuild indicators measured from history: judgement calls, stated here so they can be
 *       argued with and overridden.</li>
 * </ul>
 */
public final class Criteria {

    // Architecture

    /** Modular rather than tightly coupled; "no" is a warning. */
    public static final AnswerCriterion MODULAR = AnswerCriterion.expect("architecture.modular", Signs.TIGHT_COUPLING,
            Questions.ARCHITECTURE_MODULAR, "yes", Severity.WARNING);
    /** Components scale independently; "no" is a warning. */
    public static final AnswerCriterion INDEPENDENT_SCALING = AnswerCriterion.expect("architecture.independent-scaling",
            Signs.TIGHT_COUPLING, Questions.COMPONENTS_SCALE_INDEPENDENTLY, "yes", Severity.WARNING);
    /** Architecture fits expected growth; "no" is an early (warning) sign that it cannot scale. */
    public static final AnswerCriterion SUPPORTS_GROWTH = AnswerCriterion.expect("architecture.supports-growth",
            Signs.ARCHITECTURE_CANNOT_SCALE, Questions.ARCHITECTURE_SUPPORTS_GROWTH, "yes", Severity.WARNING);
    /** The architecture itself blocks scaling; "yes" reports the rebuild indicator directly (critical). */
    public static final AnswerCriterion AT_SCALING_LIMIT = AnswerCriterion.flag("architecture.at-scaling-limit",
            Signs.ARCHITECTURE_CANNOT_SCALE, Questions.ARCHITECTURE_AT_SCALING_LIMIT, "yes", Severity.CRITICAL);
    /** Dependency cycles: warning above 0, critical above 5. */
    public static final ThresholdCriterion DEPENDENCY_CYCLES = ThresholdCriterion.above("architecture.dependency-cycles",
            Signs.TIGHT_COUPLING, Metrics.DEPENDENCY_CYCLES, Quantity.count(0), Quantity.count(5));
    /** Mean distance from the main sequence: warning above 0.3, critical above 0.5. */
    public static final ThresholdCriterion MAIN_SEQUENCE_DISTANCE = ThresholdCriterion.above(
            "architecture.main-sequence-distance", Signs.TIGHT_COUPLING, Metrics.MAIN_SEQUENCE_DISTANCE,
            Quantity.ratio(0.3), Quantity.ratio(0.5));

    // Performance

    /** p50 at normal load: warning above 100 ms, critical above 500 ms. */
    public static final ThresholdCriterion P50_NORMAL = ThresholdCriterion.above("performance.latency-p50-normal",
            Signs.SLOW_PERFORMANCE, Metrics.LATENCY_P50_NORMAL, Quantity.millis(100), Quantity.millis(500));
    /** p95 at normal load: warning above 300 ms, critical above 1 s. */
    public static final ThresholdCriterion P95_NORMAL = ThresholdCriterion.above("performance.latency-p95-normal",
            Signs.SLOW_PERFORMANCE, Metrics.LATENCY_P95_NORMAL, Quantity.millis(300), Quantity.of(Duration.ofSeconds(1)));
    /** p99 at normal load: warning above 1 s, critical above 2.5 s. */
    public static final ThresholdCriterion P99_NORMAL = ThresholdCriterion.above("performance.latency-p99-normal",
            Signs.SLOW_PERFORMANCE, Metrics.LATENCY_P99_NORMAL, Quantity.of(Duration.ofSeconds(1)),
            Quantity.millis(2500));
    /** p50 at peak load: warning above 200 ms, critical above 1 s. */
    public static final ThresholdCriterion P50_PEAK = ThresholdCriterion.above("performance.latency-p50-peak",
            Signs.SLOW_PERFORMANCE, Metrics.LATENCY_P50_PEAK, Quantity.millis(200), Quantity.of(Duration.ofSeconds(1)));
    /** p95 at peak load: warning above 300 ms, critical above 1 s. */
    public static final ThresholdCriterion P95_PEAK = ThresholdCriterion.above("performance.latency-p95-peak",
            Signs.SLOW_PERFORMANCE, Metrics.LATENCY_P95_PEAK, Quantity.millis(300), Quantity.of(Duration.ofSeconds(1)));
    /** p99 at peak load: warning above 1 s, critical above 3 s. */
    public static final ThresholdCriterion P99_PEAK = ThresholdCriterion.above("performance.latency-p99-peak",
            Signs.SLOW_PERFORMANCE, Metrics.LATENCY_P99_PEAK, Quantity.of(Duration.ofSeconds(1)),
            Quantity.of(Duration.ofSeconds(3)));
    /** Peak p95 over normal p95: warning above 2x, critical above 4x. */
    public static final ThresholdCriterion PEAK_SLOWDOWN = ThresholdCriterion.above("performance.peak-slowdown",
            Signs.DEGRADES_WITH_USAGE, Metrics.PEAK_SLOWDOWN, Quantity.times(2), Quantity.times(4));
    /** Queries efficient; "no" is a warning. */
    public static final AnswerCriterion QUERIES_EFFICIENT = AnswerCriterion.expect("performance.queries-efficient",
            Signs.SLOW_PERFORMANCE, Questions.QUERIES_EFFICIENT, "yes", Severity.WARNING);
    /** Known bottlenecks; "yes" is a warning. */
    public static final AnswerCriterion KNOWN_BOTTLENECKS = AnswerCriterion.flag("performance.known-bottlenecks",
            Signs.DEGRADES_WITH_USAGE, Questions.KNOWN_BOTTLENECKS, "yes", Severity.WARNING);

    // Scalability

    /** Survives spikes; "no" means the system fails under load: critical. */
    public static final AnswerCriterion HANDLES_SPIKES = AnswerCriterion.expect("scalability.handles-spikes",
            Signs.SCALING_ISSUES, Questions.HANDLES_TRAFFIC_SPIKES, "yes", Severity.CRITICAL);
    /** Scales automatically; "no" is a warning. */
    public static final AnswerCriterion AUTOMATIC_SCALING = AnswerCriterion.expect("scalability.automatic-scaling",
            Signs.MANUAL_SCALING, Questions.AUTOMATIC_SCALING, "yes", Severity.WARNING);
    /** Single point of failure; "yes" is a warning. */
    public static final AnswerCriterion SINGLE_POINTS_OF_FAILURE = AnswerCriterion.flag(
            "scalability.single-points-of-failure", Signs.SINGLE_POINT_OF_FAILURE, Questions.SINGLE_POINTS_OF_FAILURE,
            "yes", Severity.WARNING);
    /** Headroom at expected peak: warning below 1.5x (less than 50 % spare), critical below 1x (demand exceeds capacity). */
    public static final ThresholdCriterion PEAK_HEADROOM = ThresholdCriterion.below("scalability.peak-headroom",
            Signs.SCALING_ISSUES, Metrics.PEAK_HEADROOM, Quantity.times(1.5), Quantity.times(1));

    // Code quality

    /** Readable; "no" is a warning. */
    public static final AnswerCriterion READABLE = AnswerCriterion.expect("code-quality.readable", Signs.MESSY_CODE,
            Questions.CODE_READABLE, "yes", Severity.WARNING);
    /** Documented; "no" is a warning. */
    public static final AnswerCriterion DOCUMENTED = AnswerCriterion.expect("code-quality.documented", Signs.MESSY_CODE,
            Questions.CODE_DOCUMENTED, "yes", Severity.WARNING);
    /** Redundant or outdated code; "yes" is a warning. */
    public static final AnswerCriterion REDUNDANT_CODE = AnswerCriterion.flag("code-quality.redundant-code",
            Signs.MESSY_CODE, Questions.REDUNDANT_CODE, "yes", Severity.WARNING);
    /** Test coverage: warning below 60 %, critical below 30 %. */
    public static final ThresholdCriterion TEST_COVERAGE = ThresholdCriterion.below("code-quality.test-coverage",
            Signs.FREQUENT_BUGS, Metrics.TEST_COVERAGE, Quantity.percent(60), Quantity.percent(30));
    /** Duplicated code: warning above 5 %, critical above 15 %. */
    public static final ThresholdCriterion DUPLICATION = ThresholdCriterion.above("code-quality.duplication",
            Signs.MESSY_CODE, Metrics.DUPLICATION, Quantity.percent(5), Quantity.percent(15));
    /**
     * Mean method complexity: warning above 5, critical above 10 (healthy codebases average two to
     * three; a mean of 10 puts the typical method at McCabe's classic per-method limit).
     */
    public static final ThresholdCriterion MEAN_COMPLEXITY = ThresholdCriterion.above("code-quality.mean-complexity",
            Signs.COMPLEX_CODEBASE, Metrics.MEAN_COMPLEXITY, Quantity.count(5), Quantity.count(10));
    /** Bug-fix share of commits: warning above 30 %, critical above 50 %. */
    public static final ThresholdCriterion BUG_FIX_SHARE = ThresholdCriterion.above("code-quality.bug-fix-share",
            Signs.FREQUENT_BUGS, Metrics.BUG_FIX_SHARE, Quantity.percent(30), Quantity.percent(50));
    /** Share of fixes followed by another fix of the same files: warning above 15 %, critical above 30 %. */
    public static final ThresholdCriterion REFIX_SHARE = ThresholdCriterion.above("code-quality.refix-share",
            Signs.FIXES_CREATE_NEW_ISSUES, Metrics.REFIX_SHARE, Quantity.percent(15), Quantity.percent(30));
    /** Commit throughput trend: warning on a decline of more than 20 %, critical on more than 40 %. */
    public static final TrendCriterion THROUGHPUT_TREND = TrendCriterion.declining("code-quality.throughput-trend",
            Signs.DEVELOPMENT_SPEED_DECLINING, Metrics.COMMIT_THROUGHPUT, 0.20, 0.40);
    /** Fixes create new issues; "yes" reports the rebuild indicator directly (critical). */
    public static final AnswerCriterion FIXES_CREATE_ISSUES = AnswerCriterion.flag("code-quality.fixes-create-issues",
            Signs.FIXES_CREATE_NEW_ISSUES, Questions.FIXES_CREATE_NEW_ISSUES, "yes", Severity.CRITICAL);
    /** Development speed declining; "yes" reports the rebuild indicator directly (critical). */
    public static final AnswerCriterion SPEED_DECLINING = AnswerCriterion.flag("code-quality.speed-declining",
            Signs.DEVELOPMENT_SPEED_DECLINING, Questions.DEVELOPMENT_SPEED_DECLINING, "yes", Severity.CRITICAL);
    /** Complexity unmanageable; "yes" reports the rebuild indicator directly (critical). */
    public static final AnswerCriterion COMPLEXITY_UNMANAGEABLE = AnswerCriterion.flag(
            "code-quality.complexity-unmanageable", Signs.COMPLEXITY_UNMANAGEABLE, Questions.COMPLEXITY_UNMANAGEABLE,
            "yes", Severity.CRITICAL);

    // Deployment & DevOps

    /** CI/CD pipeline; "no" is a warning. */
    public static final AnswerCriterion CI_CD_PIPELINE = AnswerCriterion.expect("deployment.ci-cd-pipeline",
            Signs.SLOW_DELIVERY, Questions.CI_CD_PIPELINE, "yes", Severity.WARNING);
    /** Automated deployments; "no" is a warning. */
    public static final AnswerCriterion DEPLOYMENTS_AUTOMATED = AnswerCriterion.expect("deployment.automated",
            Signs.SLOW_DELIVERY, Questions.DEPLOYMENTS_AUTOMATED, "yes", Severity.WARNING);
    /** Deployment frequency (DORA): warning below once a week, critical below once a month. */
    public static final ThresholdCriterion DEPLOYMENT_FREQUENCY = ThresholdCriterion.below("deployment.frequency",
            Signs.SLOW_DELIVERY, Metrics.DEPLOYMENT_FREQUENCY, Quantity.of(1, Unit.PER_WEEK),
            Quantity.of(1.0 / 30, Unit.PER_DAY));
    /** Lead time for changes (DORA): warning above a week, critical above a month. */
    public static final ThresholdCriterion LEAD_TIME = ThresholdCriterion.above("deployment.lead-time",
            Signs.SLOW_DELIVERY, Metrics.LEAD_TIME, Quantity.of(7, Unit.DAYS), Quantity.of(30, Unit.DAYS));
    /** Change failure rate (DORA): warning above 15 %, critical above 30 %. */
    public static final ThresholdCriterion CHANGE_FAILURE_RATE = ThresholdCriterion.above("deployment.change-failure-rate",
            Signs.DEPLOYMENT_FAILURES, Metrics.CHANGE_FAILURE_RATE, Quantity.percent(15), Quantity.percent(30));

    // Monitoring & reliability

    /** Real-time monitoring; "no" is a warning. */
    public static final AnswerCriterion REAL_TIME_MONITORING = AnswerCriterion.expect("monitoring.real-time",
            Signs.REACTIVE_DETECTION, Questions.REAL_TIME_MONITORING, "yes", Severity.WARNING);
    /** Alerting; "no" is a warning. */
    public static final AnswerCriterion ALERTING = AnswerCriterion.expect("monitoring.alerting",
            Signs.REACTIVE_DETECTION, Questions.ALERTING, "yes", Severity.WARNING);
    /** Monitoring finds incidents first; "no" is a warning. */
    public static final AnswerCriterion DETECTED_FIRST = AnswerCriterion.expect("monitoring.detected-first",
            Signs.REACTIVE_DETECTION, Questions.INCIDENTS_DETECTED_FIRST, "yes", Severity.WARNING);
    /** Time to restore (DORA): warning above a day, critical above a week. */
    public static final ThresholdCriterion TIME_TO_RESTORE = ThresholdCriterion.above("monitoring.time-to-restore",
            Signs.REACTIVE_DETECTION, Metrics.TIME_TO_RESTORE, Quantity.of(1, Unit.DAYS), Quantity.of(7, Unit.DAYS));
    /** Error rate: warning above 1 %, critical above 5 %. */
    public static final ThresholdCriterion ERROR_RATE = ThresholdCriterion.above("monitoring.error-rate",
            Signs.FREQUENT_FAILURES, Metrics.ERROR_RATE, Quantity.percent(1), Quantity.percent(5));

    /** Every standard criterion, in area order. */
    public static final List<Criterion> STANDARD = List.of(
            MODULAR, INDEPENDENT_SCALING, SUPPORTS_GROWTH, AT_SCALING_LIMIT, DEPENDENCY_CYCLES, MAIN_SEQUENCE_DISTANCE,
            P50_NORMAL, P95_NORMAL, P99_NORMAL, P50_PEAK, P95_PEAK, P99_PEAK, PEAK_SLOWDOWN, QUERIES_EFFICIENT,
            KNOWN_BOTTLENECKS,
            HANDLES_SPIKES, AUTOMATIC_SCALING, SINGLE_POINTS_OF_FAILURE, PEAK_HEADROOM,
            READABLE, DOCUMENTED, REDUNDANT_CODE, TEST_COVERAGE, DUPLICATION, MEAN_COMPLEXITY, BUG_FIX_SHARE,
            REFIX_SHARE, THROUGHPUT_TREND, FIXES_CREATE_ISSUES, SPEED_DECLINING, COMPLEXITY_UNMANAGEABLE,
            CI_CD_PIPELINE, DEPLOYMENTS_AUTOMATED, DEPLOYMENT_FREQUENCY, LEAD_TIME, CHANGE_FAILURE_RATE,
            REAL_TIME_MONITORING, ALERTING, DETECTED_FIRST, TIME_TO_RESTORE, ERROR_RATE);

    private Criteria() {
    }
}
