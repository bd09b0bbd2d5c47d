package dev.backendaudit.report;

import dev.backendaudit.model.AreaAssessment;
import dev.backendaudit.model.ConditionCheck;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.IndicatorCheck;
import dev.backendaudit.model.NextStep;
import dev.backendaudit.model.Reason;
import dev.backendaudit.model.Sign;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.report.internal.CertaintySection;
import dev.backendaudit.report.internal.Words;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A verdict as GitHub-flavoured Markdown that fits a pull-request comment: the outcome first, how
 * sure it is (the outcome bounds, what would settle it, what would flip it), a table of areas, the findings that matter, the next steps; the rationale, the missing evidence
 * and every finding folded away in {@code <details>}.
 *
 * <pre>{@code
 * Files.writeString(Path.of("audit.md"), MarkdownReport.render(verdict));
 * // gh pr comment --body-file audit.md
 * }</pre>
 */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    /**
     * The verdict as Markdown, listing at most 10 findings before the fold.
     *
     * @param verdict the verdict to report
     * @return the Markdown text, e.g. for a pull request comment
     */
    public static String render(Verdict verdict) {
        return render(verdict, 10);
    }

    /**
     * The verdict as Markdown, listing at most {@code maxFindings} present findings before the fold.
     *
     * @param verdict     the verdict to report
     * @param maxFindings how many present findings to list before the fold; 0 or more
     * @return the Markdown text, e.g. for a pull request comment
     * @throws IllegalArgumentException if {@code maxFindings} is negative
     */
    public static String render(Verdict verdict, int maxFindings) {
        Objects.requireNonNull(verdict, "verdict must not be null");
        if (maxFindings < 0) {
            throw new IllegalArgumentException("maxFindings must be >= 0, but was " + maxFindings);
        }
        StringBuilder md = new StringBuilder();
        md.append("## ").append(Words.icon(verdict.outcome())).append(' ').append(verdict.outcome())
                .append(": ").append(text(verdict.subject())).append("\n\n");
        md.append("**").append(Words.outcome(verdict.outcome())).append("**: ")
                .append(Words.advice(verdict.outcome())).append("\n\n");
        md.append("> ").append(text(verdict.rationale().get(0).text())).append("\n\n");
        md.append("Audited ").append(verdict.at()).append(" · strategy `").append(verdict.strategy())
                .append("` · evidence for ").append(verdict.coverage()).append(" · evidence policy: ")
                .append(text(verdict.policy().toString())).append("\n\n");
        md.append(CertaintySection.markdown(verdict, MarkdownReport::text));
        areas(md, verdict);
        checks(md, verdict);
        findings(md, verdict, maxFindings);
        nextSteps(md, verdict.nextSteps());
        folded(md, verdict);
        return md.toString();
    }

    private static void areas(StringBuilder md, Verdict verdict) {
        md.append("| Area | Health | Evidence | Signs present |\n| --- | --- | --- | --- |\n");
        for (AreaAssessment area : verdict.areas()) {
            Map<Sign, Integer> signs = new LinkedHashMap<>();
            area.present().forEach(f -> signs.merge(f.sign(), 1, Integer::sum));
            String present = signs.isEmpty() ? "none" : String.join(", ", signs.entrySet().stream()
                    .map(e -> cell(e.getKey().title()) + (e.getValue() > 1 ? " (" + e.getValue() + ")" : ""))
                    .toList());
            md.append("| ").append(cell(area.area().name())).append(area.area().foundation() ? " *(foundation)*" : "")
                    .append(" | ").append(Words.icon(area.health())).append(' ').append(Words.health(area.health()))
                    .append(" | ").append(area.coverage().decided()).append(" of ").append(area.coverage().applicable())
                    .append(" | ").append(present).append(" |\n");
        }
        md.append('\n');
    }

    /** The rebuild indicators and the conditions the decision was checked on, each with its status. */
    private static void checks(StringBuilder md, Verdict verdict) {
        if (verdict.indicators().isEmpty() && verdict.conditions().isEmpty()) {
            return;
        }
        md.append("### What the decision was checked on\n\n| Check | Status | Why |\n| --- | --- | --- |\n");
        for (IndicatorCheck indicator : verdict.indicators()) {
            md.append("| Rebuild indicator: ").append(cell(indicator.indicator().title())).append(" | ")
                    .append(indicator.status()).append(indicator.severity().map(s -> " " + s).orElse("")).append(" | ")
                    .append(cell(indicator.text())).append(" |\n");
        }
        for (ConditionCheck condition : verdict.conditions()) {
            md.append("| Condition: ").append(cell(condition.statement())).append(" | ").append(condition.status())
                    .append(" | ").append(cell(condition.text())).append(" |\n");
        }
        md.append('\n');
    }

    private static void findings(StringBuilder md, Verdict verdict, int maxFindings) {
        List<Finding> present = Words.thatMatter(verdict);
        md.append("### Findings that matter\n\n");
        if (present.isEmpty()) {
            md.append("No warning sign is present on the evidence given.\n\n");
            return;
        }
        int n = 0;
        for (Finding finding : present.subList(0, Math.min(maxFindings, present.size()))) {
            md.append(++n).append(". ").append(Words.icon(finding.isAtLeast(dev.backendaudit.model.Severity.CRITICAL)
                            ? dev.backendaudit.model.Health.CRITICAL : dev.backendaudit.model.Health.NEEDS_ATTENTION))
                    .append(" **").append(Words.status(finding)).append("** · ").append(text(finding.area().name()))
                    .append(" · *").append(text(finding.sign().title())).append("*")
                    .append(finding.sign().isRebuildIndicator() ? " (rebuild indicator)" : "")
                    .append(": ").append(text(finding.explanation())).append(" `").append(finding.criterion().id())
                    .append("`\n");
        }
        if (present.size() > maxFindings) {
            md.append("\n…and ").append(present.size() - maxFindings).append(" more under *All findings* below.\n");
        }
        md.append('\n');
    }

    private static void nextSteps(StringBuilder md, List<NextStep> steps) {
        md.append("### Next steps\n\n");
        if (steps.isEmpty()) {
            md.append("None recommended.\n\n");
        }
        for (NextStep step : steps) {
            md.append("- **").append(text(step.title())).append("**: ").append(text(step.detail()));
            if (!step.motivatedBy().isEmpty()) {
                md.append(" (because of ").append(String.join(", ", step.motivatedByIds().stream()
                        .map(id -> "`" + id + "`").toList())).append(')');
            }
            md.append('\n');
        }
        md.append('\n');
    }

    private static void folded(StringBuilder md, Verdict verdict) {
        md.append("<details>\n<summary>Why: the rules that fired (").append(verdict.rationale().size())
                .append(")</summary>\n\n");
        for (Reason reason : verdict.rationale()) {
            md.append("- `").append(reason.rule()).append("`: ").append(text(reason.text())).append('\n');
        }
        md.append("\n</details>\n\n");
        List<Finding> unknown = verdict.unknown();
        md.append("<details>\n<summary>Evidence that would make the verdict surer (").append(unknown.size())
                .append(" criteria undecided)</summary>\n\n");
        for (Finding finding : unknown) {
            md.append("- `").append(finding.criterion().id()).append("`: ").append(text(finding.explanation()))
                    .append('\n');
        }
        md.append(unknown.isEmpty() ? "Every applicable criterion was decided.\n" : "")
                .append("\n</details>\n\n");
        if (!verdict.context().isEmpty()) {
            md.append("<details>\n<summary>Context: evidence no criterion judges (").append(verdict.context().size())
                    .append(")</summary>\n\n| Topic | Value | Source |\n| --- | --- | --- |\n");
            for (Evidence item : verdict.context()) {
                md.append("| ").append(cell(item.topic().name())).append(" | ").append(cell(item.describe()))
                        .append(" | ").append(cell(item.provenance().toString())).append(" |\n");
            }
            md.append("\n</details>\n\n");
        }
        md.append("<details>\n<summary>All findings (").append(verdict.findings().size()).append(")</summary>\n\n");
        md.append("| Status | Area | Criterion | Evidence | Finding |\n| --- | --- | --- | --- | --- |\n");
        for (Finding finding : verdict.findings()) {
            md.append("| ").append(Words.status(finding)).append(" | ").append(cell(finding.area().name()))
                    .append(" | `").append(finding.criterion().id()).append("` | ")
                    .append(finding.evidence().map(e -> cell(e.describe())).orElse("none")).append(" | ")
                    .append(cell(finding.explanation())).append(" |\n");
        }
        md.append("\n</details>\n");
    }

    /** Escapes Markdown and HTML syntax in running text, which comes from users and collectors. */
    static String text(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (char c : raw.toCharArray()) {
            if ("\\`*_[]<>|#".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c == '\n' || c == '\r' ? ' ' : c);
        }
        return out.toString();
    }

    private static String cell(String raw) {
        return text(raw);
    }
}
