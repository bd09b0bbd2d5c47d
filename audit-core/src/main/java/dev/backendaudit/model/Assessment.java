package dev.backendaudit.model;

import dev.backendaudit.internal.Checks;
import java.time.Instant;
import java.util.List;
import java.util.ArrayList;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * What evidence says about an audited system before any scoring: every criterion's finding, each
 * area's health and the evidence coverage. A {@code ScoringStrategy} turns it into a
 * {@link Verdict}.
 *
 * @param subject    the audited system's name
 * @param at         when the audit describes the system
 * @param areas      the area assessments, in the audit's area order
 * @param findings   every finding, most important first
 * @param coverage   how many applicable criteria evidence decided
 * @param indicators each rebuild indicator that some criterion of the audit bears on, decided from
 *                   every finding that bears on it (see {@link IndicatorCheck})
 * @param context    the evidence no criterion judged (a measurement without bounds, a collector's
 *                   extra figures): carried and shown, never dropped
 */
public record Assessment(String subject, Instant at, List<AreaAssessment> areas, List<Finding> findings,
                         Coverage coverage, List<IndicatorCheck> indicators, List<Evidence> context) {

    /** @throws IllegalArgumentException if the subject is blank */
    public Assessment {
        Checks.notBlank("assessment subject", subject);
        Checks.notNull("assessment time", at);
        areas = Checks.listCopy("assessment areas", areas);
        findings = Checks.listCopy("assessment findings", findings);
        Checks.notNull("assessment coverage", coverage);
        indicators = Checks.listCopy("assessment indicators", indicators);
        context = Checks.listCopy("assessment context", context);
    }

    /**
     * Builds the assessment from findings: groups them by area (keeping {@code areaOrder}), ranks
     * them, and counts coverage. The engine ({@code Evaluator.assess}) is the usual way to get one.
     *
     * @param subject    the audited system's name
     * @param at         when the audit describes the system
     * @param areaOrder  the audit's areas, in report order
     * @param findings   every criterion's finding
     * @param indicators the rebuild indicators decided from the findings
     * @param context    the evidence no criterion judged
     * @return the assessment
     */
    public static Assessment of(String subject, Instant at, List<Area> areaOrder, List<Finding> findings,
                                List<IndicatorCheck> indicators, List<Evidence> context) {
        Checks.listCopy("assessment areas", areaOrder);
        Checks.listCopy("assessment findings", findings);
        List<AreaAssessment> areas = new ArrayList<>(areaOrder.size());
        for (Area area : areaOrder) {
            List<Finding> own = new ArrayList<>();
            for (Finding finding : findings) {
                if (finding.area().equals(area)) {
                    own.add(finding);
                }
            }
            areas.add(AreaAssessment.of(area, own));
        }
        int decided = 0;
        int applicable = 0;
        for (AreaAssessment area : areas) {
            decided += area.coverage().decided();
            applicable += area.coverage().applicable();
        }
        List<Finding> ranked = new ArrayList<>(findings);
        ranked.sort(Finding.BY_IMPACT);
        return new Assessment(subject, at, areas, ranked, new Coverage(decided, applicable), indicators, context);
    }

    /**
     * The check of rebuild indicator {@code indicator}, if some criterion of the audit bears on it.
     *
     * @param indicator a rebuild indicator sign
     * @return its check, or empty when nothing in the audit bears on it
     */
    public Optional<IndicatorCheck> indicator(Sign indicator) {
        Checks.notNull("indicator", indicator);
        return indicators.stream().filter(i -> i.indicator().equals(indicator)).findFirst();
    }

    /**
     * The areas that count for the evidence policy: those with at least one applicable criterion.
     *
     * @return the counted areas, in area order
     */
    public List<AreaAssessment> countedAreas() {
        return areas.stream().filter(a -> a.coverage().applicable() > 0).toList();
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
