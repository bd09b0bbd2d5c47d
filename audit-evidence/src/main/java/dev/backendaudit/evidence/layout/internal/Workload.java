package dev.backendaudit.evidence.layout.internal;

import java.util.List;

/**
 * A Kubernetes workload read from a manifest.
 *
 * @param kind           Deployment, StatefulSet, ReplicaSet
 * @param name           its metadata name
 * @param replicas       spec.replicas (Kubernetes defaults it to 1)
 * @param images         its containers' images
 * @param unprobed       names of containers without any health probe
 * @param file           the manifest
 */
public record Workload(String kind, String name, int replicas, List<String> images, List<String> unprobed,
                       String file) {
}
