package dev.backendaudit.model;

import dev.backendaudit.internal.NearestMatch;
import java.util.List;
import java.util.NoSuchElementException;

/** Finds an area's assessment in a list, for {@link Assessment} and {@link Verdict}. */
final class AreaLookup {

    private AreaLookup() {
    }

    /** The assessment of {@code area} in {@code areas}, or an error naming the areas there are. */
    static AreaAssessment find(List<AreaAssessment> areas, Area area, String what) {
        return areas.stream().filter(a -> a.area().equals(area)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("area '" + area.id() + "' is not part of " + what
                        + NearestMatch.suggestion(area.id(), areas.stream().map(a -> a.area().id()).toList())));
    }

    /** The findings with {@code status}, in their order. */
    static List<Finding> withStatus(List<Finding> findings, FindingStatus status) {
        return findings.stream().filter(f -> f.status() == status).toList();
    }
}
