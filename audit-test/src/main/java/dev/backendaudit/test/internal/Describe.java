package dev.backendaudit.test.internal;

import dev.backendaudit.model.AreaAssessment;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.Reason;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.text.CertaintyText;
import java.util.List;

/** Renders the parts of a verdict a failure message shows, so a CI log alone says what to fix. */
public final class Describe {

    private Describe() {
    }

    /** The rationale and the present findings of {@code verdict}, with their evidence and sources. */
    public static String verdict(Verdict verdict) {
        StringBuilder text = new StringBuilder();
        text.append("Verdict on ").append(verdict.subject()).append(" at ").append(verdict.at())
                .append(": ").append(verdict.outcome()).append(" (strategy ").append(verdict.strategy())
                .append(", coverage ").append(verdict.coverage()).append(")\n");
        text.append("Rationale:\n");
        for (Reason reason : verdict.rationale()) {
            text.append("  [").append(reason.rule()).append("] ").append(reason.text()).append('\n');
        }
        text.append(findings("Findings behind it", verdict.present()));
        return text.toString();
    }

    /** How sure {@code verdict} is: its bounds, what would settle it, what would flip it, its margin. */
    public static String certainty(Verdict verdict) {
        return "How sure:\n" + CertaintyText.render(verdict);
    }

    /** An area's health and its present findings. */
    public static String area(AreaAssessment area) {
        return area.area().name() + " is " + area.health() + " (" + area.coverage() + ")\n"
                + findings("Findings behind it", area.present());
    }

    /** A titled list of findings, one per line with severity, criterion, sign and explanation. */
    public static String findings(String title, List<Finding> findings) {
        StringBuilder text = new StringBuilder(title).append(":\n");
        if (findings.isEmpty()) {
            text.append("  none\n");
        }
        for (Finding finding : findings) {
            text.append("  ").append(finding(finding)).append('\n');
        }
        return text.toString();
    }

    /** {@code "WARNING performance.latency-p95-peak (Slow performance): p95 latency ... ; source: ..."}. */
    public static String finding(Finding finding) {
        return finding.severity().map(Enum::name).orElse(finding.status().name()) + " " + finding.criterion().id()
                + " (" + finding.sign().title() + "): " + finding.explanation();
    }
}
