package dev.backendaudit.report.internal;

import dev.backendaudit.model.Finding;
import dev.backendaudit.model.FindingStatus;
import dev.backendaudit.model.Health;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Verdict;
import java.util.List;

/** The words every report uses for outcomes, health and findings, so that the formats agree. */
public final class Words {

    private Words() {
    }

    /** {@code "Optimize"}. */
    public static String outcome(Outcome outcome) {
        return capitalized(outcome.name());
    }

    /** What the outcome asks of the team, in one sentence. */
    public static String advice(Outcome outcome) {
        switch (outcome) {
            case HEALTHY: return "the system is healthy on evidence; keep the practices that got it here.";
            case OPTIMIZE: return "the foundation holds; fix the problems below one at a time.";
            case REBUILD: return "the problems are structural; plan a staged rebuild rather than more patches.";
            case INCONCLUSIVE: return "too little evidence to decide honestly; gather the missing evidence below.";
            default: throw new AssertionError(outcome);
        }
    }

    /** {@code "Needs attention"}. */
    public static String health(Health health) {
        return capitalized(health.name());
    }

    /** An emoji for pull-request comments: ✅ ⚠️ ❌ ❔. */
    public static String icon(Health health) {
        switch (health) {
            case HEALTHY: return "\u2705";
            case NEEDS_ATTENTION: return "\u26a0\ufe0f";
            case CRITICAL: return "\u274c";
            case UNKNOWN: return "\u2754";
            default: throw new AssertionError(health);
        }
    }

    /** An emoji for an outcome: 🟢 🟠 🔴 ⚪. */
    public static String icon(Outcome outcome) {
        switch (outcome) {
            case HEALTHY: return "\ud83d\udfe2";
            case OPTIMIZE: return "\ud83d\udfe0";
            case REBUILD: return "\ud83d\udd34";
            case INCONCLUSIVE: return "\u26aa";
            default: throw new AssertionError(outcome);
        }
    }

    /** {@code "Critical"}, {@code "Warning"}, {@code "Unknown"}, {@code "Absent"}, {@code "Not applicable"}. */
    public static String status(Finding finding) {
        if (finding.status() == FindingStatus.PRESENT) {
            return capitalized(finding.severity().orElseThrow().name());
        }
        return capitalized(finding.status().name());
    }

    /** The findings worth a reader's attention first: present ones, most important first. */
    public static List<Finding> thatMatter(Verdict verdict) {
        return verdict.present();
    }

    /** {@code "NEEDS_ATTENTION"} to {@code "Needs attention"}. */
    public static String capitalized(String constant) {
        String words = constant.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
