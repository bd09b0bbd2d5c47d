package dev.backendaudit.evidence.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.Topic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.analysis.IMethodCoverage;
import org.jacoco.core.analysis.IPackageCoverage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageReportsTest {

    static final Instant AT = Instant.parse("2026-11-20T09:00:00Z");

    @TempDir
    Path dir;

    static final String PRICING = """
            package shop;
            public class Pricing {
                public static long price(int quantity, boolean member) {
                    long total = quantity * 100L;
                    if (member) {
                        total -= total / 10;
                    }
                    if (quantity > 100) {
                        total -= 50;
                    } else if (quantity > 10) {
                        total -= 5;
                    }
                    return total;
                }
                public static void smallOrder() { price(2, false); }
                public static String grade(int score) {
                    switch (score / 10) {
                        case 10: case 9: return "A";
                        case 8: return "B";
                        case 7: return "C";
                        case 6: return "D";
                        default: return score < 0 ? "?" : "F";
                    }
                }
            }
            """;

    static Measurement about(CoverageReport report, Topic topic) {
        return (Measurement) report.evidence().stream().filter(e -> e.topic().equals(topic)).findFirst().orElseThrow();
    }

    static Path compile(Path classes) throws Exception {
        Path src = Files.createDirectories(classes.resolveSibling("src/shop"));
        Files.writeString(src.resolve("Pricing.java"), PRICING);
        Files.createDirectories(classes);
        int status = javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null, "-g", "-d",
                classes.toString(), src.resolve("Pricing.java").toString());
        assertThat(status).isZero();
        return classes;
    }

    @Test
    void should_read_what_jacocos_own_writer_wrote_exactly_as_jacoco_counted_it() throws Exception {
        // GIVEN a report written by JaCoCo after a real run of instrumented code
        Path xml = dir.resolve("jacoco.xml");
        IBundleCoverage bundle = JacocoWriter.runAndReport(compile(dir.resolve("classes")), "shop.Pricing",
                new String[] {"smallOrder"}, xml);
        // WHEN
        CoverageReport report = CoverageReports.read(List.of(xml), CoverageOptions.defaults().complexityBound(5).at(AT));
        // THEN every number is JaCoCo's own
        assertThat(report.linesCovered()).isEqualTo(bundle.getLineCounter().getCoveredCount()).isPositive();
        assertThat(report.linesMissed()).isEqualTo(bundle.getLineCounter().getMissedCount()).isPositive();
        assertThat(report.branchesCovered()).isEqualTo(bundle.getBranchCounter().getCoveredCount());
        assertThat(report.branchesMissed()).isEqualTo(bundle.getBranchCounter().getMissedCount());
        assertThat(complexities(report.worstMethods())).isEqualTo(complexities(bundle));
        assertThat(report.methods()).isEqualTo(bundle.getMethodCounter().getTotalCount());
        double mean = (double) bundle.getComplexityCounter().getTotalCount() / bundle.getMethodCounter().getTotalCount();
        assertThat(report.meanComplexity()).hasValueSatisfying(m -> assertThat(m).isCloseTo(mean, within(1e-12)));
        assertThat(report.worstMethods().get(0).toString()).isEqualTo("shop.Pricing.grade(I)Ljava/lang/String;:17"
                + " (complexity 6)");
        assertThat(report.complexMethods()).isEqualTo(1);
        assertThat(report.reportNames()).containsExactly("shop");
        // AND the evidence says so, observed when JaCoCo dumped the session
        assertThat(about(report, Metrics.TEST_COVERAGE).baseValue())
                .isCloseTo(bundle.getLineCounter().getCoveredRatio(), within(1e-12));
        assertThat(about(report, QualityMetrics.BRANCH_COVERAGE).baseValue())
                .isCloseTo(bundle.getBranchCounter().getCoveredRatio(), within(1e-12));
        assertThat(about(report, Metrics.MEAN_COMPLEXITY).baseValue()).isCloseTo(mean, within(1e-12));
        assertThat(about(report, QualityMetrics.COMPLEX_METHOD_SHARE).baseValue())
                .isEqualTo(1.0 / report.methods());
        assertThat(about(report, Metrics.TEST_COVERAGE).provenance().observedAt()).hasValueSatisfying(t ->
                assertThat(t).isAfter(AT.minusSeconds(1)).isNotEqualTo(AT));
    }

    @Test
    void should_read_the_complexity_of_every_method_of_a_real_public_jar() throws Exception {
        // GIVEN JaCoCo's report of HdrHistogram's classes (analysed, not run)
        Path jar = Path.of(org.HdrHistogram.Histogram.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path xml = dir.resolve("hdr.xml");
        IBundleCoverage bundle = JacocoWriter.analyzeAndReport(jar, "HdrHistogram", xml);
        // WHEN
        CoverageReport report = CoverageReports.read(List.of(xml), CoverageOptions.defaults().worstMethods(100_000).at(AT));
        // THEN
        assertThat(report.methods()).isEqualTo(bundle.getMethodCounter().getTotalCount()).isGreaterThan(500);
        assertThat(complexities(report.worstMethods())).isEqualTo(complexities(bundle));
        assertThat(report.linesCovered()).isZero();
        assertThat(about(report, Metrics.TEST_COVERAGE).baseValue()).isZero();
        assertThat(report.classes()).contains("org.HdrHistogram.Histogram");
        assertThat(about(report, Metrics.TEST_COVERAGE).provenance().observedAt()).hasValue(AT);
    }

    @Test
    void should_count_a_class_in_two_reports_once() throws Exception {
        // GIVEN the same report twice, as an aggregate next to a module's own
        Path xml = dir.resolve("jacoco.xml");
        JacocoWriter.runAndReport(compile(dir.resolve("classes")), "shop.Pricing", new String[] {"smallOrder"}, xml);
        Path copy = Files.copy(xml, dir.resolve("aggregate.xml"));
        // WHEN
        CoverageReport once = CoverageReports.read(List.of(xml), CoverageOptions.defaults().at(AT));
        CoverageReport twice = CoverageReports.read(List.of(xml, copy), CoverageOptions.defaults().at(AT));
        // THEN
        assertThat(twice.linesCovered()).isEqualTo(once.linesCovered());
        assertThat(twice.methods()).isEqualTo(once.methods());
        assertThat(twice.notes()).containsExactly("1 classes of " + copy + " are also in an earlier report; each is"
                + " counted once, from the first report that holds it");
    }

    static Map<String, Integer> complexities(List<MethodComplexity> methods) {
        Map<String, Integer> result = new TreeMap<>();
        methods.forEach(m -> result.put(m.className() + "." + m.method() + m.descriptor(), m.complexity()));
        return result;
    }

    static Map<String, Integer> complexities(IBundleCoverage bundle) {
        List<MethodComplexity> methods = new ArrayList<>();
        for (IPackageCoverage p : bundle.getPackages()) {
            for (IClassCoverage c : p.getClasses()) {
                for (IMethodCoverage m : c.getMethods()) {
                    methods.add(new MethodComplexity(c.getName().replace('/', '.'), m.getName(), m.getDesc(),
                            java.util.Optional.empty(), m.getComplexityCounter().getTotalCount()));
                }
            }
        }
        return complexities(methods);
    }
}
