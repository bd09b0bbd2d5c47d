package dev.backendaudit.benchmarks.scoring;

import com.sun.management.ThreadMXBean;
import dev.backendaudit.engine.Evaluator;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.scoring.ScoringStrategy;
import dev.backendaudit.scoring.Strategies;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * The thread CPU time and the bytes allocated per evaluation of the realistic audit of
 * {@link ScoringBenchmarks}, for a machine too loaded for JMH's wall clock: other processes take the
 * cores, not this thread's CPU time. It uses only API that every release has (RealisticAudits,
 * Evaluator, Strategies), so the same class runs against an older build's jar:
 *
 * <pre>
 * java -cp harness:old-benchmarks.jar dev.backendaudit.benchmarks.scoring.EvaluationCpuTime 60000 checklist
 * </pre>
 *
 * <p>Prints one line per round after two warm-up rounds: CPU microseconds and bytes per evaluation.
 */
public final class EvaluationCpuTime {

    private EvaluationCpuTime() {
    }

    /**
     * Runs the measurement.
     *
     * @param args evaluations per round (default 60000), the strategy's name (default checklist), rounds (default 5)
     */
    public static void main(String[] args) {
        long count = args.length > 0 ? Long.parseLong(args[0]) : 60_000;
        ScoringStrategy strategy = Strategies.byName(args.length > 1 ? args[1] : "checklist");
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Audit audit = RealisticAudits.checkout();
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        Verdict verdict = null;
        for (int round = 0; round < rounds; round++) {
            long bytes = threads.getCurrentThreadAllocatedBytes();
            long cpu = threads.getCurrentThreadCpuTime();
            for (long i = 0; i < count; i++) {
                verdict = Evaluator.evaluate(audit, strategy, AuditHistory.empty());
            }
            long spent = threads.getCurrentThreadCpuTime() - cpu;
            long allocated = threads.getCurrentThreadAllocatedBytes() - bytes;
            if (round >= 2) {
                System.out.printf(Locale.ROOT, "cpu %.1f us/op  alloc %d B/op  %s%n", spent / 1000.0 / count,
                        allocated / count, verdict.outcome());
            }
        }
    }
}
