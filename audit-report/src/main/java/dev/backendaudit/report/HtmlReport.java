package dev.backendaudit.report;

import dev.backendaudit.model.AreaAssessment;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.ConditionCheck;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.FindingStatus;
import dev.backendaudit.model.Health;
import dev.backendaudit.model.IndicatorCheck;
import dev.backendaudit.model.NextStep;
import dev.backendaudit.model.Reason;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.report.internal.CertaintySection;
import dev.backendaudit.report.internal.Charts;
import dev.backendaudit.report.internal.Html;
import dev.backendaudit.report.internal.Words;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A verdict as one self-contained HTML page (inline CSS and SVG, no fonts, scripts or images from
 * the network): the outcome at the top with a bar of the outcomes its unknowns still allow, how sure it
 * is (what would settle it, what would flip it, its margin), each area's health as a ring of its findings, each area's
 * health over time where history exists, the findings that matter, the next steps, and the
 * rationale, the missing evidence and every finding folded below.
 *
 * <pre>{@code
 * Files.writeString(Path.of("audit.html"), HtmlReport.render(verdict));
 * Files.writeString(Path.of("audit.html"), HtmlReport.render(verdict, VerdictJson.loadHistory(folder, subject)));
 * }</pre>
 *
 * <p>The page carries one small inline script that records any script error, failed load or
 * console error in the {@code data-report-errors} attribute of {@code <html>}, so that a browser
 * test can tell a clean render from a broken one.
 */
public final class HtmlReport {

    private static final String CSS = resource("report.css");
    private static final String SCRIPT = resource("report.js");

    private HtmlReport() {
    }

    /**
     * The verdict as an HTML page, without history.
     *
     * @param verdict the verdict to report
     * @return a self-contained HTML page (styles and script inline)
     */
    public static String render(Verdict verdict) {
        return render(verdict, AuditHistory.empty());
    }

    /**
     * The verdict as an HTML page with each area's trend over {@code history} and the verdict.
     *
     * @param verdict the verdict to report
     * @param history earlier verdicts of the verdict's subject, oldest first; empty for no trend
     * @return a self-contained HTML page (styles and script inline)
     * @throws IllegalArgumentException if the history is of another subject
     */
    public static String render(Verdict verdict, AuditHistory history) {
        Objects.requireNonNull(verdict, "verdict must not be null");
        Objects.requireNonNull(history, "history must not be null");
        List<Verdict> timeline = new ArrayList<>();
        for (Verdict earlier : history.verdicts()) {
            if (!earlier.subject().equals(verdict.subject())) {
                throw new IllegalArgumentException("history must be of the verdict's subject \"" + verdict.subject()
                        + "\", but holds a verdict of \"" + earlier.subject() + "\"");
            }
            if (earlier.at().isBefore(verdict.at())) {
                timeline.add(earlier);
            }
        }
        timeline.add(verdict);
        StringBuilder html = new StringBuilder(32_768);
        String title = "Backend audit of " + verdict.subject() + ": " + verdict.outcome();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n")
                .append("<script>\n").append(SCRIPT).append("</script>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
        header(html, verdict);
        html.append(CertaintySection.html(verdict));
        areas(html, verdict);
        if (timeline.size() > 1) {
            html.append("<section id=\"trend\">\n<h2>Each area over time</h2>\n<div class=\"scroll\">")
                    .append(Charts.timeline(timeline)).append("</div>\n</section>\n");
        }
        checks(html, verdict);
        findings(html, verdict);
        nextSteps(html, verdict.nextSteps());
        folded(html, verdict);
        html.append("</main>\n<footer>Backend audit report · strategy ").append(Html.escape(verdict.strategy().toString()))
                .append(" · audited ").append(verdict.at()).append("</footer>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void header(StringBuilder html, Verdict verdict) {
        html.append("<header class=\"outcome ").append(Html.cssClass(verdict.outcome())).append("\">\n")
                .append("<h1 id=\"outcome\">").append(verdict.outcome()).append("</h1>\n")
                .append("<div class=\"subject\">").append(Html.escape(verdict.subject())).append("</div>\n")
                .append("<p><strong>").append(Words.outcome(verdict.outcome())).append("</strong>: ")
                .append(Html.escape(Words.advice(verdict.outcome()))).append("</p>\n")
                .append("<p>").append(Html.escape(verdict.rationale().get(0).text())).append("</p>\n")
                .append("<p>Evidence decided ").append(Html.escape(verdict.coverage().toString()))
                .append("; evidence policy: ").append(Html.escape(verdict.policy().toString())).append("</p>\n")
                .append(CertaintySection.htmlBar(verdict))
                .append("</header>\n");
    }

    private static void areas(StringBuilder html, Verdict verdict) {
        html.append("<section id=\"areas\">\n<h2>Area health at a glance</h2>\n<div class=\"areas\">\n");
        for (AreaAssessment area : verdict.areas()) {
            html.append("<div class=\"area ").append(Html.cssClass(area.health())).append("\">")
                    .append(Charts.ring(area)).append("<div><h3>").append(Html.escape(area.area().name()))
                    .append("</h3>").append(area.area().foundation() ? "<div class=\"foundation\">foundation</div>" : "")
                    .append("<div class=\"health\">").append(Words.health(area.health())).append("</div>")
                    .append("<div class=\"muted\">").append(area.present().size()).append(" present, ")
                    .append(area.findings().stream().filter(f -> f.status() == FindingStatus.UNKNOWN).count())
                    .append(" unknown</div></div></div>\n");
        }
        html.append("</div>\n<div class=\"legend\">")
                .append(swatch(Html.color(Health.CRITICAL), "critical")).append(swatch(Html.color(Health.NEEDS_ATTENTION), "warning"))
                .append(swatch(Html.color(Health.HEALTHY), "absent (healthy)")).append(swatch(Html.color(Health.UNKNOWN), "unknown (no evidence)"))
                .append(swatch("#e3e5e8", "not applicable")).append("</div>\n</section>\n");
    }

    private static String swatch(String color, String label) {
        return "<span style=\"--swatch: " + color + "\">" + label + "</span>";
    }

    /** The rebuild indicators and the conditions the decision was checked on, each with its status. */
    private static void checks(StringBuilder html, Verdict verdict) {
        if (verdict.indicators().isEmpty() && verdict.conditions().isEmpty()) {
            return;
        }
        html.append("<section id=\"checks\">\n<h2>What the decision was checked on</h2>\n<table>\n<thead><tr>")
                .append("<th>Check</th><th>Status</th><th>Why</th></tr></thead>\n<tbody>\n");
        for (IndicatorCheck indicator : verdict.indicators()) {
            String css = indicator.status() == FindingStatus.PRESENT
                    ? indicator.severity().orElseThrow().name().toLowerCase(java.util.Locale.ROOT)
                    : indicator.status().name().toLowerCase(java.util.Locale.ROOT);
            html.append("<tr><td>Rebuild indicator: ").append(Html.escape(indicator.indicator().title()))
                    .append("</td><td><span class=\"badge ").append(css).append("\">").append(indicator.status())
                    .append(indicator.severity().map(s -> " " + s).orElse("")).append("</span></td><td>")
                    .append(Html.escape(indicator.text())).append("</td></tr>\n");
        }
        for (ConditionCheck condition : verdict.conditions()) {
            String css = switch (condition.status()) {
                case HOLDS -> "absent";
                case FAILS -> "critical";
                case UNKNOWN -> "unknown";
            };
            html.append("<tr><td>Condition: ").append(Html.escape(condition.statement())).append("</td><td>")
                    .append("<span class=\"badge ").append(css).append("\">").append(condition.status())
                    .append("</span></td><td>").append(Html.escape(condition.text())).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    private static void findings(StringBuilder html, Verdict verdict) {
        html.append("<section id=\"findings\">\n<h2>Findings that matter</h2>\n");
        List<Finding> present = Words.thatMatter(verdict);
        if (present.isEmpty()) {
            html.append("<p>No warning sign is present on the evidence given.</p>\n</section>\n");
            return;
        }
        table(html, present);
        html.append("</section>\n");
    }

    private static void table(StringBuilder html, List<Finding> findings) {
        html.append("<table>\n<thead><tr><th>Status</th><th>Area</th><th>Sign</th><th>Finding</th></tr></thead>\n<tbody>\n");
        for (Finding finding : findings) {
            html.append("<tr><td>").append(badge(finding)).append("</td><td>")
                    .append(Html.escape(finding.area().name())).append("</td><td>")
                    .append(Html.escape(finding.sign().title()))
                    .append(finding.sign().isRebuildIndicator() ? " <span class=\"muted\">(rebuild indicator)</span>" : "")
                    .append("</td><td>").append(Html.escape(finding.explanation())).append(" <code>")
                    .append(Html.escape(finding.criterion().id())).append("</code></td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private static String badge(Finding finding) {
        String css = finding.status() == FindingStatus.PRESENT
                ? finding.severity().orElseThrow().name().toLowerCase(java.util.Locale.ROOT)
                : finding.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return "<span class=\"badge " + css + "\">" + Words.status(finding) + "</span>";
    }

    private static void nextSteps(StringBuilder html, List<NextStep> steps) {
        html.append("<section id=\"next-steps\">\n<h2>Next steps</h2>\n");
        if (steps.isEmpty()) {
            html.append("<p>None recommended.</p>\n");
        } else {
            html.append("<ul>\n");
            for (NextStep step : steps) {
                html.append("<li><strong>").append(Html.escape(step.title())).append("</strong>: ")
                        .append(Html.escape(step.detail()));
                if (!step.motivatedBy().isEmpty()) {
                    html.append(" <span class=\"muted\">(because of ");
                    html.append(String.join(", ", step.motivatedByIds().stream()
                            .map(id -> "<code>" + Html.escape(id) + "</code>").toList()));
                    html.append(")</span>");
                }
                html.append("</li>\n");
            }
            html.append("</ul>\n");
        }
        html.append("</section>\n");
    }

    private static void folded(StringBuilder html, Verdict verdict) {
        html.append("<section id=\"details\">\n<h2>Details</h2>\n");
        html.append("<details>\n<summary>Why: the rules that fired (").append(verdict.rationale().size())
                .append(")</summary>\n<ul>\n");
        for (Reason reason : verdict.rationale()) {
            html.append("<li><code>").append(Html.escape(reason.rule())).append("</code> ")
                    .append(Html.escape(reason.text())).append("</li>\n");
        }
        html.append("</ul>\n</details>\n");
        List<Finding> unknown = verdict.unknown();
        html.append("<details>\n<summary>Evidence that would make the verdict surer (").append(unknown.size())
                .append(" criteria undecided)</summary>\n<ul>\n");
        for (Finding finding : unknown) {
            html.append("<li><code>").append(Html.escape(finding.criterion().id())).append("</code> ")
                    .append(Html.escape(finding.explanation())).append("</li>\n");
        }
        html.append("</ul>\n</details>\n");
        if (!verdict.context().isEmpty()) {
            html.append("<details>\n<summary>Context: evidence no criterion judges (").append(verdict.context().size())
                    .append(")</summary>\n<ul>\n");
            for (Evidence item : verdict.context()) {
                html.append("<li>").append(Html.escape(item.topic().name())).append(": ")
                        .append(Html.escape(item.describe())).append(" <span class=\"muted\">(")
                        .append(Html.escape(item.provenance().toString())).append(")</span></li>\n");
            }
            html.append("</ul>\n</details>\n");
        }
        html.append("<details>\n<summary>All findings (").append(verdict.findings().size()).append(")</summary>\n");
        table(html, verdict.findings());
        html.append("</details>\n</section>\n");
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from audit-report's jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }
}
