package dev.backendaudit.report.internal;

import dev.backendaudit.bounds.Certainty;
import dev.backendaudit.bounds.FlipChange;
import dev.backendaudit.bounds.OutcomeBounds;
import dev.backendaudit.bounds.SettleStep;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.text.CertaintyText;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The "How sure" section of the Markdown and HTML reports: the outcome bounds as a bar, the steps that would
 * settle the verdict, what would flip it and its margin, in the words of {@link CertaintyText}.
 */
public final class CertaintySection {

    /** The most settle steps listed one by one. */
    public static final int MAX_STEPS = 10;

    private static final List<Outcome> SCALE = List.of(Outcome.HEALTHY, Outcome.OPTIMIZE, Outcome.REBUILD);

    private CertaintySection() {
    }

    /**
     * The section as GitHub-flavoured Markdown.
     *
     * @param verdict the verdict
     * @param text    escapes running text for Markdown
     * @return the section, ending in a blank line
     */
    public static String markdown(Verdict verdict, UnaryOperator<String> text) {
        StringBuilder md = new StringBuilder("### How sure\n\n");
        md.append(text.apply(CertaintyText.summary(verdict))).append(".\n\n");
        if (!verdict.certainty().isKnown()) {
            return md.toString();
        }
        Certainty certainty = verdict.certainty();
        OutcomeBounds bounds = certainty.bounds();
        md.append("| Outcome | ").append(String.join(" | ", SCALE.stream().map(Outcome::name).toList()))
                .append(" |\n| --- | :---: | :---: | :---: |\n| Reachable |");
        for (Outcome outcome : SCALE) {
            md.append(' ').append(bounds.contains(outcome) ? Words.icon(outcome) : "\u00b7")
                    .append(marks(verdict, bounds, outcome).isEmpty() ? "" : " " + marks(verdict, bounds, outcome))
                    .append(" |");
        }
        md.append("\n\n");
        List<SettleStep> matter = certainty.stepsThatMatter();
        if (!matter.isEmpty()) {
            md.append("**What would settle it**, in order:\n\n");
            int n = 0;
            for (SettleStep step : matter.subList(0, Math.min(MAX_STEPS, matter.size()))) {
                md.append(++n).append(". ").append(text.apply(CertaintyText.step(step, bounds))).append(" `")
                        .append(step.criterionId()).append("`\n");
            }
            if (matter.size() > MAX_STEPS) {
                md.append("\n\u2026and ").append(CertaintyText.more(matter.size() - MAX_STEPS)).append(".\n");
            }
            md.append('\n');
        }
        List<SettleStep> rest = certainty.settle().stream().filter(s -> !s.matters()).toList();
        if (!rest.isEmpty()) {
            md.append(matter.isEmpty() ? "Cannot change the strategy's outcome: "
                    : "Cannot change the outcome once those are found absent: ")
                    .append(String.join(", ", rest.stream().map(s -> "`" + s.criterionId() + "`").toList()))
                    .append("\n\n");
        }
        certainty.flip().ifPresent(flip -> {
            md.append("**What would flip it**: ").append(text.apply(CertaintyText.flip(flip)));
            if (flip.changes().size() <= 3) {
                md.append(". ").append(String.join(", ", flip.changes().stream().map(c -> "`" + c.criterionId() + "`")
                        .toList())).append("\n\n");
                return;
            }
            md.append(":\n\n");
            for (FlipChange change : flip.changes()) {
                md.append("- `").append(change.criterionId()).append("`: ").append(text.apply(change.threshold()))
                        .append(" (now ").append(change.from()).append(")\n");
            }
            md.append('\n');
        });
        certainty.margin().ifPresent(m -> md.append("**Margin**: ").append(text.apply(CertaintyText.margin(m)))
                .append(". `").append(m.criterionId()).append("`\n\n"));
        return md.toString();
    }

    /**
     * The bounds bar of the HTML header: the three decided outcomes, those the unknowns still allow filled,
     * the verdict's own outlined.
     *
     * @param verdict the verdict
     * @return the bar, or nothing when the verdict carries no certainty
     */
    public static String htmlBar(Verdict verdict) {
        if (!verdict.certainty().isKnown()) {
            return "";
        }
        OutcomeBounds bounds = verdict.certainty().bounds();
        StringBuilder html = new StringBuilder("<div class=\"bounds\" id=\"bounds\" role=\"img\" aria-label=\"")
                .append(Html.escape("Outcome bounds " + bounds)).append("\">");
        for (Outcome outcome : SCALE) {
            html.append("<span class=\"").append(Html.cssClass(outcome)).append(bounds.contains(outcome) ? " reachable" : "")
                    .append(outcome == verdict.outcome() ? " verdict" : "").append("\">").append(outcome)
                    .append(marks(verdict, bounds, outcome).isEmpty() ? ""
                            : "<small>" + Html.escape(marks(verdict, bounds, outcome)) + "</small>")
                    .append("</span>");
        }
        return html.append("</div>\n").toString();
    }

    /**
     * The HTML section: the summary, the settle list, the flip list and the margin.
     *
     * @param verdict the verdict
     * @return the section
     */
    public static String html(Verdict verdict) {
        StringBuilder html = new StringBuilder("<section id=\"certainty\">\n<h2>How sure</h2>\n<p>")
                .append(Html.escape(CertaintyText.summary(verdict))).append(".</p>\n");
        if (!verdict.certainty().isKnown()) {
            return html.append("</section>\n").toString();
        }
        Certainty certainty = verdict.certainty();
        List<SettleStep> matter = certainty.stepsThatMatter();
        if (!matter.isEmpty()) {
            html.append("<h3>What would settle it, in order</h3>\n<ol id=\"settle\">\n");
            for (SettleStep step : matter.subList(0, Math.min(MAX_STEPS, matter.size()))) {
                html.append("<li>").append(Html.escape(CertaintyText.step(step, certainty.bounds()))).append(" <code>")
                        .append(Html.escape(step.criterionId())).append("</code></li>\n");
            }
            html.append("</ol>\n");
            if (matter.size() > MAX_STEPS) {
                html.append("<p class=\"muted\">\u2026and ").append(CertaintyText.more(matter.size() - MAX_STEPS))
                        .append(".</p>\n");
            }
        }
        List<SettleStep> rest = certainty.settle().stream().filter(s -> !s.matters()).toList();
        if (!rest.isEmpty()) {
            html.append("<p class=\"muted\">").append(matter.isEmpty() ? "Cannot change the strategy's outcome: "
                    : "Cannot change the outcome once those are found absent: ")
                    .append(String.join(", ", rest.stream().map(s -> "<code>" + Html.escape(s.criterionId()) + "</code>")
                            .toList())).append("</p>\n");
        }
        certainty.flip().ifPresent(flip -> {
            html.append("<h3>What would flip it</h3>\n<p>").append(Html.escape(CertaintyText.flip(flip)))
                    .append(".</p>\n<ul id=\"flip\">\n");
            for (FlipChange change : flip.changes()) {
                html.append("<li><code>").append(Html.escape(change.criterionId())).append("</code> ")
                        .append(Html.escape(change.threshold())).append(" <span class=\"muted\">(now ")
                        .append(change.from()).append(")</span></li>\n");
            }
            html.append("</ul>\n");
        });
        certainty.margin().ifPresent(m -> html.append("<h3>Margin</h3>\n<p id=\"margin\">")
                .append(Html.escape(CertaintyText.margin(m))).append(". <code>").append(Html.escape(m.criterionId()))
                .append("</code></p>\n"));
        return html.append("</section>\n").toString();
    }

    /** {@code "best, verdict"}: which of the bounds and the verdict fall on {@code outcome}. */
    private static String marks(Verdict verdict, OutcomeBounds bounds, Outcome outcome) {
        StringBuilder marks = new StringBuilder();
        if (bounds.best() == outcome) {
            marks.append(bounds.isTight() ? "best and worst" : "best");
        } else if (bounds.worst() == outcome) {
            marks.append("worst");
        }
        if (verdict.outcome() == outcome) {
            marks.append(marks.length() == 0 ? "" : ", ").append("verdict");
        }
        return marks.toString();
    }
}
