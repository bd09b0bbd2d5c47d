package dev.backendaudit.evidence.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cycles {@link CompiledClasses} reports are exactly those that ArchUnit's own
 * {@code slices().should().beFreeOfCycles()} reports on the same classes, between packages and
 * between components: on real jars of public projects and on random package graphs. (Some jars,
 * jackson-databind and snakeyaml among them, hold more than 1,000 elementary package cycles; both
 * searches stop at the limit there, in an order that differs, so they are not compared.)
 */
class CycleOracleTest {

    static final int LIMIT = 1000;
    private static final Pattern SLICE = Pattern.compile("Slice ([^\\s]+?)(?: ->|$)", Pattern.MULTILINE);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"com.fasterxml.jackson.core.JsonParser", "org.HdrHistogram.Histogram", "org.apache.commons.codec.binary.Hex",
            "com.googlecode.javaewah.EWAHCompressedBitmap", "org.slf4j.Logger"})
    void should_find_the_cycles_archunit_finds_in_a_real_jar(String className) throws Exception {
        // GIVEN a public project's jar from the test class path
        Path jar = Path.of(Class.forName(className).getProtectionDomain().getCodeSource().getLocation().toURI());
        ClassesOptions options = ClassesOptions.of(jar).maxCycles(LIMIT).at(Instant.EPOCH);
        // WHEN
        ArchitectureReport report = CompiledClasses.analyze(options);
        JavaClasses classes = CompiledClasses.importClasses(options);
        // THEN
        assertThat(report.packageCyclesTruncated()).as("package cycles of %s under the limit", jar).isFalse();
        assertThat(paths(report.packageCycles()))
                .isEqualTo(archUnitCycles(() -> slices().matching("(**)").should().beFreeOfCycles().evaluate(classes)));
        assertThat(paths(report.componentCycles())).isEqualTo(archUnitComponentCycles(classes, Components.defaults()));
        System.out.printf("%s: %d classes, %d package cycles, %d component cycles%n", jar.getFileName(),
                report.classes(), report.packageCycles().size(), report.componentCycles().size());
    }

    @Property(tries = 12)
    void should_find_the_cycles_archunit_finds_in_any_package_graph(
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 24) Integer> edgeCodes) throws Exception {
        // GIVEN five packages with random dependencies between them, two classes each
        Map<String, StringBuilder> bodies = new TreeMap<>();
        for (int p = 0; p < 5; p++) {
            bodies.put("g.p" + p + ".A", new StringBuilder());
            bodies.put("g.p" + p + ".sub.B", new StringBuilder("g.p" + p + ".A a;"));
        }
        for (int code : new TreeSet<>(edgeCodes)) {
            int from = code / 5;
            int to = code % 5;
            if (from != to) {
                bodies.get("g.p" + from + ".A").append(" g.p").append(to).append(".sub.B f").append(to).append(';');
            }
        }
        Map<String, String> sources = new HashMap<>();
        bodies.forEach((name, body) -> sources.put(name, JavaSources.type(name, body.toString())));
        Path dir = Files.createTempDirectory("graph");
        ClassesOptions options = ClassesOptions.of(JavaSources.compile(dir, sources)).maxCycles(LIMIT).at(Instant.EPOCH);
        // WHEN
        ArchitectureReport report = CompiledClasses.analyze(options);
        JavaClasses classes = CompiledClasses.importClasses(options);
        // THEN
        assertThat(paths(report.packageCycles()))
                .isEqualTo(archUnitCycles(() -> slices().matching("(**)").should().beFreeOfCycles().evaluate(classes)));
        assertThat(paths(report.componentCycles())).isEqualTo(archUnitComponentCycles(classes, Components.defaults()));
    }

    static Set<List<String>> paths(List<DependencyCycle> cycles) {
        Set<List<String>> result = new TreeSet<>(CycleOracleTest::compare);
        cycles.forEach(c -> result.add(c.nodes()));
        return result;
    }

    static Set<List<String>> archUnitComponentCycles(JavaClasses classes, Components components) {
        Set<String> packages = new TreeSet<>();
        classes.forEach(c -> packages.add(c.getPackageName()));
        Map<String, String> assigned = components.assign(packages);
        SliceAssignment assignment = new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String component = assigned.get(javaClass.getPackageName());
                return component == null ? SliceIdentifier.ignore() : SliceIdentifier.of(component);
            }

            @Override
            public String getDescription() {
                return "components";
            }
        };
        return archUnitCycles(() -> slices().assignedFrom(assignment).should().beFreeOfCycles().evaluate(classes));
    }

    /** The cycles of ArchUnit's failure report, each rotated to start at its smallest node. */
    static Set<List<String>> archUnitCycles(Supplier<EvaluationResult> rule) {
        EvaluationResult result = ArchConfiguration.withThreadLocalScope(configuration -> {
            configuration.setProperty("cycles.maxNumberToDetect", Integer.toString(LIMIT));
            return rule.get();
        });
        Set<List<String>> cycles = new TreeSet<>(CycleOracleTest::compare);
        for (String detail : result.getFailureReport().getDetails()) {
            String head = detail.substring(0, detail.contains("\n  1.") ? detail.indexOf("\n  1.") : detail.length());
            List<String> nodes = new ArrayList<>();
            Matcher matcher = SLICE.matcher(head);
            while (matcher.find()) {
                nodes.add(matcher.group(1));
            }
            nodes.remove(nodes.size() - 1);     // the first node again
            int start = nodes.indexOf(nodes.stream().min(String::compareTo).orElseThrow());
            List<String> rotated = new ArrayList<>(nodes.subList(start, nodes.size()));
            rotated.addAll(nodes.subList(0, start));
            cycles.add(rotated);
        }
        return cycles;
    }

    private static int compare(List<String> a, List<String> b) {
        return String.join("\u0000", a).compareTo(String.join("\u0000", b));
    }
}
