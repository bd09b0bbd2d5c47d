package dev.backendaudit.scoring.internal;

import dev.backendaudit.checklist.Bearing;
import dev.backendaudit.model.Criterion;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.FindingStatus;
import dev.backendaudit.model.Sign;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Sorts the findings that bear on an indicator or a condition: those that count for it, those that bear
 * on it but were not decided, and all that bear on it. Not part of the API.
 *
 * @param bearing  every finding that bears on it, most important first
 * @param counting the bearing findings present at their bearing's severity, most important first
 * @param unknown  the bearing findings that evidence did not decide
 */
public record BearingJudge(List<Finding> bearing, List<Finding> counting, List<Finding> unknown) {

    /**
     * Judges {@code findings} (ranked, most important first) against {@code bearings}.
     *
     * @param findings the assessment's findings
     * @param bearings what bears on it
     * @return the sorted findings
     */
    public static BearingJudge of(List<Finding> findings, List<Bearing> bearings) {
        List<Finding> bearing = new ArrayList<>();
        List<Finding> counting = new ArrayList<>();
        List<Finding> unknown = new ArrayList<>();
        for (Finding finding : findings) {
            boolean bears = false;
            boolean counts = false;
            Sign sign = finding.sign();
            for (Bearing b : bearings) {
                if (sign == b.sign() || sign.equals(b.sign())) {
                    bears = true;
                    counts |= finding.isAtLeast(b.countsAt());
                }
            }
            if (!bears) {
                continue;
            }
            bearing.add(finding);
            if (counts) {
                counting.add(finding);
            } else if (finding.status() == FindingStatus.UNKNOWN) {
                unknown.add(finding);
            }
        }
        return new BearingJudge(List.copyOf(bearing), List.copyOf(counting), List.copyOf(unknown));
    }

    /** Whether nothing in the audit bears on it. */
    public boolean nothingBears() {
        return bearing.isEmpty();
    }

    /** The criterion ids of {@code findings}, comma-separated. */
    public static String ids(List<Finding> findings) {
        if (findings.size() == 1) {
            return findings.get(0).criterion().id();
        }
        StringBuilder text = new StringBuilder(findings.size() * 32);
        for (Finding finding : findings) {
            if (text.length() > 0) {
                text.append(", ");
            }
            text.append(finding.criterion().id());
        }
        return text.toString();
    }

    /** The criteria of {@code findings}. */
    public static List<Criterion> criteria(List<Finding> findings) {
        Criterion[] criteria = new Criterion[findings.size()];
        for (int i = 0; i < criteria.length; i++) {
            criteria[i] = findings.get(i).criterion();
        }
        return List.of(criteria);
    }

    /** Each finding as {@code "id (explanation)"}, joined by "; ". */
    public static String explained(List<Finding> findings) {
        return findings.stream().map(f -> f.criterion().id() + " (" + f.explanation() + ")")
                .collect(Collectors.joining("; "));
    }
}
