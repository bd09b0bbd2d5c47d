package dev.backendaudit.benchmarks.evidence;

import dev.backendaudit.evidence.architecture.ArchitectureReport;
import dev.backendaudit.evidence.architecture.ClassesOptions;
import dev.backendaudit.evidence.architecture.CompiledClasses;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A documented harness beside {@link ClassImportBenchmarks}: the same two contenders, in turn, in
 * one JVM, timed by the CPU time of the thread that runs them rather than by the wall clock, which
 * a machine shared with other builds moves by more than the difference between them. Prints each
 * round and the medians of the rounds after two warm-up rounds.
 *
 * <pre>
 * java -Xmx2g -cp benchmarks/target/benchmarks.jar dev.backendaudit.benchmarks.evidence.ClassImportCpuTime 8
 * </pre>
 */
public final class ClassImportCpuTime {

    private ClassImportCpuTime() {
    }

    /**
     * Runs the rounds.
     *
     * @param args the number of rounds (default 8), then optionally jars under the local Maven repository
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        ClassImportBenchmarks jars = new ClassImportBenchmarks();
        jars.jars = new ClassImportBenchmarks().defaultJars();
        if (args.length > 1) {
            jars.jars = args[1];
        }
        List<Path> paths = jars.paths();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<Long> imports = new ArrayList<>();
        List<Long> analyses = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            long start = cpu.getCurrentThreadCpuTime();
            int imported = ClassImportBenchmarks.archUnitImport(paths).size();
            long middle = cpu.getCurrentThreadCpuTime();
            ArchitectureReport report = CompiledClasses.analyze(ClassesOptions.of(paths));
            long end = cpu.getCurrentThreadCpuTime();
            if (report.classes() != imported) {
                throw new IllegalStateException("the contenders must read the same classes, but read " + imported
                        + " and " + report.classes());
            }
            System.out.printf("round %d: import %d ms CPU, analyze %d ms CPU (%d classes)%n", round,
                    (middle - start) / 1_000_000, (end - middle) / 1_000_000, imported);
            if (round >= 2) {
                imports.add((middle - start) / 1_000_000);
                analyses.add((end - middle) / 1_000_000);
            }
        }
        Collections.sort(imports);
        Collections.sort(analyses);
        long importMedian = imports.get(imports.size() / 2);
        long analyzeMedian = analyses.get(analyses.size() / 2);
        System.out.printf("median: import %d ms CPU, analyze %d ms CPU, ratio %.2f%n", importMedian, analyzeMedian,
                (double) analyzeMedian / importMedian);
    }
}
