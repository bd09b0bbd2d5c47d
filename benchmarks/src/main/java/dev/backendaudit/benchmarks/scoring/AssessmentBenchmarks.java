package dev.backendaudit.benchmarks.scoring;

import dev.backendaudit.engine.Evaluator;
import dev.backendaudit.model.Assessment;
import dev.backendaudit.model.Audit;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Judging the 50 criteria of the realistic audit without scoring ({@code Evaluator.assess}): the part
 * of {@link ScoringBenchmarks#evaluate} that no strategy influences.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar 'scoring.AssessmentBenchmarks' -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AssessmentBenchmarks {

    private Audit audit;

    /** Builds the audit, outside the measurement. */
    @Setup
    public void setUp() {
        audit = RealisticAudits.checkout();
    }

    /** Every criterion judged against its evidence, grouped by area and ranked. */
    @Benchmark
    public Assessment assess() {
        return Evaluator.assess(audit);
    }
}
