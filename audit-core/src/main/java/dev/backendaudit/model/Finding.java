package dev.backendaudit.model;

import dev.backendaudit.internal.Checks;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of one {@link Criterion}: its sign is {@link FindingStatus#ABSENT},
 * {@link FindingStatus#PRESENT} with a {@link Severity}, {@link FindingStatus#UNKNOWN} for want of
 * evidence, or {@link FindingStatus#NOT_APPLICABLE}; with the evidence that decided it and a
 * sentence a person can act on, such as
 * {@code "p95 latency under peak load is 870 ms, above the 300 ms warning bound (critical above 1 s); source: manual"}.
 *
 * @param criterion   the rule that was applied
 * @param status      what it found
 * @param severity    how bad, present exactly when the status is {@code PRESENT}
 * @param evidence    the evidence that decided it; empty when none was given
 * @param explanation the finding in one sentence
 * @param excess      how far past its bound the evidence lies, relative to the bound (0.5 means 50 %
 *                    beyond); 0 unless present. Used to rank findings of equal severity.
 */
public record Finding(Criterion criterion, FindingStatus status, Optional<Severity> severity,
                      Optional<Evidence> evidence, String explanation, double excess) {

    /**
     * Orders findings by impact, most important first: present before unknown before absent and
     * not applicable; critical before warning; rebuild indicators, then foundation areas first; then
     * the larger excess; then by criterion id, so that the order is total and deterministic.
     */
    public static final Comparator<Finding> BY_IMPACT = Finding::compareByImpact;

    /**
     * {@code findings} ranked {@link #BY_IMPACT}, most important first: the same order, computed from keys
     * taken once per finding rather than on every comparison (the engine ranks every evaluation's findings).
     *
     * @param findings the findings, none null
     * @return a new mutable list in rank order
     */
    public static List<Finding> rank(List<Finding> findings) {
        Ranked[] keyed = new Ranked[findings.size()];
        for (int i = 0; i < keyed.length; i++) {
            Finding f = Checks.notNull("finding", findings.get(i));
            Sign sign = f.criterion.sign();
            // as BY_IMPACT: critical, then warning, then none
            int severityRank = f.severity.isEmpty() ? 2 : f.severity.get() == Severity.CRITICAL ? 0 : 1;
            int key = (((f.statusRank() * 8 + severityRank) * 2 + (sign.isRebuildIndicator() ? 0 : 1)) * 2)
                    + (f.criterion.area().foundation() ? 0 : 1);
            keyed[i] = new Ranked(key, f.excess, f.criterion.id(), f);
        }
        java.util.Arrays.sort(keyed, Ranked::compare);
        List<Finding> ranked = new java.util.ArrayList<>(keyed.length);
        for (Ranked r : keyed) {
            ranked.add(r.finding);
        }
        return ranked;
    }

    private record Ranked(int key, double excess, String id, Finding finding) {
        private static int compare(Ranked a, Ranked b) {
            int order = Integer.compare(a.key, b.key);
            if (order != 0) {
                return order;
            }
            order = Double.compare(b.excess, a.excess);
            return order != 0 ? order : a.id.compareTo(b.id);
        }
    }

    // written out rather than chained from Comparator.comparing: every evaluation sorts its findings
    // three times, and the chained form boxed a Boolean and a Double on each comparison
    private static int compareByImpact(Finding a, Finding b) {
        int order = Integer.compare(a.statusRank(), b.statusRank());
        if (order != 0) {
            return order;
        }
        Severity sa = a.severity.orElse(null);
        Severity sb = b.severity.orElse(null);
        if (sa != sb) {
            return sa == null ? 1 : sb == null ? -1 : sb.compareTo(sa);   // more severe first, none last
        }
        Sign signA = a.criterion.sign();
        Sign signB = b.criterion.sign();
        order = Boolean.compare(!signA.isRebuildIndicator(), !signB.isRebuildIndicator());
        if (order != 0) {
            return order;
        }
        order = Boolean.compare(!a.criterion.area().foundation(), !b.criterion.area().foundation());
        if (order != 0) {
            return order;
        }
        order = Double.compare(b.excess, a.excess);
        return order != 0 ? order : a.criterion.id().compareTo(b.criterion.id());
    }

    /** @throws IllegalArgumentException if severity is given for a status other than PRESENT, or missing for PRESENT */
    public Finding {
        Checks.notNull("finding criterion", criterion);
        Checks.notNull("finding status of", criterion.id(), status);
        Checks.notNull("finding severity of", criterion.id(), severity);
        Checks.notNull("finding evidence of", criterion.id(), evidence);
        Checks.notBlank("finding explanation of", criterion.id(), explanation);
        Checks.finite("finding excess of", criterion.id(), excess);
        if (severity.isPresent() != (status == FindingStatus.PRESENT)) {
            throw new IllegalArgumentException("finding severity of '" + criterion.id()
                    + "' must be given exactly when the status is PRESENT, but status was " + status
                    + " and severity was " + severity.map(Enum::name).orElse("none"));
        }
    }

    /** The sign is present with {@code severity}. */
    public static Finding present(Criterion criterion, Severity severity, Evidence evidence, String explanation,
                                  double excess) {
        return new Finding(criterion, FindingStatus.PRESENT, Optional.of(severity), Optional.of(evidence),
                explanation, excess);
    }

    /** The evidence shows the sign is not there. */
    public static Finding absent(Criterion criterion, Evidence evidence, String explanation) {
        return new Finding(criterion, FindingStatus.ABSENT, Optional.empty(), Optional.of(evidence), explanation, 0);
    }

    /** No usable evidence; {@code explanation} says what evidence would decide it. */
    public static Finding unknown(Criterion criterion, Optional<Evidence> evidence, String explanation) {
        return new Finding(criterion, FindingStatus.UNKNOWN, Optional.empty(), evidence, explanation, 0);
    }

    /** The criterion does not apply, as {@code evidence} says. */
    public static Finding notApplicable(Criterion criterion, NotApplicable evidence) {
        return new Finding(criterion, FindingStatus.NOT_APPLICABLE, Optional.empty(), Optional.of(evidence),
                criterion.topic().name() + " does not apply: " + evidence.reason() + "; source: "
                        + evidence.provenance(), 0);
    }

    /** The sign the criterion detects. */
    public Sign sign() {
        return criterion.sign();
    }

    /** The area of the sign. */
    public Area area() {
        return criterion.area();
    }

    /** Whether the sign is present. */
    public boolean isPresent() {
        return status == FindingStatus.PRESENT;
    }

    /** Whether the sign is present at {@code level} or worse. */
    public boolean isAtLeast(Severity level) {
        return severity.map(s -> s.compareTo(level) >= 0).orElse(false);
    }

    private int statusRank() {
        switch (status) {
            case PRESENT: return 0;
            case UNKNOWN: return 1;
            case ABSENT: return 2;
            case NOT_APPLICABLE: return 3;
            default: throw new AssertionError(status);
        }
    }

    @Override
    public String toString() {
        return status + severity.map(s -> " " + s).orElse("") + " " + criterion.id() + ": " + explanation;
    }
}
