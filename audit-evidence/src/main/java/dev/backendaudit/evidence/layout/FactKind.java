package dev.backendaudit.evidence.layout;

/**
 * What a file in the repository shows.
 *
 * <pre>{@code
 * report.facts().stream().filter(f -> f.kind() == FactKind.AUTOSCALER).toList();
 * }</pre>
 */
public enum FactKind {
    /** A CI pipeline definition: GitHub Actions, GitLab CI, Jenkins, CircleCI, Azure Pipelines, a .ci/ script, ... */
    CI_PIPELINE,
    /** A container image definition (Dockerfile, Containerfile). */
    CONTAINER_IMAGE,
    /** A deployment manifest: a Kubernetes workload, a Compose file, a Helm chart. */
    DEPLOYMENT_MANIFEST,
    /** Automatic scaling: a HorizontalPodAutoscaler or a KEDA ScaledObject. */
    AUTOSCALER,
    /** A workload with a fixed number of replicas and no autoscaler targeting it. */
    FIXED_REPLICAS,
    /** A stateful component (a StatefulSet, or a database/broker image) run as one replica. */
    SINGLE_REPLICA_STATEFUL,
    /** A stateful component run as several replicas. */
    REPLICATED_STATEFUL,
    /** Alerting rules or alert routing (Prometheus rules, PrometheusRule, Alertmanager). */
    ALERT_RULES,
    /** A workload whose every container declares a liveness, readiness or startup probe. */
    HEALTH_PROBES,
    /** A workload with a container that declares no health probe. */
    NO_HEALTH_PROBES,
    /**
     * A YAML file that could not be read (malformed, a Helm template, too large, not UTF-8, unreadable, a
     * replica count that is not a number) or a directory that could not be listed: it decides nothing, and the
     * answers it could change are unknown. The detail says why.
     */
    UNREADABLE_YAML
}
