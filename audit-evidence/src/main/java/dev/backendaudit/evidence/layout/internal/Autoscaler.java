package dev.backendaudit.evidence.layout.internal;

/**
 * An autoscaler read from a manifest.
 *
 * @param kind        HorizontalPodAutoscaler or ScaledObject
 * @param name        its metadata name
 * @param targetKind  the kind of workload it scales
 * @param targetName  the workload it scales
 * @param minReplicas its lower bound (1 when unset)
 * @param maxReplicas its upper bound (0 when unset)
 * @param file        the manifest
 */
public record Autoscaler(String kind, String name, String targetKind, String targetName, int minReplicas,
                         int maxReplicas, String file) {
}
