/**
 * Collectors that measure evidence from artifacts a team already has: git history, delivery
 * records, repository layout, latency recordings and load tests, compiled classes, build reports
 * and source size; {@link dev.backendaudit.evidence.project.ProjectEvidence} measures a whole project.
 *
 * <p>HdrHistogram, Hipparchus and Surefire's report parser have no module names of their own: they
 * are required by the names Java derives from their jar files ({@code HdrHistogram},
 * {@code hipparchus.core}, {@code hipparchus.optim}, {@code surefire.report.parser},
 * {@code surefire.logger.api}), which Maven keeps stable.
 */
module dev.backendaudit.evidence {
    requires transitive dev.backendaudit.core;
    requires static org.immutables.value;
    requires org.slf4j;
    requires java.xml;
    requires org.eclipse.jgit;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.csv;
    requires org.yaml.snakeyaml;
    requires com.tngtech.archunit;
    requires HdrHistogram;
    requires hipparchus.core;
    requires hipparchus.optim;
    requires surefire.report.parser;
    requires surefire.logger.api;

    exports dev.backendaudit.evidence.architecture;
    exports dev.backendaudit.evidence.delivery;
    exports dev.backendaudit.evidence.git;
    exports dev.backendaudit.evidence.latency;
    exports dev.backendaudit.evidence.layout;
    exports dev.backendaudit.evidence.project;
    exports dev.backendaudit.evidence.quality;
    exports dev.backendaudit.evidence.scalability;

    // Jackson reads the delivery records, the k6 output and the JMH results into these packages' records
    opens dev.backendaudit.evidence.delivery.internal to com.fasterxml.jackson.databind;
    opens dev.backendaudit.evidence.latency.internal to com.fasterxml.jackson.databind;
}
