package dev.backendaudit.bounds;

import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.checklist.Questions;
import dev.backendaudit.internal.Checks;
import dev.backendaudit.model.Metric;
import dev.backendaudit.model.Topic;
import java.util.Map;

/**
 * Which collector of this project measures each metric or answers each question, as data in one table
 * keyed by topic id, so that "what would settle it" and the next steps for thin evidence can say where to
 * get the evidence. The collectors live in {@code audit-evidence}; they are named here as text, so that
 * audit-core does not depend on them. A collector that learns to measure another topic gets one more
 * line in {@link #TABLE}. Besides the standard checklist's topics, the table holds the metrics
 * {@code audit-evidence} defines for criteria of a team's own ({@code GitMetrics}, {@code QualityMetrics},
 * {@code StructureMetrics}), by id; a test there keeps those ids equal to its metrics. Every collector
 * named here is also one of the sources {@code ProjectEvidence} runs, so {@code ./audit --repo DIR}
 * (or {@code ProjectEvidence.collect}) measures each topic a collector line names from what the project
 * directory holds (delivery records once named with {@code --deployments} and {@code --incidents}).
 *
 * <p>A topic the table does not hold is given by hand (or by a tool of the team's own): a question is
 * answered by the team, a metric measured and given as a measurement.
 */
public final class EvidenceSources {

    /** {@code GitHistory} over the repository's history (the main job's {@code --repo}). */
    public static final EvidenceSource GIT_HISTORY = EvidenceSource.collector("GitHistory",
            "the repository's git history, ./audit --repo DIR");

    /** {@code DeliveryRecords} read by {@code DeliveryPerformance}, with the git history for commit times. */
    public static final EvidenceSource DELIVERY_RECORDS = EvidenceSource.collector("DeliveryPerformance",
            "deployment and incident records in CSV or JSON, ./audit --repo DIR --deployments FILE --incidents FILE");

    /** {@code LatencyRecordings} over a team's latency recordings (the main job's {@code --latency}). */
    public static final EvidenceSource LATENCY_RECORDINGS = EvidenceSource.collector("LatencyRecordings",
            "HdrHistogram, JMeter, k6, JMH or plain-sample latency recordings, ./audit --latency FILE[:normal|:peak]");

    /** {@code LoadTests} over a stepped load test, judged with the Universal Scalability Law. */
    public static final EvidenceSource LOAD_TESTS = EvidenceSource.collector("LoadTests",
            "a stepped load test from JMeter, k6 or a points CSV, ./audit --load-test FILE --expected-peak N");

    /** {@code CompiledClasses}: ArchUnit over the compiled classes of every module. */
    public static final EvidenceSource COMPILED_CLASSES = EvidenceSource.collector("CompiledClasses",
            "the compiled classes of every module (classes directories and jars), analysed with ArchUnit;"
                    + " ./audit --repo DIR after a build");

    /** {@code CompiledClasses} for whether components scale independently, which classes only refute. */
    public static final EvidenceSource COMPILED_CLASSES_CYCLES = EvidenceSource.collector("CompiledClasses",
            "the compiled classes of every module: answers no when components depend on each other in a cycle;"
                    + " without a cycle, the team answers; ./audit --repo DIR after a build");

    /** {@code CoverageReports}: the JaCoCo XML reports of every module. */
    public static final EvidenceSource COVERAGE_REPORTS = EvidenceSource.collector("CoverageReports",
            "the JaCoCo XML reports (jacoco.xml) of every module; ./audit --repo DIR after a build with coverage");

    /** {@code TestReports}: the Surefire and Failsafe XML reports of every module. */
    public static final EvidenceSource TEST_REPORTS = EvidenceSource.collector("TestReports",
            "the Surefire and Failsafe XML reports (TEST-*.xml) of every module; ./audit --repo DIR after a build");

    /** {@code SourceSize}: the main sources' lines of code, files and classes. */
    public static final EvidenceSource SOURCE_SIZE = EvidenceSource.collector("SourceSize",
            "the main Java sources of every module; ./audit --repo DIR");

    /** The source of a question no collector answers. */
    public static final EvidenceSource TEAM_ANSWER = EvidenceSource.manual("asked of the team");

    /** The source of a metric no collector measures. */
    public static final EvidenceSource MANUAL_MEASUREMENT = EvidenceSource.manual(
            "by the team's own tools; no collector of this project measures it yet");

    /** Every topic a collector of this project measures or answers, by topic id. */
    public static final Map<String, EvidenceSource> TABLE = Map.ofEntries(
            Map.entry(Metrics.LATENCY_P50_NORMAL.id(), LATENCY_RECORDINGS),
            Map.entry(Metrics.LATENCY_P95_NORMAL.id(), LATENCY_RECORDINGS),
            Map.entry(Metrics.LATENCY_P99_NORMAL.id(), LATENCY_RECORDINGS),
            Map.entry(Metrics.LATENCY_P50_PEAK.id(), LATENCY_RECORDINGS),
            Map.entry(Metrics.LATENCY_P95_PEAK.id(), LATENCY_RECORDINGS),
            Map.entry(Metrics.LATENCY_P99_PEAK.id(), LATENCY_RECORDINGS),
            Map.entry(Metrics.PEAK_SLOWDOWN.id(), LATENCY_RECORDINGS),
            Map.entry(Metrics.THROUGHPUT.id(), LATENCY_RECORDINGS),
            Map.entry(Metrics.ERROR_RATE.id(), LATENCY_RECORDINGS),
            Map.entry(Metrics.PEAK_HEADROOM.id(), LOAD_TESTS),
            Map.entry(Questions.HANDLES_TRAFFIC_SPIKES.id(), LOAD_TESTS),
            Map.entry(Metrics.COMMIT_THROUGHPUT.id(), GIT_HISTORY),
            Map.entry(Metrics.BUG_FIX_SHARE.id(), GIT_HISTORY),
            Map.entry(Metrics.REFIX_SHARE.id(), GIT_HISTORY),
            Map.entry("code-quality.hotspot-change-share", GIT_HISTORY),
            Map.entry("code-quality.knowledge-concentration", GIT_HISTORY),
            Map.entry("architecture.coupled-file-pairs", GIT_HISTORY),
            Map.entry("deployment.release-frequency", GIT_HISTORY),
            Map.entry("deployment.release-lead-time", GIT_HISTORY),
            Map.entry(Metrics.DEPLOYMENT_FREQUENCY.id(), DELIVERY_RECORDS),
            Map.entry(Metrics.LEAD_TIME.id(), DELIVERY_RECORDS),
            Map.entry(Metrics.CHANGE_FAILURE_RATE.id(), DELIVERY_RECORDS),
            Map.entry(Metrics.TIME_TO_RESTORE.id(), DELIVERY_RECORDS),
            Map.entry(Questions.CI_CD_PIPELINE.id(), layout("CI configuration in the repository:"
                    + " .github/workflows, .gitlab-ci.yml, Jenkinsfile, .ci/")),
            Map.entry(Questions.AUTOMATIC_SCALING.id(), layout("autoscaler manifests in the repository:"
                    + " HorizontalPodAutoscaler, KEDA ScaledObject")),
            Map.entry(Questions.SINGLE_POINTS_OF_FAILURE.id(), layout("workload manifests in the repository:"
                    + " StatefulSets, databases or brokers run as one replica")),
            Map.entry(Questions.ALERTING.id(), layout("alert rules in the repository:"
                    + " Prometheus rules, PrometheusRule, Alertmanager")),
            Map.entry(Metrics.DEPENDENCY_CYCLES.id(), COMPILED_CLASSES),
            Map.entry(Metrics.MAIN_SEQUENCE_DISTANCE.id(), COMPILED_CLASSES),
            Map.entry(Questions.ARCHITECTURE_MODULAR.id(), COMPILED_CLASSES),
            Map.entry(Questions.COMPONENTS_SCALE_INDEPENDENTLY.id(), COMPILED_CLASSES_CYCLES),
            Map.entry("architecture.package-cycles", COMPILED_CLASSES),
            Map.entry("architecture.cumulative-component-dependency", COMPILED_CLASSES),
            Map.entry("architecture.normalized-cumulative-component-dependency", COMPILED_CLASSES),
            Map.entry(Metrics.TEST_COVERAGE.id(), COVERAGE_REPORTS),
            Map.entry(Metrics.MEAN_COMPLEXITY.id(), COVERAGE_REPORTS),
            Map.entry("code-quality.branch-coverage", COVERAGE_REPORTS),
            Map.entry("code-quality.complex-method-share", COVERAGE_REPORTS),
            Map.entry("code-quality.tests-executed", TEST_REPORTS),
            Map.entry("code-quality.test-failure-share", TEST_REPORTS),
            Map.entry("code-quality.skipped-tests", TEST_REPORTS),
            Map.entry("deployment.flaky-tests", TEST_REPORTS),
            Map.entry("code-quality.lines-of-code", SOURCE_SIZE),
            Map.entry("code-quality.oversized-files", SOURCE_SIZE),
            Map.entry("code-quality.oversized-classes", SOURCE_SIZE));

    private EvidenceSources() {
    }

    private static EvidenceSource layout(String artifact) {
        return EvidenceSource.collector("RepositoryLayout", artifact + "; ./audit --repo DIR");
    }

    /**
     * Where evidence about {@code topic} comes from: the table's collector, or the team.
     *
     * @param topic a metric or question
     * @return its source
     */
    public static EvidenceSource of(Topic topic) {
        Checks.notNull("topic", topic);
        EvidenceSource source = TABLE.get(topic.id());
        if (source != null) {
            return source;
        }
        return topic instanceof Metric ? MANUAL_MEASUREMENT : TEAM_ANSWER;
    }
}
