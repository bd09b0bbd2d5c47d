package dev.backendaudit.benchmarks.scoring;

import dev.backendaudit.engine.Evaluator;
import dev.backendaudit.model.Assessment;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Decision;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.scoring.ChecklistStrategy;
import dev.backendaudit.scoring.ScoringStrategy;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * The checklist strategy judging an audit against 0, 10 or 100 earlier verdicts of the same
 * service. Run with {@code -prof gc}: {@code gc.alloc.rate.norm} (bytes per operation) must not grow
 * from 10 to 100 verdicts, since the trend rules read only the newest few.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar 'scoring.HistoryBenchmarks' -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HistoryBenchmarks {

    /** How many earlier verdicts the service has. */
    @Param({"0", "10", "100"})
    public int historyLength;

    private final ScoringStrategy checklist = new ChecklistStrategy();
    private Audit audit;
    private Assessment assessment;
    private AuditHistory history;

    /**
     * Builds the monthly verdicts of one service, outside the measurement. A verdict's evidence is
     * drawn from its distance to the judged audit, so the newest verdicts are the same whatever the
     * history's length: only the length differs between the parameters.
     */
    @Setup
    public void setUp() {
        List<Verdict> earlier = new ArrayList<>(historyLength);
        for (int month = 0; month < historyLength; month++) {
            Audit past = RealisticAudits.audit("checkout-service",
                    RealisticAudits.START.plus(30L * month, ChronoUnit.DAYS), 1000 + historyLength - month);
            earlier.add(Evaluator.evaluate(past, checklist, AuditHistory.of(List.of())));
        }
        history = AuditHistory.of(earlier);
        audit = RealisticAudits.audit("checkout-service",
                RealisticAudits.START.plus(30L * historyLength, ChronoUnit.DAYS), 42);
        assessment = Evaluator.assess(audit);
    }

    /** The strategy alone, given the history. */
    @Benchmark
    public Decision decide() {
        return checklist.decide(assessment, history);
    }

    /** The whole evaluation, which also checks every history verdict's subject and time. */
    @Benchmark
    public Verdict evaluate() {
        return Evaluator.evaluate(audit, checklist, history);
    }
}
