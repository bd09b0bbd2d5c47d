package dev.backendaudit.model;

import dev.backendaudit.internal.Checks;
import dev.backendaudit.internal.Lists;
import dev.backendaudit.internal.NearestMatch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.immutables.value.Value;

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
@Value.Builder
public record Assessment(String subject, Instant at, List<AreaAssessment> areas, List<Finding> findings,
                         Coverage coverage, List<IndicatorCheck> indicators, List<Evidence> context) implements WithAssessment {

    /** @throws IllegalArgumentException if the subject is blank */
    public Assessment {
        Checks.notBlank("assessment subject", subject);
        Checks.instant("assessment time", at);
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
        List<Area> order = Checks.listCopy("assessment areas", areaOrder);
        // ranked once here: each area receives its findings in that order, which its own sort checks in one pass
        Finding[] ranked = Checks.notNull("assessment findings", findings).toArray(new Finding[0]);
        for (int i = 0; i < ranked.length; i++) {
            if (ranked[i] == null) {
                throw new NullPointerException("assessment findings[" + i + "] must not be null");
            }
        }
        java.util.Arrays.sort(ranked, Finding.BY_IMPACT);
        List<Finding> all = List.of(ranked);
        List<AreaAssessment> areas = new ArrayList<>(order.size());
        int decided = 0;
        int applicable = 0;
        // one pass over the findings, each placed in its area (the same instance, almost always)
        List<List<Finding>> own = new ArrayList<>(order.size());
        order.forEach(area -> own.add(new ArrayList<>()));
        for (Finding finding : all) {
            Area area = finding.area();
            for (int i = 0; i < order.size(); i++) {
                Area candidate = order.get(i);
                if (candidate == area || candidate.equals(area)) {
                    own.get(i).add(finding);
                    break;
                }
            }
        }
        for (int i = 0; i < order.size(); i++) {
            AreaAssessment assessed = AreaAssessment.of(order.get(i), own.get(i));
            decided += assessed.coverage().decided();
            applicable += assessed.coverage().applicable();
            areas.add(assessed);
        }
        return new Assessment(subject, at, areas, all, new Coverage(decided, applicable), indicators, context);
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
        return Lists.filter(areas, a -> a.coverage().applicable() > 0);
    }

    /**
     * The assessment of {@code area}.
     *
     * @throws NoSuchElementException naming the audit's areas if {@code area} is not one of them
     */
    public AreaAssessment area(Area area) {
        Checks.notNull("area", area);
        for (AreaAssessment assessment : areas) {
            if (assessment.area().equals(area)) {
                return assessment;
            }
        }
        throw new NoSuchElementException("area '" + area.id() + "' is not part of the audit of " + subject
                + NearestMatch.suggestion(area.id(), Lists.map(areas, a -> a.area().id())));
    }

    /**
     * The finding of the criterion with {@code id}.
     *
     * @param id a criterion id
     * @return its finding
     * @throws UnknownIdException naming the nearest criterion if the audit has no criterion with {@code id}
     */
    public Finding finding(String id) {
        Checks.notNull("criterion id", id);
        for (Finding finding : findings) {
            if (finding.criterion().id().equals(id)) {
                return finding;
            }
        }
        throw new UnknownIdException("the audit of " + subject + " has no criterion '" + id + "'", id,
                Lists.map(findings, f -> f.criterion().id()));
    }

    /** The health of {@code area}; see {@link #area(Area)}. */
    public Health health(Area area) {
        return area(area).health();
    }

    /** The findings whose sign is present, most important first. */
    public List<Finding> present() {
        return withStatus(FindingStatus.PRESENT);
    }

    /** The findings evidence could not decide, most important first. */
    public List<Finding> unknown() {
        return withStatus(FindingStatus.UNKNOWN);
    }

    private List<Finding> withStatus(FindingStatus status) {
        List<Finding> matching = new ArrayList<>();
        for (Finding finding : findings) {
            if (finding.status() == status) {
                matching.add(finding);
            }
        }
        return List.copyOf(matching);
    }

    /** The areas that need attention or are critical, in area order. */
    public List<AreaAssessment> needingAttention() {
        return Lists.filter(areas, a -> a.health().needsAttention());
    }
}
