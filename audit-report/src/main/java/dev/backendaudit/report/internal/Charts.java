package dev.backendaudit.report.internal;

import dev.backendaudit.model.Area;
import dev.backendaudit.model.AreaAssessment;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.FindingStatus;
import dev.backendaudit.model.Health;
import dev.backendaudit.model.Severity;
import dev.backendaudit.model.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The inline SVG pictures of the HTML report: a ring per area showing how its findings split
 * (critical, warning, absent, unknown), and, where history exists, a timeline of each area's health
 * and of the evidence coverage.
 */
public final class Charts {

    private static final String NOT_APPLICABLE = "#e3e5e8";

    private Charts() {
    }

    /** A ring of {@code area}'s findings by kind, with its decided/applicable count in the middle. */
    public static String ring(AreaAssessment area) {
        long critical = count(area, f -> f.isAtLeast(Severity.CRITICAL));
        long warning = count(area, f -> f.isPresent() && !f.isAtLeast(Severity.CRITICAL));
        long absent = count(area, f -> f.status() == FindingStatus.ABSENT);
        long unknown = count(area, f -> f.status() == FindingStatus.UNKNOWN);
        long notApplicable = count(area, f -> f.status() == FindingStatus.NOT_APPLICABLE);
        long total = Math.max(1, critical + warning + absent + unknown + notApplicable);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"ring\" viewBox=\"0 0 42 42\" width=\"96\" height=\"96\" role=\"img\" aria-label=\"")
                .append(Html.escape(area.area().name() + ": " + critical + " critical, " + warning + " warning, "
                        + absent + " absent, " + unknown + " unknown, " + notApplicable + " not applicable"))
                .append("\">");
        svg.append("<circle cx=\"21\" cy=\"21\" r=\"15.915\" fill=\"none\" stroke=\"").append(NOT_APPLICABLE)
                .append("\" stroke-width=\"6\"/>");
        double offset = 25; // start at twelve o'clock
        offset = arc(svg, critical, total, offset, Html.color(Health.CRITICAL));
        offset = arc(svg, warning, total, offset, Html.color(Health.NEEDS_ATTENTION));
        offset = arc(svg, absent, total, offset, Html.color(Health.HEALTHY));
        arc(svg, unknown, total, offset, Html.color(Health.UNKNOWN));
        svg.append("<text x=\"21\" y=\"20\" text-anchor=\"middle\" class=\"ring-number\">")
                .append(area.coverage().decided()).append('/').append(area.coverage().applicable())
                .append("</text><text x=\"21\" y=\"27\" text-anchor=\"middle\" class=\"ring-label\">decided</text>");
        return svg.append("</svg>").toString();
    }

    private static double arc(StringBuilder svg, long part, long total, double offset, String color) {
        if (part == 0) {
            return offset;
        }
        double length = 100.0 * part / total;
        svg.append("<circle cx=\"21\" cy=\"21\" r=\"15.915\" fill=\"none\" stroke=\"").append(color)
                .append("\" stroke-width=\"6\" stroke-dasharray=\"").append(fmt(length)).append(' ')
                .append(fmt(100 - length)).append("\" stroke-dashoffset=\"").append(fmt(offset)).append("\"/>");
        return offset - length;
    }

    private static long count(AreaAssessment area, java.util.function.Predicate<Finding> which) {
        return area.findings().stream().filter(which).count();
    }

    /**
     * A timeline: one column per verdict (oldest first), one row for the outcome and one per area of
     * the latest verdict, each cell coloured by health; below, the evidence coverage as a line.
     */
    public static String timeline(List<Verdict> verdicts) {
        Verdict latest = verdicts.get(verdicts.size() - 1);
        List<Area> areas = latest.areas().stream().map(AreaAssessment::area).toList();
        int label = 190;
        int cell = 84;
        int row = 26;
        int top = 22;
        int lineTop = top + (areas.size() + 1) * row + 18;
        int lineHeight = 70;
        int width = label + verdicts.size() * cell + 10;
        int height = lineTop + lineHeight + 24;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"timeline\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-label=\"Health of each area over ").append(verdicts.size())
                .append(" audits\">");
        for (int c = 0; c < verdicts.size(); c++) {
            svg.append(text(label + c * cell + cell / 2, 14, "middle", "axis",
                    verdicts.get(c).at().toString().substring(0, 10)));
        }
        svg.append(text(label - 8, top + 17, "end", "row-label", "Outcome"));
        for (int c = 0; c < verdicts.size(); c++) {
            Verdict v = verdicts.get(c);
            svg.append(rect(label + c * cell + 2, top, cell - 4, row - 4, Html.color(v.outcome()),
                    v.at() + ": " + v.outcome()));
        }
        for (int r = 0; r < areas.size(); r++) {
            Area area = areas.get(r);
            int y = top + (r + 1) * row;
            svg.append(text(label - 8, y + 17, "end", "row-label", area.name()));
            for (int c = 0; c < verdicts.size(); c++) {
                Verdict v = verdicts.get(c);
                Optional<AreaAssessment> assessed = v.areas().stream().filter(a -> a.area().equals(area)).findFirst();
                Health health = assessed.map(AreaAssessment::health).orElse(Health.UNKNOWN);
                svg.append(rect(label + c * cell + 2, y, cell - 4, row - 4, Html.color(health),
                        v.at() + ": " + area.name() + " " + Words.health(health)
                                + assessed.map(a -> ", " + a.coverage()).orElse(", not audited")));
            }
        }
        svg.append(text(label - 8, lineTop + lineHeight / 2 + 4, "end", "row-label", "Evidence coverage"));
        svg.append("<line x1=\"").append(label).append("\" y1=\"").append(lineTop + lineHeight)
                .append("\" x2=\"").append(width - 10).append("\" y2=\"").append(lineTop + lineHeight)
                .append("\" class=\"baseline\"/>");
        List<String> points = new ArrayList<>();
        for (int c = 0; c < verdicts.size(); c++) {
            double ratio = verdicts.get(c).coverage().ratio();
            int x = label + c * cell + cell / 2;
            double y = lineTop + lineHeight - ratio * lineHeight;
            points.add(x + "," + fmt(y));
            svg.append("<circle cx=\"").append(x).append("\" cy=\"").append(fmt(y)).append("\" r=\"3\" class=\"dot\"><title>")
                    .append(Html.escape(verdicts.get(c).at() + ": " + verdicts.get(c).coverage()))
                    .append("</title></circle>");
            svg.append(text(x, (int) Math.round(y) - 6, "middle", "axis", Math.round(ratio * 100) + "%"));
        }
        svg.append("<polyline fill=\"none\" class=\"coverage-line\" points=\"").append(String.join(" ", points))
                .append("\"/>");
        return svg.append("</svg>").toString();
    }

    private static String rect(int x, int y, int w, int h, String color, String title) {
        return "<rect x=\"" + x + "\" y=\"" + y + "\" width=\"" + w + "\" height=\"" + h + "\" rx=\"3\" fill=\""
                + color + "\"><title>" + Html.escape(title) + "</title></rect>";
    }

    private static String text(int x, int y, String anchor, String css, String content) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor + "\" class=\"" + css + "\">"
                + Html.escape(content) + "</text>";
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
