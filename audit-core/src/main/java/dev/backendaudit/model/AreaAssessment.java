package dev.backendaudit.model;

import dev.backendaudit.internal.Checks;
import java.util.List;

/**
 * An area's health and the findings behind it.
 *
 * @param area     the area
 * @param health   its health
 * @param findings the findings of its criteria, most important first
 * @param coverage how many of its criteria evidence decided
 */
public record AreaAssessment(Area area, Health health, List<Finding> findings, Coverage coverage) {

    /** @throws IllegalArgumentException if a finding belongs to another area */
    public AreaAssessment {
        Checks.notNull("assessment area", area);
        Checks.notNull("assessment health of", area.id(), health);
        findings = Checks.listCopy("assessment findings of", area.id(), findings);
        Checks.notNull("assessment coverage of", area.id(), coverage);
        for (Finding finding : findings) {
            Area own = finding.area();
            if (own != area && !own.equals(area)) {
                throw new IllegalArgumentException("assessment findings of '" + area.id() + "' must belong to it, but '"
                        + finding.criterion().id() + "' belongs to '" + finding.area().id() + "'");
            }
        }
    }

    /**
     * Judges an area from its findings: CRITICAL if any is present at critical severity,
     * NEEDS_ATTENTION if any is present, HEALTHY if at least one was decided and none is present,
     * and UNKNOWN when evidence decided none.
     */
    public static AreaAssessment of(Area area, List<Finding> findings) {
        Checks.notNull("assessment area", area);
        List<Finding> ranked = Checks.listCopy("assessment findings of", area.id(), findings)
                .stream().sorted(Finding.BY_IMPACT).toList();
        int decided = 0;
        int applicable = 0;
        Health health = Health.UNKNOWN;
        for (Finding finding : ranked) {
            if (finding.status() != FindingStatus.NOT_APPLICABLE) {
                applicable++;
            }
            if (finding.status().isDecided()) {
                decided++;
            }
            health = worse(health, healthOf(finding));
        }
        return new AreaAssessment(area, health, ranked, new Coverage(decided, applicable));
    }

    private static Health healthOf(Finding finding) {
        switch (finding.status()) {
            case PRESENT: return finding.isAtLeast(Severity.CRITICAL) ? Health.CRITICAL : Health.NEEDS_ATTENTION;
            case ABSENT: return Health.HEALTHY;
            default: return Health.UNKNOWN;
        }
    }

    private static Health worse(Health a, Health b) {
        return rank(a) >= rank(b) ? a : b;
    }

    private static int rank(Health health) {
        switch (health) {
            case UNKNOWN: return 0;
            case HEALTHY: return 1;
            case NEEDS_ATTENTION: return 2;
            case CRITICAL: return 3;
            default: throw new AssertionError(health);
        }
    }

    /** The findings whose sign is present, most important first. */
    public List<Finding> present() {
        List<Finding> present = new java.util.ArrayList<>(findings.size());
        for (Finding finding : findings) {
            if (finding.isPresent()) {
                present.add(finding);
            }
        }
        return java.util.Collections.unmodifiableList(present);
    }

    /** {@code "Performance: NEEDS_ATTENTION (2 of 5 criteria decided)"}. */
    @Override
    public String toString() {
        return area.name() + ": " + health + " (" + coverage + ")";
    }
}
