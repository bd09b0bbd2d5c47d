package dev.backendaudit.benchmarks.scoring;

import dev.backendaudit.engine.Evaluator;
import dev.backendaudit.model.Assessment;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Decision;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.scoring.ScoringStrategy;
import dev.backendaudit.scoring.Strategies;
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
 * One realistic audit (six areas, 50 criteria) with each built-in strategy: {@code evaluate} is the
 * whole job (judge every criterion, then score), {@code decide} the strategy alone on a ready
 * assessment. The checklist strategy is the baseline the others are compared with.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar 'scoring.ScoringBenchmarks' -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ScoringBenchmarks {

    /** The strategy, by its registered name. */
    @Param({"checklist", "worst-area", "weighted-score", "maturity-levels", "risk-count", "gate", "composite"})
    public String strategy;

    private ScoringStrategy scoring;
    private Audit audit;
    private Assessment assessment;

    /** Builds the audit and loads the strategy by name, outside the measurement. */
    @Setup
    public void setUp() {
        scoring = Strategies.byName(strategy);
        audit = RealisticAudits.checkout();
        assessment = RealisticAudits.assessedCheckout(audit);
    }

    /** Judges every criterion and scores: what a caller of {@code Evaluator.evaluate} pays per audit. */
    @Benchmark
    public Verdict evaluate() {
        return Evaluator.evaluate(audit, scoring, AuditHistory.empty());
    }

    /** The strategy alone. */
    @Benchmark
    public Decision decide() {
        return scoring.decide(assessment, AuditHistory.empty());
    }
}
