package dev.backendaudit.evidence.project;

import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.EvidenceReport;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one {@link EvidenceSource} measured in a project: its evidence, what stayed unknown and why,
 * a summary a person reads, and the collector's own report with the detail.
 *
 * <pre>{@code
 * SourceReport classes = report.source("compiled-classes");
 * classes.unknowns();                                      // what it could not measure, and why
 * classes.detail(ArchitectureReport.class).ifPresent(a -> a.componentCycles().forEach(System.out::println));
 * }</pre>
 *
 * @param source   the source's name
 * @param summary  what it measured, a few lines
 * @param unknowns what it could not measure, and why, one sentence each
 * @param evidence the evidence it measured
 * @param detail   the collector's own report (a {@code HistoryReport}, an {@code ArchitectureReport}...), if it ran
 */
public record SourceReport(String source, String summary, List<String> unknowns, List<Evidence> evidence,
                           Optional<Object> detail) implements EvidenceReport {

    /** Copies the lists. */
    public SourceReport {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(summary, "summary");
        unknowns = List.copyOf(unknowns);
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(detail, "detail");
    }

    /**
     * A source that found nothing to measure.
     *
     * @param source the source's name
     * @param reason why, naming where it looked
     * @return the report: no evidence, one unknown
     */
    public static SourceReport unknown(String source, String reason) {
        return new SourceReport(source, source + ": nothing measured\n  UNKNOWN: " + reason + "\n", List.of(reason),
                List.of(), Optional.empty());
    }

    /**
     * A source that measured something.
     *
     * @param source   the source's name
     * @param summary  what it measured
     * @param unknowns what stayed unknown
     * @param evidence the evidence
     * @param detail   the collector's report
     * @return the report
     */
    public static SourceReport measured(String source, String summary, List<String> unknowns, List<Evidence> evidence,
                                        Object detail) {
        return new SourceReport(source, summary, unknowns, evidence, Optional.of(detail));
    }

    /**
     * The collector's report, if it is of {@code type}.
     *
     * @param type the report's type, such as {@code ArchitectureReport.class}
     * @param <T>  the type
     * @return the report
     */
    public <T> Optional<T> detail(Class<T> type) {
        return detail.filter(type::isInstance).map(type::cast);
    }
}
