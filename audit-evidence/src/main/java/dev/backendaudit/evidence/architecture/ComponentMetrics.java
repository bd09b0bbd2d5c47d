package dev.backendaudit.evidence.architecture;

/**
 * Robert C. Martin's dependency metrics of one component, as ArchUnit's
 * {@code ArchitectureMetrics.componentDependencyMetrics} computes them: couplings count the other
 * components depended on or depending; a component that no other touches has instability 1.
 *
 * @param name          the component
 * @param classes       how many classes it holds
 * @param efferent      Ce: other components this one depends on
 * @param afferent      Ca: other components that depend on this one
 * @param instability   I = Ce / (Ca + Ce), 0 (stable) to 1 (unstable)
 * @param abstractness  A: abstract classes and interfaces over all classes, 0 to 1
 * @param distance      D = |A + I - 1|: distance from the main sequence, 0 (balanced) to 1
 */
public record ComponentMetrics(String name, int classes, int efferent, int afferent, double instability,
                               double abstractness, double distance) {
}
