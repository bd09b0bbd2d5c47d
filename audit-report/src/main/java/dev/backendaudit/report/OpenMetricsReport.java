package dev.backendaudit.report;

import dev.backendaudit.bounds.Certainty;
import dev.backendaudit.model.AreaAssessment;
import dev.backendaudit.model.CheckStatus;
import dev.backendaudit.model.ConditionCheck;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.Figure;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.FindingStatus;
import dev.backendaudit.model.Health;
import dev.backendaudit.model.IndicatorCheck;
import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Severity;
import dev.backendaudit.model.Verdict;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A verdict as OpenMetrics text (which Prometheus also reads as its text format), so that a fleet
 * of services can be charted and alerted on by the monitoring a team already runs: write the file
 * where a node exporter's textfile collector or a push gateway picks it up.
 *
 * <p>Every sample is labelled with {@code subject}. The gauges:
 * <table>
 *   <caption>metrics</caption>
 *   <tr><th>metric</th><th>labels</th><th>value</th></tr>
 *   <tr><td>{@code backend_audit_outcome}</td><td>{@code outcome}</td><td>1 for the verdict's outcome, 0 for the others</td></tr>
 *   <tr><td>{@code backend_audit_outcome_level}</td><td></td><td>0 healthy, 1 optimize, 2 rebuild, NaN inconclusive</td></tr>
 *   <tr><td>{@code backend_audit_area_health}</td><td>{@code area}, {@code health}</td><td>1 for the area's health, 0 for the others</td></tr>
 *   <tr><td>{@code backend_audit_area_health_level}</td><td>{@code area}</td><td>0 healthy, 1 needs attention, 2 critical, NaN unknown</td></tr>
 *   <tr><td>{@code backend_audit_coverage_ratio}</td><td></td><td>decided / applicable criteria, 0 to 1</td></tr>
 *   <tr><td>{@code backend_audit_area_coverage_ratio}</td><td>{@code area}</td><td>the same per area</td></tr>
 *   <tr><td>{@code backend_audit_findings}</td><td>{@code status}, {@code severity}</td><td>number of findings (severity "none" unless present)</td></tr>
 *   <tr><td>{@code backend_audit_area_findings}</td><td>{@code area}, {@code status}, {@code severity}</td><td>the same per area</td></tr>
 *   <tr><td>{@code backend_audit_evaluated_timestamp_seconds}</td><td></td><td>when the audit describes the system</td></tr>
 *   <tr><td>{@code backend_audit_info}</td><td>{@code strategy}, {@code strategy_version}</td><td>1</td></tr>
 *   <tr><td>{@code backend_audit_condition}</td><td>{@code condition}, {@code status}</td><td>1 for the status of each
 *       condition the strategy checked (HOLDS, FAILS, UNKNOWN), 0 for the others</td></tr>
 *   <tr><td>{@code backend_audit_rebuild_indicator_level}</td><td>{@code indicator}</td><td>0 absent, 1 present as a
 *       warning, 2 present at critical severity, NaN unknown</td></tr>
 *   <tr><td>{@code backend_audit_figure}</td><td>{@code strategy}, {@code figure}</td><td>every numeric figure
 *       of the verdict (a weighted score, a risk count), labelled with the strategy that reported it and the
 *       figure's name</td></tr>
 *   <tr><td>{@code backend_audit_outcome_bound_level}</td><td>{@code bound}</td><td>the best and the worst outcome
 *       the criteria without evidence still allow ({@code bound} "best" or "worst"), as levels: 0 healthy,
 *       1 optimize, 2 rebuild, NaN inconclusive; no sample for a verdict that carries no bounds</td></tr>
 *   <tr><td>{@code backend_audit_settled}</td><td></td><td>1 when no missing evidence can change the outcome,
 *       0 when it can</td></tr>
 *   <tr><td>{@code backend_audit_context_value}</td><td>{@code metric}, {@code unit}</td><td>each measurement no
 *       criterion judges (context evidence), in its metric's base unit</td></tr>
 * </table>
 * Unknown is NaN, never 0: missing evidence must not chart as health.
 *
 * <pre>{@code
 * Files.writeString(Path.of("/var/lib/node_exporter/textfile/audit.prom"), OpenMetricsReport.render(verdict));
 * }</pre>
 */
public final class OpenMetricsReport {

    /** The content type of the text, for an HTTP endpoint that serves it. */
    public static final String CONTENT_TYPE = "application/openmetrics-text; version=1.0.0; charset=utf-8";

    private OpenMetricsReport() {
    }

    /**
     * The verdict as OpenMetrics text, ending with {@code # EOF}.
     *
     * @param verdict the verdict to expose
     * @return the metric families of the verdict, in {@link #CONTENT_TYPE}
     */
    public static String render(Verdict verdict) {
        Objects.requireNonNull(verdict, "verdict must not be null");
        StringBuilder out = new StringBuilder();
        String subject = "subject=\"" + escape(verdict.subject()) + "\"";
        family(out, "backend_audit_outcome", "The audit's outcome: 1 for the outcome of the verdict, 0 for the others.");
        for (Outcome outcome : Outcome.values()) {
            sample(out, "backend_audit_outcome", subject + ",outcome=\"" + outcome + "\"",
                    outcome == verdict.outcome() ? "1" : "0");
        }
        family(out, "backend_audit_outcome_level", "The outcome as a level: 0 healthy, 1 optimize, 2 rebuild, NaN inconclusive.");
        sample(out, "backend_audit_outcome_level", subject, level(verdict.outcome()));
        family(out, "backend_audit_area_health", "Each area's health: 1 for its health, 0 for the others.");
        for (AreaAssessment area : verdict.areas()) {
            for (Health health : Health.values()) {
                sample(out, "backend_audit_area_health", subject + "," + area(area) + ",health=\"" + health + "\"",
                        health == area.health() ? "1" : "0");
            }
        }
        family(out, "backend_audit_area_health_level", "Each area's health as a level: 0 healthy, 1 needs attention, 2 critical, NaN unknown.");
        for (AreaAssessment area : verdict.areas()) {
            sample(out, "backend_audit_area_health_level", subject + "," + area(area), level(area.health()));
        }
        family(out, "backend_audit_coverage_ratio", "Share of applicable criteria decided by evidence.");
        sample(out, "backend_audit_coverage_ratio", subject, number(verdict.coverage().ratio()));
        family(out, "backend_audit_area_coverage_ratio", "Share of an area's applicable criteria decided by evidence.");
        for (AreaAssessment area : verdict.areas()) {
            sample(out, "backend_audit_area_coverage_ratio", subject + "," + area(area),
                    number(area.coverage().ratio()));
        }
        family(out, "backend_audit_findings", "Number of findings by status and severity.");
        counts(out, "backend_audit_findings", subject, verdict.findings());
        family(out, "backend_audit_area_findings", "Number of an area's findings by status and severity.");
        for (AreaAssessment area : verdict.areas()) {
            counts(out, "backend_audit_area_findings", subject + "," + area(area), area.findings());
        }
        family(out, "backend_audit_evaluated_timestamp_seconds", "When the audit describes the system, in seconds since the epoch.");
        sample(out, "backend_audit_evaluated_timestamp_seconds", subject,
                number(verdict.at().toEpochMilli() / 1000.0));
        family(out, "backend_audit_info", "The strategy that decided the verdict.");
        sample(out, "backend_audit_info", subject + ",strategy=\"" + escape(verdict.strategy().name())
                + "\",strategy_version=\"" + escape(verdict.strategy().version()) + "\"", "1");
        checks(out, subject, verdict);
        family(out, "backend_audit_figure", "Each numeric figure of the verdict, by the strategy that reported it.");
        verdict.figures().asMap().forEach((key, value) -> {
            if (key.kind() == Figure.Kind.NUMBER) {
                sample(out, "backend_audit_figure", subject + ",strategy=\"" + escape(key.owner()) + "\",figure=\""
                        + escape(key.name()) + "\"", number((Double) value));
            }
        });
        family(out, "backend_audit_outcome_bound_level", "The best and worst outcome the criteria without evidence still"
                + " allow: 0 healthy, 1 optimize, 2 rebuild, NaN inconclusive.");
        Certainty certainty = verdict.certainty();
        if (certainty.isKnown()) {
            sample(out, "backend_audit_outcome_bound_level", subject + ",bound=\"best\"",
                    level(certainty.bounds().best()));
            sample(out, "backend_audit_outcome_bound_level", subject + ",bound=\"worst\"",
                    level(certainty.bounds().worst()));
        }
        family(out, "backend_audit_settled", "1 when no missing evidence can change the outcome, 0 when it can.");
        if (certainty.isKnown()) {
            sample(out, "backend_audit_settled", subject, certainty.settled() ? "1" : "0");
        }
        family(out, "backend_audit_context_value", "A measurement no criterion judges, in its metric's base unit.");
        for (Evidence item : verdict.context()) {
            if (item instanceof Measurement m) {
                sample(out, "backend_audit_context_value", subject + ",metric=\"" + escape(m.metric().id())
                        + "\",unit=\"" + m.metric().dimension().baseUnit().name().toLowerCase(Locale.ROOT) + "\"",
                        number(m.baseValue()));
            }
        }
        return out.append("# EOF\n").toString();
    }

    private static void checks(StringBuilder out, String subject, Verdict verdict) {
        family(out, "backend_audit_condition", "Each condition the strategy checked: 1 for its status, 0 for the others.");
        for (ConditionCheck condition : verdict.conditions()) {
            for (CheckStatus status : CheckStatus.values()) {
                sample(out, "backend_audit_condition", subject + ",condition=\"" + escape(condition.id())
                        + "\",status=\"" + status + "\"", status == condition.status() ? "1" : "0");
            }
        }
        family(out, "backend_audit_rebuild_indicator_level", "Each rebuild indicator: 0 absent, 1 warning, 2 critical,"
                + " NaN unknown.");
        for (IndicatorCheck indicator : verdict.indicators()) {
            String level = indicator.status() == FindingStatus.UNKNOWN ? "NaN"
                    : indicator.status() == FindingStatus.ABSENT ? "0" : indicator.isAtLeast(Severity.CRITICAL) ? "2" : "1";
            sample(out, "backend_audit_rebuild_indicator_level", subject + ",indicator=\""
                    + escape(indicator.indicator().id()) + "\"", level);
        }
    }

    private static void counts(StringBuilder out, String name, String labels, List<Finding> findings) {
        for (FindingStatus status : FindingStatus.values()) {
            List<String> severities = status == FindingStatus.PRESENT ? List.of("WARNING", "CRITICAL") : List.of("none");
            for (String severity : severities) {
                long count = findings.stream().filter(f -> f.status() == status)
                        .filter(f -> f.severity().map(Severity::name).orElse("none").equals(severity)).count();
                sample(out, name, labels + ",status=\"" + status + "\",severity=\"" + severity + "\"",
                        Long.toString(count));
            }
        }
    }

    private static String area(AreaAssessment area) {
        return "area=\"" + escape(area.area().id()) + "\"";
    }

    private static void family(StringBuilder out, String name, String help) {
        out.append("# TYPE ").append(name).append(" gauge\n");
        out.append("# HELP ").append(name).append(' ').append(escape(help)).append('\n');
    }

    private static void sample(StringBuilder out, String name, String labels, String value) {
        out.append(name).append('{').append(labels).append("} ").append(value).append('\n');
    }

    private static String level(Outcome outcome) {
        return outcome == Outcome.INCONCLUSIVE ? "NaN" : Integer.toString(outcome.ordinal());
    }

    private static String level(Health health) {
        switch (health) {
            case HEALTHY: return "0";
            case NEEDS_ATTENTION: return "1";
            case CRITICAL: return "2";
            case UNKNOWN: return "NaN";
            default: throw new AssertionError(health);
        }
    }

    private static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value).toLowerCase(Locale.ROOT);
    }

    /** Escapes a label value or help text: backslash, double quote and line feed, as the format requires. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
