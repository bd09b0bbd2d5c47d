package dev.backendaudit.model;

import dev.backendaudit.internal.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A named, versioned set of areas and the criteria that judge them. The standard one is
 * {@code dev.backendaudit.checklist.StandardChecklist.checklist()}; a team may start an audit from
 * it, from its own, or from none.
 *
 * @param name     the checklist's name
 * @param version  its version; a new one whenever a criterion or bound changes
 * @param areas    its areas, in the order reports show them
 * @param criteria its criteria; ids are unique and every criterion's area is one of {@code areas}
 */
public record Checklist(String name, String version, List<Area> areas, List<Criterion> criteria) {

    /**
     * Creates a {@code Checklist}, checking its components.
     *
     * @param name     the checklist's name
     * @param version  its version; a new one whenever a criterion or bound changes
     * @param areas    its areas, in the order reports show them
     * @param criteria its criteria; ids are unique and every criterion's area is one of {@code areas}
     * @throws IllegalArgumentException if ids repeat or a criterion's area is missing
     */
    public Checklist {
        Checks.notBlank("checklist name", name);
        Checks.notBlank("checklist version", version);
        areas = Checks.listCopy("checklist areas", areas);
        criteria = Checks.listCopy("checklist criteria", criteria);
        Set<String> areaIds = new HashSet<>();
        for (Area area : areas) {
            if (!areaIds.add(area.id())) {
                throw new IllegalArgumentException("checklist areas must be distinct, but '" + area.id() + "' repeats");
            }
        }
        Set<String> criterionIds = new HashSet<>();
        for (Criterion criterion : criteria) {
            if (!criterionIds.add(criterion.id())) {
                throw new IllegalArgumentException("checklist criteria ids must be unique, but '" + criterion.id()
                        + "' repeats");
            }
            if (!areaIds.contains(criterion.area().id())) {
                throw new IllegalArgumentException("checklist criterion '" + criterion.id() + "' belongs to area '"
                        + criterion.area().id() + "', which must be one of the checklist's areas " + areaIds);
            }
        }
    }
}
