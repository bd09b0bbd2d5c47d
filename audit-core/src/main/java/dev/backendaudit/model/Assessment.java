package dev.backendaudit.model;

import dev.backendaudit.internal.Checks;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

/**
 * What evidence says about an audited system before any scoring: every criterion's finding, each
 * area's health and the evidence coverage. A {@code ScoringStrategy} turns it into a
 * {@link Verdict}.
 *
 * @param subject  the audited system's name
 * @param at       when the audit describes the system
 * @param areas    the area assessments, in the audit's area order
 * @param findings every finding, most important first
 * @param coverage how many applicable criteria evidence decided
 */
public record Assessment(String subject, Instant at, List<AreaAssessment> areas, List<Finding> findings,
                         Coverage coverage) {

    /** @throws IllegalArgumentException if the subject is blank */
    public Assessment {
        Checks.notBlank("assessment subject", subject);
        Checks.notNull("assessment time", at);
        areas = Checks.listCopy("assessment areas", areas);
        findings = Checks.listCopy("assessment findings", findings);
        Checks.notNull("assessment coverage", coverage);
    }

    /**
     * Builds the assessment from findings: groups them by area (keeping {@code areaOrder}), ranks
     * them, and counts coverage.
     */
    public static Assessment of(String subject, Instant at, List<Area> areaOrder, List<Finding> findings) {
        Checks.listCopy("assessment areas", areaOrder);
        Checks.listCopy("assessment findings", findings);
        List<AreaAssessment> areas = areaOrder.stream()
                .map(area -> AreaAssessment.of(area, findings.stream().filter(f -> f.area().equals(area))
                        .collect(Collectors.toList())))
                .collect(Collectors.toList());
        int decided = areas.stream().mapToInt(a -> a.coverage().decided()).sum();
        int applicable = areas.stream().mapToInt(a -> a.coverage().applicable()).sum();
        List<Finding> ranked = findings.stream().sorted(Finding.BY_IMPACT).collect(Collectors.toList());
        return new Assessment(subject, at, areas, ranked, new Coverage(decided, applicable));
    }

    /**
     * The assessment of {@code area}.
     *
     * @throws NoSuchElementException naming the audit's areas if {@code area} is not one of them
     */
    public AreaAssessment area(Area area) {
        return AreaLookup.find(areas, area, "the audit of " + subject);
    }

    /** The health of {@code area}; see {@link #area(Area)}. */
    public Health health(Area area) {
        return area(area).health();
    }

    /** The findings whose sign is present, most important first. */
    public List<Finding> present() {
        return AreaLookup.withStatus(findings, FindingStatus.PRESENT);
    }

    /** The findings evidence could not decide, most important first. */
    public List<Finding> unknown() {
        return AreaLookup.withStatus(findings, FindingStatus.UNKNOWN);
    }

    /** The areas that need attention or are critical, in area order. */
    public List<AreaAssessment> needingAttention() {
        return areas.stream().filter(a -> a.health().needsAttention()).toList();
    }
}
