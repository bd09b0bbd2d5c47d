/**
 * Audits as unit tests: AssertJ assertions, the JUnit Jupiter extension ({@code @AuditTest}),
 * baselines and waivers, and {@link dev.backendaudit.test.AuditFixtures} for a strategy's tests.
 */
module dev.backendaudit.test {
    requires transitive dev.backendaudit.core;
    requires transitive dev.backendaudit.report;
    requires transitive org.assertj.core;
    requires transitive org.junit.jupiter.api;
    requires org.junit.platform.commons;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;

    exports dev.backendaudit.test;
    exports dev.backendaudit.test.baseline;
    exports dev.backendaudit.test.junit;

    // AssertJ's soft assertions define proxies of the asserts in their own package
    opens dev.backendaudit.test to org.assertj.core;
    // Jackson reads and writes the baseline and waiver files' records
    opens dev.backendaudit.test.baseline to com.fasterxml.jackson.databind;
}
