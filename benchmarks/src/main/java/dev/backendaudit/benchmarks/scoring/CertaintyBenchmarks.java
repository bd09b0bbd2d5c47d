package dev.backendaudit.benchmarks.scoring;

import dev.backendaudit.bounds.Certainty;
import dev.backendaudit.bounds.CertaintySearch;
import dev.backendaudit.bounds.internal.PolicyPath;
import dev.backendaudit.bounds.internal.Resolutions;
import dev.backendaudit.engine.Evaluator;
import dev.backendaudit.model.Assessment;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Decision;
import dev.backendaudit.model.EvidencePolicy;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.scoring.NextSteps;
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
 * What a verdict's certainty (outcome bounds, settle list, flip set, margin) costs on the 50-criterion realistic
 * audit, against one evaluation without it, in the same run:
 *
 * <ul>
 *   <li>{@code evaluationWithoutCertainty}: what {@code Evaluator.evaluate} did before verdicts carried a
 *       certainty: judge every criterion, decide, hold the decision to the evidence policy (whose best case for
 *       a REBUILD on thin evidence is computed only when asked for), pick the next steps, build the verdict;</li>
 *   <li>{@code certainty}: {@code CertaintySearch.run} alone on the ready assessment;</li>
 *   <li>{@code evaluate}: {@code Evaluator.evaluate} as it is now, whose verdict computes its certainty on
 *       first use (so this is the evaluation alone, except for an INCONCLUSIVE verdict whose next steps follow
 *       what would settle it);</li>
 *   <li>{@code evaluateAndCertainty}: the same, then the certainty asked for, as a report or an assertion on
 *       the bounds does.</li>
 * </ul>
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar 'scoring.CertaintyBenchmarks' -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CertaintyBenchmarks {

    /** The strategy, by its registered name. */
    @Param({"checklist", "worst-area", "weighted-score", "maturity-levels", "risk-count", "gate", "composite"})
    public String strategy;

    private ScoringStrategy scoring;
    private Audit audit;
    private Assessment assessment;
    private Outcome outcome;

    /** Builds the audit, loads the strategy and evaluates once, outside the measurement. */
    @Setup
    public void setUp() {
        scoring = Strategies.byName(strategy);
        audit = RealisticAudits.checkout();
        assessment = RealisticAudits.assessedCheckout(audit);
        Verdict verdict = Evaluator.evaluate(audit, scoring);
        outcome = verdict.outcome();
        Certainty certainty = verdict.certainty();
        System.out.println("# " + strategy + ": " + outcome + ", bounds " + certainty.bounds() + ", "
                + assessment.unknown().size() + " unknown, " + certainty.strategyCalls() + " strategy calls, settle "
                + certainty.settle().size() + ", flip " + certainty.flip().map(f -> f.changes().size()).orElse(0)
                + ", margin " + certainty.margin().isPresent());
    }

    /** The evaluation as it was before verdicts carried a certainty. */
    @Benchmark
    public Verdict evaluationWithoutCertainty() {
        return withoutCertainty(audit, scoring);
    }

    /**
     * {@code Evaluator.evaluate} as it was before verdicts carried a certainty: assess, decide, hold to the
     * default evidence policy (its best case for a REBUILD on thin evidence decided only when asked for), pick
     * the standard next steps, build the verdict.
     */
    static Verdict withoutCertainty(Audit audit, ScoringStrategy scoring) {
        Assessment assessed = Evaluator.assess(audit);
        Decision decision = PolicyPath.enforce(EvidencePolicy.DEFAULT, assessed,
                Resolutions.decide(scoring, assessed, AuditHistory.empty()),
                () -> Resolutions.of(assessed, scoring, AuditHistory.empty(), EvidencePolicy.DEFAULT, 1).best());
        return new Verdict(assessed, decision.withNextSteps(decision.nextSteps()
                .orElseGet(() -> NextSteps.standard(decision.outcome(), assessed))), scoring.id(),
                EvidencePolicy.DEFAULT);
    }

    /** The certainty alone: bounds, sample resolutions, settle list, flip set and margin. */
    @Benchmark
    public Certainty certainty() {
        return CertaintySearch.run(assessment, scoring, AuditHistory.empty(), EvidencePolicy.DEFAULT, outcome);
    }

    /** The evaluation as it is now: the verdict's certainty is computed on first use, not here. */
    @Benchmark
    public Verdict evaluate() {
        return Evaluator.evaluate(audit, scoring, AuditHistory.empty());
    }

    /** The evaluation, then its certainty asked for. */
    @Benchmark
    public Certainty evaluateAndCertainty() {
        Certainty certainty = Evaluator.evaluate(audit, scoring, AuditHistory.empty()).certainty();
        certainty.bounds();
        return certainty;
    }
}
