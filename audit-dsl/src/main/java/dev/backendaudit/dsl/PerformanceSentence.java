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

/** The performance clause. */
final class PerformanceSentence extends ClauseSupport<PerformanceClause>
        implements PerformanceAboveStep, PerformanceBelowStep, LatencyLoadStep {

    /** The id of the criterion that throughput bounds create; the checklist has no standard one. */
    static final String THROUGHPUT_CRITERION = "performance.throughput";

    private static final String AREA = "performance";

    /** A latency waiting for its load: which percentile, the clause so far, the value. */
    private String latencyClause;
    private int percentile;
    private Duration latency;

    PerformanceSentence(Draft draft) {
        super(draft, AREA);
    }

    @Override
    PerformanceClause self() {
        return this;
    }

    @Override
    void settle() {
        if (latencyClause != null) {
            String pending = latencyClause;
            latencyClause = null;
            throw new IllegalStateException(pending + " needs the load it was measured under: follow it with"
                    + " .underNormalLoad() or .underPeakLoad()");
        }
        super.settle();
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
        settle();
        Args.notNull(clause, "latency", value);
        if (value.isNegative()) {
            throw new IllegalArgumentException(clause + ": p" + p + " latency must be >= 0, but was "
                    + Quantity.of(value));
        }
        this.latencyClause = clause;
        this.percentile = p;
        this.latency = value;
        return this;
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
        if (latencyClause == null) {
            throw new IllegalStateException((peak ? "underPeakLoad()" : "underNormalLoad()")
                    + " must directly follow a latency percentile such as latencyP95(...)");
        }
        String clause = latencyClause + (peak ? ".underPeakLoad()" : ".underNormalLoad()");
        latencyClause = null;
        Metric metric;
        ThresholdCriterion criterion;
        switch (percentile) {
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
        measure(clause, metric, Quantity.of(latency), criterion);
        return this;
    }

    @Override
    public PerformanceAboveStep peakSlowdown(double factor) {
        String clause = clause("peakSlowdown", factor);
        Args.finite(clause, "peak slowdown", factor);
        measure(clause, Metrics.PEAK_SLOWDOWN, Quantity.times(factor), Criteria.PEAK_SLOWDOWN);
        return this;
    }

    @Override
    public PerformanceAboveStep errorRate(Quantity rate) {
        measure(clause("errorRate", rate), Metrics.ERROR_RATE, rate, Criteria.ERROR_RATE);
        return this;
    }

    @Override
    public PerformanceBelowStep throughput(Quantity rate) {
        measure(clause("throughput", rate), Metrics.THROUGHPUT, rate, THROUGHPUT_CRITERION, Signs.SLOW_PERFORMANCE,
                Direction.LOWER_IS_WORSE);
        return this;
    }

    @Override
    public PerformanceClause recorded(EvidenceReport latency) {
        report("recorded", latency, topic -> topic.area().equals(Areas.PERFORMANCE) || topic.equals(Metrics.ERROR_RATE),
                "performance evidence (latency, slowdown, throughput) and the error rate");
        return this;
    }

    @Override
    public PerformanceClause queriesEfficient(boolean yes, String note) {
        return yesNo(clause("queriesEfficient", yes, note), Questions.QUERIES_EFFICIENT, yes, note);
    }

    @Override
    public PerformanceClause knownBottlenecks(boolean yes, String note) {
        return yesNo(clause("knownBottlenecks", yes, note), Questions.KNOWN_BOTTLENECKS, yes, note);
    }
}
