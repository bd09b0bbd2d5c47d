package dev.backendaudit.evidence.layout;

/**
 * One fact read from one file.
 *
 * <pre>{@code
 * new LayoutFact(FactKind.AUTOSCALER, "k8s/api-hpa.yaml", "HorizontalPodAutoscaler 'api' scales Deployment 'api' 2..10");
 * }</pre>
 *
 * @param kind   what the file shows
 * @param file   the file, relative to the scanned root, with '/' separators
 * @param detail what exactly, in words
 */
public record LayoutFact(FactKind kind, String file, String detail) {
}
