/**
 * Renderings of a verdict: JSON (the stored history), Markdown, HTML, SARIF 2.1.0 and OpenMetrics.
 *
 * <p>{@code dev.backendaudit.report.json.internal} holds the JSON documents Jackson reads and writes
 * (opened to Jackson) and the stored-file names audit-test shares (exported to it only).
 */
module dev.backendaudit.report {
    requires transitive dev.backendaudit.core;
    requires com.fasterxml.jackson.annotation;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;

    exports dev.backendaudit.report;
    exports dev.backendaudit.report.json;

    exports dev.backendaudit.report.json.internal to dev.backendaudit.test;
    opens dev.backendaudit.report.json.internal to com.fasterxml.jackson.databind;
}
