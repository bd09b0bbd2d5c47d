package dev.backendaudit.benchmarks.recordings;

import dev.backendaudit.evidence.scalability.LoadPoint;
import dev.backendaudit.evidence.scalability.UniversalScalabilityLaw;
import dev.backendaudit.evidence.scalability.UslFit;
import dev.backendaudit.evidence.scalability.UslMethod;
import dev.backendaudit.evidence.scalability.UslModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
 * One Universal Scalability Law fit of 32 points (σ = 0.03, κ = 0.0004, λ = 120/s, 2 % noise, N = 2 .. 64),
 * with λ fitted and with λ fixed at X(1).
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar 'recordings.UslBenchmarks'
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class UslBenchmarks {

    /** How λ is treated. */
    @Param({"LAMBDA_FITTED", "LAMBDA_FIXED_AT_X1"})
    public UslMethod method;

    private List<LoadPoint> points;

    /** The 32 points. */
    @Setup
    public void points() {
        UslModel truth = new UslModel(0.03, 0.0004, 120);
        Random random = new Random(1);
        points = new ArrayList<>();
        points.add(new LoadPoint(1, truth.throughputAt(1)));
        for (int i = 1; i < 32; i++) {
            points.add(new LoadPoint(i * 2, truth.throughputAt(i * 2) * (1 + 0.02 * random.nextGaussian())));
        }
        if (!UniversalScalabilityLaw.fit(points, method).usable()) {
            throw new IllegalStateException("the benchmark's points must give a usable fit");
        }
    }

    /** The fit. */
    @Benchmark
    public UslFit fit() {
        return UniversalScalabilityLaw.fit(points, method);
    }
}
