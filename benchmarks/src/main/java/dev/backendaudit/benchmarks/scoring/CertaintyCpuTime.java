package dev.backendaudit.benchmarks.scoring;

import dev.backendaudit.bounds.Certainty;
import dev.backendaudit.bounds.CertaintySearch;
import dev.backendaudit.engine.Evaluator;
import dev.backendaudit.model.Assessment;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.EvidencePolicy;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.scoring.ScoringStrategy;
import dev.backendaudit.scoring.Strategies;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;

/**
 * A cross-check of {@link CertaintyBenchmarks} for a shared machine: the same two contenders (the certainty
 * search alone, and one evaluation without it) timed by the thread's CPU time rather than the wall clock, in
 * alternating rounds in one JVM, so that other processes taking the cores slow neither. JMH's figures remain
 * the measurement; this says whether their ratio survives the noise of a busy machine.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.backendaudit.benchmarks.scoring.CertaintyCpuTime [rounds]
 * </pre>
 *
 * <p>Per strategy: 3 warm-up rounds, then {@code rounds} (default 5) rounds of 1,000 certainty searches and
 * 10,000 evaluations each; prints the mean CPU time per operation of each and their ratio.
 */
public final class CertaintyCpuTime {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CertaintyCpuTime() {
    }

    /**
     * Runs the comparison for every built-in strategy.
     *
     * @param args the number of measured rounds, default 5
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Audit audit = RealisticAudits.checkout();
        Assessment assessment = Evaluator.assess(audit);
        for (String name : List.of("checklist", "worst-area", "weighted-score", "maturity-levels", "risk-count", "gate",
                "composite")) {
            ScoringStrategy strategy = Strategies.byName(name);
            Verdict verdict = Evaluator.evaluate(audit, strategy);
            Outcome outcome = verdict.outcome();
            Runnable certainty = () -> sink(CertaintySearch.run(assessment, strategy, AuditHistory.empty(),
                    EvidencePolicy.DEFAULT, outcome));
            Runnable evaluation = () -> sink(CertaintyBenchmarks.withoutCertainty(audit, strategy));
            for (int i = 0; i < 3; i++) {
                cpuMicros(certainty, 1_000);
                cpuMicros(evaluation, 10_000);
            }
            double searches = 0;
            double evaluations = 0;
            for (int i = 0; i < rounds; i++) {
                searches += cpuMicros(certainty, 1_000);
                evaluations += cpuMicros(evaluation, 10_000);
            }
            Certainty computed = verdict.certainty();
            System.out.println(String.format(Locale.ROOT, "%-16s %-12s %3d calls  certainty %7.1f us  evaluation %6.1f us"
                            + "  ratio %5.1fx", name, outcome, computed.strategyCalls(), searches / rounds,
                    evaluations / rounds, searches / evaluations));
        }
    }

    private static volatile Object sunk;

    private static void sink(Object value) {
        sunk = value;
    }

    private static double cpuMicros(Runnable operation, int times) {
        long start = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < times; i++) {
            operation.run();
        }
        return (THREADS.getCurrentThreadCpuTime() - start) / 1_000.0 / times;
    }
}
