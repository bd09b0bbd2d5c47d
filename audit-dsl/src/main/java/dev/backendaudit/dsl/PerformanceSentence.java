package dev.backendaudit.dsl;

import dev.backendaudit.checklist.Areas;
import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.checklist.Questions;
import dev.backendaudit.checklist.Signs;
import dev.backendaudit.model.Direction;
import dev.backendaudit.model.EvidenceReport;
import dev.backendaudit.model.Metric;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.ThresholdCriterion;
import java.time.Duration;

/** The performance clause: one immutable value per step. */
final class PerformanceSentence extends ClauseSupport<PerformanceClause>
        implements PerformanceAboveStep, PerformanceBelowStep, LatencyLoadStep {

    /** The id of the criterion that throughput bounds create; the checklist has no standard one. */
    static final String THROUGHPUT_CRITERION = "performance.throughput";

    /**
     * A latency waiting for its load.
     *
     * @param clause     the clause as written
     * @param percentile 50, 95 or 99
     * @param latency    the value
     */
    record AwaitingLoad(String clause, int percentile, Duration latency) implements Pending {

        @Override
        public boolean finished() {
            return false;
        }

        @Override
        public String howToFinish() {
            return clause + " needs the load it was measured under: follow it with .underNormalLoad() or"
                    + " .underPeakLoad()";
        }
    }

    private PerformanceSentence(State state) {
        super(state);
    }

    static PerformanceSentence start() {
        return new PerformanceSentence(State.start("performance"));
    }

    @Override
    PerformanceSentence with(State next) {
        return new PerformanceSentence(next);
    }

    @Override
    PerformanceClause self() {
        return this;
    }

    @Override
    public LatencyLoadStep latencyP50(Duration value) {
        return latency(50, value);
    }

    @Override
    public LatencyLoadStep latencyP95(Duration value) {
        return latency(95, value);
    }

    @Override
    public LatencyLoadStep latencyP99(Duration value) {
        return latency(99, value);
    }

    private LatencyLoadStep latency(int p, Duration value) {
        String clause = clause("latencyP" + p, value);
        State from = settled();
        Args.notNull(clause, "latency", value);
        if (value.isNegative()) {
            throw new IllegalArgumentException(clause + ": p" + p + " latency must be >= 0, but was "
                    + Quantity.of(value));
        }
        return with(from.pending(new AwaitingLoad(clause, p, value)));
    }

    @Override
    public PerformanceAboveStep underNormalLoad() {
        return load(false);
    }

    @Override
    public PerformanceAboveStep underPeakLoad() {
        return load(true);
    }

    private PerformanceAboveStep load(boolean peak) {
        if (!(state.pending() instanceof AwaitingLoad awaiting)) {
            throw new IllegalStateException((peak ? "underPeakLoad()" : "underNormalLoad()")
                    + " must directly follow a latency percentile such as latencyP95(...)");
        }
        state.open().continued(awaiting);
        String clause = awaiting.clause() + (peak ? ".underPeakLoad()" : ".underNormalLoad()");
        Metric metric;
        ThresholdCriterion criterion;
        switch (awaiting.percentile()) {
            case 50:
                metric = peak ? Metrics.LATENCY_P50_PEAK : Metrics.LATENCY_P50_NORMAL;
                criterion = peak ? Criteria.P50_PEAK : Criteria.P50_NORMAL;
                break;
            case 95:
                metric = peak ? Metrics.LATENCY_P95_PEAK : Metrics.LATENCY_P95_NORMAL;
                criterion = peak ? Criteria.P95_PEAK : Criteria.P95_NORMAL;
                break;
            default:
                metric = peak ? Metrics.LATENCY_P99_PEAK : Metrics.LATENCY_P99_NORMAL;
                criterion = peak ? Criteria.P99_PEAK : Criteria.P99_NORMAL;
                break;
        }
        return with(measured(state.pending(null), clause, metric, Quantity.of(awaiting.latency()), criterion));
    }

    @Override
    public PerformanceAboveStep peakSlowdown(double factor) {
        String clause = clause("peakSlowdown", factor);
        Args.finite(clause, "peak slowdown", factor);
        return with(measured(clause, Metrics.PEAK_SLOWDOWN, Quantity.times(factor), Criteria.PEAK_SLOWDOWN));
    }

    @Override
    public PerformanceAboveStep errorRate(Quantity rate) {
        return with(measured(clause("errorRate", rate), Metrics.ERROR_RATE, rate, Criteria.ERROR_RATE));
    }

    @Override
    public PerformanceBelowStep throughput(Quantity rate) {
        return with(measured(settled(), clause("throughput", rate), Metrics.THROUGHPUT, rate, THROUGHPUT_CRITERION,
                Signs.SLOW_PERFORMANCE, Direction.LOWER_IS_WORSE));
    }

    @Override
    public PerformanceClause recorded(EvidenceReport latency) {
        return then(reported("recorded", latency,
                topic -> topic.area().equals(Areas.PERFORMANCE) || topic.equals(Metrics.ERROR_RATE),
                "performance evidence (latency, slowdown, throughput) and the error rate"));
    }

    @Override
    public PerformanceClause queriesEfficient(boolean yes) {
        return yesNo("queriesEfficient", Questions.QUERIES_EFFICIENT, yes);
    }

    @Override
    public PerformanceClause queriesEfficient(boolean yes, String note) {
        return yesNo("queriesEfficient", Questions.QUERIES_EFFICIENT, yes, note);
    }

    @Override
    public PerformanceClause knownBottlenecks(boolean yes) {
        return yesNo("knownBottlenecks", Questions.KNOWN_BOTTLENECKS, yes);
    }

    @Override
    public PerformanceClause knownBottlenecks(boolean yes, String note) {
        return yesNo("knownBottlenecks", Questions.KNOWN_BOTTLENECKS, yes, note);
    }
}
