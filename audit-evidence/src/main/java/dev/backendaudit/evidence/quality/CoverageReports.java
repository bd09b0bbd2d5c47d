package dev.backendaudit.evidence.quality;

import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.evidence.quality.internal.JacocoXml;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.Provenance;
import dev.backendaudit.model.Quantity;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads JaCoCo XML reports ({@code jacoco:report}, {@code report-aggregate}, Gradle's
 * {@code jacocoTestReport}) into line and branch coverage and the cyclomatic complexity of every
 * method, from its COMPLEXITY counter.
 *
 * <pre>{@code
 * CoverageReport report = CoverageReports.read(List.of(Path.of("target/site/jacoco/jacoco.xml")),
 *         CoverageOptions.defaults().complexityBound(15));
 * audit.evidence(report.evidence());
 * }</pre>
 *
 * <p>Evidence: {@code Metrics.TEST_COVERAGE} (lines), {@code Metrics.MEAN_COMPLEXITY},
 * {@link QualityMetrics#BRANCH_COVERAGE} and {@link QualityMetrics#COMPLEX_METHOD_SHARE}; provenance
 * {@value #SOURCE}, the reports, and the time of the latest session they record. Several reports are
 * combined class by class: a class in more than one report (an aggregate next to a module's own) is
 * counted once, from the first report that holds it, and a note says so. XML is read with document
 * type declarations and external entities switched off.
 */
public final class CoverageReports {

    /** The collector's name in provenance. */
    public static final String SOURCE = "jacoco";

    private CoverageReports() {
    }

    /**
     * Reads and combines {@code files}.
     *
     * @param files   JaCoCo XML reports, at least one
     * @param options the complexity bound and how many methods to name
     * @return the coverage and complexity, with the evidence
     * @throws ReportReadException      if a report is malformed, of another schema or unreadable
     * @throws IllegalArgumentException if {@code files} is empty
     */
    public static CoverageReport read(List<Path> files, CoverageOptions options) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("JaCoCo reports must name at least one file, but were empty");
        }
        List<JacocoXml.Parsed> parsed = files.stream().map(JacocoXml::read).toList();
        Map<String, JacocoXml.ClassCoverage> classes = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        Instant observed = null;
        for (JacocoXml.Parsed report : parsed) {
            int duplicates = 0;
            for (JacocoXml.ClassCoverage coverage : report.classes().values()) {
                if (classes.putIfAbsent(coverage.name(), coverage) != null) {
                    duplicates++;
                }
            }
            if (duplicates > 0) {
                notes.add(duplicates + " classes of " + report.file() + " are also in an earlier report; each is"
                        + " counted once, from the first report that holds it");
            }
            if (report.lastDump().isPresent() && (observed == null || report.lastDump().get().isAfter(observed))) {
                observed = report.lastDump().get();
            }
        }
        long[] totals = new long[4];
        List<MethodComplexity> methods = new ArrayList<>();
        for (JacocoXml.ClassCoverage coverage : classes.values()) {
            totals[0] += coverage.linesCovered();
            totals[1] += coverage.linesMissed();
            totals[2] += coverage.branchCovered();
            totals[3] += coverage.branchMissed();
            methods.addAll(coverage.methods());
        }
        long complexity = methods.stream().mapToLong(MethodComplexity::complexity).sum();
        long complex = methods.stream().filter(m -> m.complexity() > options.complexityBound()).count();
        Optional<Double> mean = methods.isEmpty() ? Optional.empty() : Optional.of((double) complexity / methods.size());
        List<MethodComplexity> worst = methods.stream()
                .sorted(Comparator.comparingInt(MethodComplexity::complexity).reversed()
                        .thenComparing(MethodComplexity::className).thenComparing(MethodComplexity::method)
                        .thenComparing(MethodComplexity::descriptor))
                .limit(options.worstMethods()).toList();

        List<String> names = files.stream().map(Path::toString).toList();
        Provenance provenance = Provenance.of(SOURCE, (names.size() == 1 ? names.get(0)
                : names.get(0) + " and " + (names.size() - 1) + " more") + ", " + classes.size() + " classes",
                observed == null ? options.at() : observed);
        List<Evidence> evidence = new ArrayList<>();
        List<String> unknowns = new ArrayList<>();
        long lines = totals[0] + totals[1];
        if (lines > 0) {
            evidence.add(Measurement.of(Metrics.TEST_COVERAGE, Quantity.ratio((double) totals[0] / lines), provenance));
        } else {
            unknowns.add("test coverage: the JaCoCo reports hold no line of code (compiled without debug information,"
                    + " or no class was loaded)");
        }
        long branches = totals[2] + totals[3];
        if (branches > 0) {
            evidence.add(Measurement.of(QualityMetrics.BRANCH_COVERAGE, Quantity.ratio((double) totals[2] / branches),
                    provenance));
        } else {
            unknowns.add("branch coverage: the code in the JaCoCo reports has no branch");
        }
        if (mean.isPresent()) {
            evidence.add(Measurement.of(Metrics.MEAN_COMPLEXITY, Quantity.average(mean.get()), provenance));
            evidence.add(Measurement.of(QualityMetrics.COMPLEX_METHOD_SHARE,
                    Quantity.ratio((double) complex / methods.size()), provenance));
        } else {
            unknowns.add("mean complexity: the JaCoCo reports hold no method");
        }
        Map<String, java.util.Set<String>> byReport = new LinkedHashMap<>();
        parsed.forEach(p -> byReport.put(p.file().toString(), p.classes().keySet()));
        return new CoverageReport(names, parsed.stream().map(JacocoXml.Parsed::name).toList(), byReport,
                totals[0], totals[1], totals[2], totals[3], methods.size(), mean, options.complexityBound(), complex,
                worst, notes, unknowns, evidence);
    }
}
