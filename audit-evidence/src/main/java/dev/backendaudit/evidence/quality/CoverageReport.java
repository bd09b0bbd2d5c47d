package dev.backendaudit.evidence.quality;

import dev.backendaudit.model.Evidence;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What JaCoCo reports measured: line and branch coverage, and the cyclomatic complexity of every
 * method, with the evidence for an audit.
 *
 * <pre>{@code
 * CoverageReport report = CoverageReports.read(List.of(Path.of("target/site/jacoco/jacoco.xml")),
 *         CoverageOptions.defaults());
 * report.lineCoverage();              // e.g. Optional[0.83]
 * report.worstMethods().get(0);       // com.acme.Parser.parse(Ljava/lang/String;)V:40 (complexity 31)
 * audit.evidence(report.evidence());
 * }</pre>
 *
 * @param files           the reports read
 * @param reportNames     their name attributes
 * @param classesByReport each report's classes, dotted names, by report file
 * @param linesCovered    lines executed by tests
 * @param linesMissed     lines not executed
 * @param branchesCovered branches executed
 * @param branchesMissed  branches not executed
 * @param methods         methods measured
 * @param meanComplexity  mean cyclomatic complexity per method; empty without methods
 * @param complexityBound the bound above which a method counts as complex
 * @param complexMethods  methods above the bound
 * @param worstMethods    the most complex methods, most complex first
 * @param notes           anything odd: classes in more than one report, and which report was used
 * @param unknowns        what could not be measured, and why
 * @param evidence        the evidence, ready for {@code Audit.Builder.evidence(...)}
 */
public record CoverageReport(List<String> files, List<String> reportNames, Map<String, Set<String>> classesByReport,
                             long linesCovered,
                             long linesMissed, long branchesCovered, long branchesMissed, long methods,
                             Optional<Double> meanComplexity, int complexityBound, long complexMethods,
                             List<MethodComplexity> worstMethods, List<String> notes, List<String> unknowns,
                             List<Evidence> evidence) {

    /** Copies the collections. */
    public CoverageReport {
        files = List.copyOf(files);
        reportNames = List.copyOf(reportNames);
        Map<String, Set<String>> copy = new java.util.LinkedHashMap<>();
        classesByReport.forEach((file, names) -> copy.put(file, Set.copyOf(names)));
        classesByReport = java.util.Collections.unmodifiableMap(copy);
        worstMethods = List.copyOf(worstMethods);
        notes = List.copyOf(notes);
        unknowns = List.copyOf(unknowns);
        evidence = List.copyOf(evidence);
    }

    /**
     * The classes the reports cover, each once.
     *
     * @return dotted class names
     */
    public Set<String> classes() {
        Set<String> all = new java.util.TreeSet<>();
        classesByReport.values().forEach(all::addAll);
        return all;
    }

    /**
     * Covered lines over all lines.
     *
     * @return the line coverage; empty when the reports hold no lines
     */
    public Optional<Double> lineCoverage() {
        long all = linesCovered + linesMissed;
        return all == 0 ? Optional.empty() : Optional.of((double) linesCovered / all);
    }

    /**
     * Covered branches over all branches.
     *
     * @return the branch coverage; empty when the code has no branches
     */
    public Optional<Double> branchCoverage() {
        long all = branchesCovered + branchesMissed;
        return all == 0 ? Optional.empty() : Optional.of((double) branchesCovered / all);
    }

    /**
     * A few lines a person reads.
     *
     * @return the summary, one item per line
     */
    public String summary() {
        StringBuilder text = new StringBuilder("coverage (JaCoCo): ").append(files.size())
                .append(files.size() == 1 ? " report, " : " reports, ").append(classes().size()).append(" classes\n");
        text.append("  lines ").append(percent(lineCoverage())).append(" (").append(linesCovered).append(" of ")
                .append(linesCovered + linesMissed).append("), branches ").append(percent(branchCoverage())).append(" (")
                .append(branchesCovered).append(" of ").append(branchesCovered + branchesMissed).append(")\n");
        meanComplexity.ifPresent(m -> text.append("  ").append(methods).append(" methods, mean complexity ")
                .append(String.format(Locale.ROOT, "%.2f", m)).append(", ").append(complexMethods)
                .append(" above ").append(complexityBound).append('\n'));
        worstMethods.stream().limit(3).forEach(m -> text.append("  complex: ").append(m).append('\n'));
        notes.forEach(n -> text.append("  note: ").append(n).append('\n'));
        unknowns.forEach(u -> text.append("  UNKNOWN: ").append(u).append('\n'));
        return text.toString();
    }

    private static String percent(Optional<Double> share) {
        return share.map(s -> String.format(Locale.ROOT, "%.1f%%", s * 100)).orElse("unknown");
    }
}
