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
 * line in {@link #TABLE}. (The latency and load-test collectors of issue 15 are named here as they are on
 * the main line; the compiled-class, JaCoCo and Surefire collectors of issue 16 get their lines when they land.)
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
                    + " Prometheus rules, PrometheusRule, Alertmanager")));

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
