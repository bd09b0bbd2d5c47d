package dev.backendaudit.evidence.architecture;

import dev.backendaudit.checklist.Areas;
import dev.backendaudit.model.Dimension;
import dev.backendaudit.model.Metric;
import java.util.List;

/**
 * Metrics measured from compiled classes that the standard checklist has no criterion for. They are
 * carried in the verdict as context; judge them with criteria of your own:
 *
 * <pre>{@code
 * builder.criterion(ThresholdCriterion.above("architecture.package-cycles", Signs.TIGHT_COUPLING,
 *         StructureMetrics.PACKAGE_CYCLES, Quantity.count(0), Quantity.count(10)));
 * }</pre>
 *
 * <p>The standard evidence an analysis also produces: {@code Metrics.DEPENDENCY_CYCLES} (cycles
 * between components), {@code Metrics.MAIN_SEQUENCE_DISTANCE}, and answers to
 * {@code Questions.ARCHITECTURE_MODULAR} and {@code Questions.COMPONENTS_SCALE_INDEPENDENTLY}.
 */
public final class StructureMetrics {

    /** Dependency cycles between packages (each package a node), as ArchUnit's cycle detection finds them. */
    public static final Metric PACKAGE_CYCLES = Metric.of("architecture.package-cycles", Areas.ARCHITECTURE,
            "dependency cycles between packages", Dimension.COUNT);
    /** John Lakos' cumulative component dependency: the sum over components of how many components each reaches, itself included. */
    public static final Metric CUMULATIVE_COMPONENT_DEPENDENCY = Metric.of("architecture.cumulative-component-dependency",
            Areas.ARCHITECTURE, "cumulative component dependency (CCD)", Dimension.COUNT);
    /** The CCD over that of a balanced binary tree of as many components: above 1, more coupled than a tree. */
    public static final Metric NORMALIZED_CUMULATIVE_COMPONENT_DEPENDENCY = Metric.of(
            "architecture.normalized-cumulative-component-dependency", Areas.ARCHITECTURE,
            "normalized cumulative component dependency (NCCD)", Dimension.FACTOR);

    /** Every metric of this class. */
    public static final List<Metric> ALL = List.of(PACKAGE_CYCLES, CUMULATIVE_COMPONENT_DEPENDENCY,
            NORMALIZED_CUMULATIVE_COMPONENT_DEPENDENCY);

    private StructureMetrics() {
    }
}
