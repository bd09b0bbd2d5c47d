package dev.backendaudit.text;

import dev.backendaudit.internal.Checks;
import dev.backendaudit.model.AreaAssessment;
import dev.backendaudit.model.ConditionCheck;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.Figure;
import dev.backendaudit.model.IndicatorCheck;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.NextStep;
import dev.backendaudit.model.Reason;
import dev.backendaudit.model.Verdict;
import java.util.List;

/**
 * Renders a {@link Verdict} as plain text a tech lead reads at a glance: the outcome, each area's
 * health, how sure the verdict is and what would change it ({@link CertaintyText}), the rebuild
 * indicators and the conditions the decision was checked on, the findings with
 * their reasons, the coverage, the evidence no criterion judged (context), and the next steps.
 *
 * <pre>{@code
 * System.out.println(VerdictText.render(verdict));
 * }</pre>
 */
public final class VerdictText {

    private VerdictText() {
    }

    /**
     * The verdict as text, listing at most 10 findings that matter (present or unknown).
     *
     * @param verdict the verdict to render; not null
     * @return the text, in the order described above, one item per line
     */
    public static String render(Verdict verdict) {
        return render(verdict, 10);
    }

    /**
     * The verdict as text, listing at most {@code maxFindings} findings that matter.
     *
     * @param verdict     the verdict to render; not null
     * @param maxFindings how many present or unknown findings to list at most; 0 or more
     * @return the text, in the order described above, one item per line
     * @throws IllegalArgumentException if {@code maxFindings} is negative
     */
    public static String render(Verdict verdict, int maxFindings) {
        Checks.notNull("verdict", verdict);
        if (maxFindings < 0) {
            throw new IllegalArgumentException("maxFindings must be >= 0, but was " + maxFindings);
        }
        StringBuilder out = new StringBuilder();
        out.append("Backend audit of ").append(verdict.subject()).append(" at ").append(verdict.at())
                .append('\n');
        out.append("Verdict: ").append(verdict.outcome()).append("   (strategy ").append(verdict.strategy())
                .append(", coverage ").append(verdict.coverage()).append(")\n");
        out.append("Evidence policy: ").append(verdict.policy()).append("\n\n");
        out.append("Why:\n");
        for (Reason reason : verdict.rationale()) {
            out.append("  - [").append(reason.rule()).append("] ").append(reason.text()).append('\n');
        }
        out.append("\nHow sure:\n").append(CertaintyText.render(verdict));
        out.append("\nAreas:\n");
        int width = verdict.areas().stream().mapToInt(a -> a.area().name().length()).max().orElse(0);
        for (AreaAssessment area : verdict.areas()) {
            out.append("  ").append(pad(area.area().name(), width)).append("  ").append(pad(area.health().name(), 15))
                    .append("  ").append(area.coverage().decided()).append('/').append(area.coverage().applicable())
                    .append(" decided").append(area.area().foundation() ? "  (foundation)" : "").append('\n');
        }
        if (!verdict.indicators().isEmpty()) {
            out.append("\nRebuild indicators:\n");
            for (IndicatorCheck indicator : verdict.indicators()) {
                out.append("  ").append(pad(indicator.status() + indicator.severity().map(s -> " " + s).orElse(""), 16))
                        .append(' ').append(indicator.indicator().title()).append(": ").append(indicator.text())
                        .append('\n');
            }
        }
        if (!verdict.conditions().isEmpty()) {
            out.append("\nConditions for optimization:\n");
            for (ConditionCheck condition : verdict.conditions()) {
                out.append("  ").append(pad(condition.status().name(), 16)).append(' ').append(condition.statement())
                        .append(": ").append(condition.text()).append('\n');
            }
        }
        List<Finding> present = verdict.present();
        out.append("\nFindings (").append(present.size()).append(" present, ").append(verdict.unknown().size())
                .append(" unknown):\n");
        List<Finding> shown = verdict.findings().stream()
                .filter(f -> f.isPresent()).limit(maxFindings).toList();
        if (shown.isEmpty()) {
            out.append("  none present\n");
        }
        for (Finding finding : shown) {
            out.append("  ").append(pad(finding.severity().map(Enum::name).orElse(""), 8)).append(' ')
                    .append(finding.sign().title()).append(" [").append(finding.area().name()).append("]\n")
                    .append("           ").append(finding.explanation()).append('\n');
        }
        if (present.size() > shown.size()) {
            out.append("  ... and ").append(present.size() - shown.size()).append(" more\n");
        }
        if (!verdict.context().isEmpty()) {
            out.append("\nContext (evidence no criterion judges):\n");
            for (Evidence item : verdict.context()) {
                out.append("  ").append(item.topic().name()).append(": ").append(item.describe()).append("; source: ")
                        .append(item.provenance()).append('\n');
            }
        }
        if (!verdict.figures().isEmpty()) {
            out.append("\nFigures:\n");
            for (Figure<?> key : verdict.figures().keys()) {
                String name = key.owner().equals(verdict.strategy().name()) ? key.name() : key.qualifiedName();
                out.append("  ").append(name).append(": ").append(verdict.figures().format(key)).append('\n');
            }
        }
        out.append("\nNext steps:\n");
        for (NextStep step : verdict.nextSteps()) {
            out.append("  - ").append(step.title()).append(": ").append(step.detail());
            if (!step.motivatedBy().isEmpty()) {
                out.append(" (because of ").append(String.join(", ", step.motivatedByIds())).append(')');
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
