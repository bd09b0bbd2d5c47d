package dev.backendaudit.benchmarks.evidence;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.backendaudit.evidence.architecture.ArchitectureReport;
import dev.backendaudit.evidence.architecture.ClassesOptions;
import dev.backendaudit.evidence.architecture.CompiledClasses;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The architecture analysis of a few thousand real classes (jars of this project's own
 * dependencies, from the local Maven repository) against ArchUnit's plain import of the same jars,
 * with the same configuration (tests left out, nothing resolved from the class path):
 * {@code analyze} adds the class file checks, both cycle searches (packages and components, up to
 * 1,000 cycles each) and the component and Lakos metrics to {@code archUnitImport}.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar 'evidence.ClassImportBenchmarks'
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class ClassImportBenchmarks {

    /** Jars under the local Maven repository, separated by commas; the default: JGit, Jackson, SnakeYAML, codecs. */
    @Param("org/eclipse/jgit/org.eclipse.jgit/7.8.1.202611041320-r/org.eclipse.jgit-7.8.1.202611041320-r.jar,"
            + "com/fasterxml/jackson/core/jackson-databind/2.23.0/jackson-databind-2.23.0.jar,"
            + "com/fasterxml/jackson/core/jackson-core/2.23.0/jackson-core-2.23.0.jar,"
            + "org/yaml/snakeyaml/2.5/snakeyaml-2.5.jar,"
            + "commons-codec/commons-codec/1.22.1/commons-codec-1.22.1.jar,"
            + "org/hdrhistogram/HdrHistogram/2.2.2/HdrHistogram-2.2.2.jar")
    public String jars;

    private List<Path> paths;
    private ClassesOptions options;

    /** The default of {@link #jars}, for harnesses outside JMH. */
    String defaultJars() {
        try {
            return getClass().getField("jars").getAnnotation(Param.class).value()[0];
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The jars of {@link #jars}, found in the local Maven repository. */
    List<Path> paths() {
        Path repository = Path.of(System.getProperty("maven.repo.local",
                System.getProperty("user.home") + "/.m2/repository"));
        List<Path> found = new ArrayList<>();
        for (String jar : jars.split(",")) {
            Path path = repository.resolve(jar.strip());
            if (!Files.isRegularFile(path)) {
                throw new IllegalStateException("jar not found: " + path + " (build the project once to fetch it)");
            }
            found.add(path);
        }
        return found;
    }

    /** Finds the jars and checks that both contenders read the same classes. */
    @Setup
    public void setUp() {
        paths = paths();
        options = ClassesOptions.of(paths).at(Instant.EPOCH);
        int imported = archUnitImport().size();
        ArchitectureReport report = analyze();
        if (report.classes() != imported) {
            throw new IllegalStateException("the contenders must read the same classes, but read " + imported
                    + " and " + report.classes());
        }
        System.out.printf("%n%d classes, %d packages, %d package cycles%s, %d components, %d component cycles%n",
                report.classes(), report.packages(), report.packageCycles().size(),
                report.packageCyclesTruncated() ? " (stopped at the limit)" : "", report.components().size(),
                report.componentCycles().size());
    }

    /** The baseline: ArchUnit's import alone. */
    @Benchmark
    public JavaClasses archUnitImport() {
        return archUnitImport(paths);
    }

    /** ArchUnit's import of {@code paths} with the configuration {@code CompiledClasses} uses. */
    static JavaClasses archUnitImport(List<Path> paths) {
        return ArchConfiguration.withThreadLocalScope(configuration -> {
            configuration.setResolveMissingDependenciesFromClassPath(false);
            List<JarFile> opened = new ArrayList<>();
            try {
                for (Path path : paths) {
                    opened.add(new JarFile(path.toFile()));
                }
                return new ClassFileImporter(List.of(new ImportOption.DoNotIncludeTests())).importJars(opened);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                for (JarFile jar : opened) {
                    try {
                        jar.close();
                    } catch (IOException ignored) {
                        // read already
                    }
                }
            }
        });
    }

    /** The whole analysis: checks, import, cycles with examples, component and Lakos metrics, evidence. */
    @Benchmark
    public ArchitectureReport analyze() {
        return CompiledClasses.analyze(options);
    }
}
