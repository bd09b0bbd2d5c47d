package dev.backendaudit.evidence.architecture.internal;

import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.checklist.Questions;
import dev.backendaudit.evidence.architecture.CompiledClasses;
import dev.backendaudit.evidence.architecture.ComponentMetrics;
import dev.backendaudit.evidence.architecture.DependencyCycle;
import dev.backendaudit.evidence.architecture.StructureMetrics;
import dev.backendaudit.model.Answer;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.Provenance;
import dev.backendaudit.model.Quantity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns the measures of compiled classes into evidence, and says what stays unknown and why. */
public final class ArchitectureEvidence {

    /**
     * The measures.
     *
     * @param locations       what was read
     * @param classes         classes imported
     * @param packages        packages holding them
     * @param components      each component's metrics
     * @param packageCycles   cycles between packages
     * @param componentCycles cycles between components
     * @param meanDistance    mean distance from the main sequence, with at least two components
     * @param ccd             Lakos' cumulative component dependency, with at least two components
     * @param nccd            its normalized value, with at least two components
     * @param at              observation time
     * @param grouping        how components were drawn
     */
    public record Input(List<String> locations, int classes, int packages, List<ComponentMetrics> components,
                        DependencyGraph.Found packageCycles, DependencyGraph.Found componentCycles,
                        Optional<Double> meanDistance, Optional<Integer> ccd, Optional<Double> nccd, Instant at,
                        String grouping) {
    }

    /**
     * The evidence and the unknowns.
     *
     * @param evidence the evidence
     * @param unknowns what could not be measured, and why
     */
    public record Output(List<Evidence> evidence, List<String> unknowns) {
    }

    private ArchitectureEvidence() {
    }

    /**
     * Builds the evidence of {@code input}.
     *
     * @param input the measures
     * @return the evidence and the unknowns
     */
    public static Output of(Input input) {
        List<Evidence> evidence = new ArrayList<>();
        List<String> unknowns = new ArrayList<>();
        String where = (input.locations().size() == 1 ? input.locations().get(0)
                : input.locations().get(0) + " and " + (input.locations().size() - 1) + " more") + ", "
                + input.classes() + " classes";
        int componentCount = input.components().size();
        if (input.packages() >= 2) {
            evidence.add(Measurement.of(StructureMetrics.PACKAGE_CYCLES,
                    Quantity.count(input.packageCycles().cycles().size()),
                    provenance(where + ", " + input.packages() + " packages", input.packageCycles(), input.at())));
        } else {
            unknowns.add("package cycles: all classes are in one package, so no package can depend on another");
        }
        if (componentCount < 2) {
            String only = componentCount == 1 ? "one component (" + input.components().get(0).name() + ")" : "no component";
            unknowns.add("dependency cycles between components, distance from the main sequence, whether the system"
                    + " is modular: the classes fall into " + only + " by " + input.grouping()
                    + "; draw components with a deeper level or a mapping of package prefixes");
            return new Output(evidence, unknowns);
        }
        String componentWhere = where + ", " + componentCount + " components by " + input.grouping();
        List<DependencyCycle> cycles = input.componentCycles().cycles();
        evidence.add(Measurement.of(Metrics.DEPENDENCY_CYCLES, Quantity.count(cycles.size()),
                provenance(componentWhere, input.componentCycles(), input.at())));
        Provenance plain = Provenance.of(CompiledClasses.SOURCE, componentWhere, input.at());
        input.meanDistance().ifPresent(d -> evidence.add(Measurement.of(Metrics.MAIN_SEQUENCE_DISTANCE,
                Quantity.ratio(d), plain)));
        input.ccd().ifPresent(ccd -> evidence.add(Measurement.of(StructureMetrics.CUMULATIVE_COMPONENT_DEPENDENCY,
                Quantity.count(ccd), plain)));
        input.nccd().ifPresent(nccd -> evidence.add(Measurement.of(
                StructureMetrics.NORMALIZED_CUMULATIVE_COMPONENT_DEPENDENCY, Quantity.times(nccd), plain)));
        if (cycles.isEmpty()) {
            evidence.add(new Answer(Questions.ARCHITECTURE_MODULAR, "yes", Optional.of(componentCount
                    + " components, and no dependency cycle between them"), plain));
            unknowns.add("whether components scale independently: compiled classes show no cycle that would tie"
                    + " components together, but not whether they are deployed and scaled apart");
        } else {
            String first = cycles.get(0).path();
            String more = cycles.size() > 1 ? " and " + (cycles.size() - 1) + " more" : "";
            evidence.add(new Answer(Questions.ARCHITECTURE_MODULAR, "no", Optional.of("components depend on each other"
                    + " in a cycle: " + first + more), plain));
            evidence.add(new Answer(Questions.COMPONENTS_SCALE_INDEPENDENTLY, "no", Optional.of("components in a"
                    + " dependency cycle cannot be deployed or scaled without each other: " + first + more), plain));
        }
        return new Output(evidence, unknowns);
    }

    private static Provenance provenance(String where, DependencyGraph.Found found, Instant at) {
        String bound = found.truncated() ? " (enumeration stopped at " + found.cycles().size()
                + " cycles: there are at least that many)" : "";
        return Provenance.of(CompiledClasses.SOURCE, where + bound, at);
    }
}
