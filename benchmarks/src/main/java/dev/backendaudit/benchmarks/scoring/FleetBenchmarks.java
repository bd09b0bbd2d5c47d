package dev.backendaudit.benchmarks.scoring;

import dev.backendaudit.engine.Evaluator;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.scoring.ScoringStrategy;
import dev.backendaudit.scoring.Strategies;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A fleet of 10,000 realistic audits (distinct services, 50 criteria each) evaluated with each
 * built-in strategy: on one thread, and on a pool of two threads (the 2-core goal). Each operation
 * evaluates the whole fleet and returns how many verdicts say REBUILD, so nothing is optimised away.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar 'scoring.FleetBenchmarks'
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FleetBenchmarks {

    /** How many audits the fleet holds. */
    public static final int FLEET_SIZE = 10_000;

    /** The strategy, by its registered name. */
    @Param({"checklist", "worst-area", "weighted-score", "maturity-levels", "risk-count", "gate", "composite"})
    public String strategy;

    private ScoringStrategy scoring;
    private List<Audit> fleet;
    private ForkJoinPool twoThreads;

    /** Builds the fleet once per run, outside the measurement. */
    @Setup
    public void setUp() {
        scoring = Strategies.byName(strategy);
        fleet = RealisticAudits.fleet(FLEET_SIZE, 7);
        twoThreads = new ForkJoinPool(2);
    }

    /** Shuts the pool down. */
    @TearDown
    public void tearDown() {
        twoThreads.shutdown();
    }

    /** Every audit of the fleet, one after the other. */
    @Benchmark
    public long sequential() {
        long rebuild = 0;
        for (Audit audit : fleet) {
            if (Evaluator.evaluate(audit, scoring, AuditHistory.empty()).outcome() == Outcome.REBUILD) {
                rebuild++;
            }
        }
        return rebuild;
    }

    /** The fleet split over two threads. */
    @Benchmark
    public long twoThreads() throws Exception {
        return twoThreads.submit(() -> fleet.parallelStream()
                .filter(audit -> Evaluator.evaluate(audit, scoring, AuditHistory.empty()).outcome() == Outcome.REBUILD)
                .count()).get();
    }
}
