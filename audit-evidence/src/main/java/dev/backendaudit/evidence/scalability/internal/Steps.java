package dev.backendaudit.evidence.scalability.internal;

import dev.backendaudit.evidence.latency.internal.JtlReader;
import dev.backendaudit.evidence.latency.internal.Observation;
import dev.backendaudit.evidence.latency.internal.Sink;
import dev.backendaudit.evidence.scalability.LoadPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.EncodableHistogram;

/**
 * Groups a stepped load test's completed requests by the concurrency they were made at (JMeter's
 * {@code allThreads}, k6's VUs) and turns each step into a point: its requests over its time span.
 * Memory grows with the number of distinct concurrency levels, not with requests.
 */
public final class Steps implements JtlReader.StepSink, Sink {

    /** A step needs at least this many requests to be a point. */
    public static final int MIN_REQUESTS = 20;
    /** A step needs to span at least this many milliseconds to be a point. */
    public static final long MIN_SPAN_MILLIS = 1000;

    private final Map<Long, long[]> levels = new TreeMap<>();
    private long unloaded;
    private long first = Long.MAX_VALUE;
    private long last = Long.MIN_VALUE;

    @Override
    public void row(Observation row) {
        if (Double.isNaN(row.load)) {
            unloaded++;
            return;
        }
        long[] step = levels.computeIfAbsent(Math.round(row.load), k -> new long[] {0, Long.MAX_VALUE, Long.MIN_VALUE});
        step[0]++;
        step[1] = Math.min(step[1], row.time);
        step[2] = Math.max(step[2], row.time);
        first = Math.min(first, row.time);
        last = Math.max(last, row.time);
    }

    @Override
    public void sample(Observation at, long value, long count) {
        // the latencies themselves do not make points
    }

    @Override
    public void interval(Observation at, EncodableHistogram histogram) {
        // no intervals in a load test's requests
    }

    @Override
    public void outcome(Observation at) {
        // outcomes do not make points
    }

    /** The points of the steps with enough requests and time. */
    public List<LoadPoint> points() {
        List<LoadPoint> points = new ArrayList<>();
        levels.forEach((level, step) -> {
            if (level > 0 && step[0] >= MIN_REQUESTS && step[2] - step[1] >= MIN_SPAN_MILLIS) {
                points.add(new LoadPoint(level, step[0] / ((step[2] - step[1]) / 1000.0)));
            }
        });
        return points;
    }

    /** Levels left out for want of requests or time, for the report. */
    public long transientLevels() {
        return levels.entrySet().stream().filter(e -> e.getKey() <= 0 || e.getValue()[0] < MIN_REQUESTS
                || e.getValue()[2] - e.getValue()[1] < MIN_SPAN_MILLIS).count();
    }

    /** Requests without a concurrency. */
    public long unloaded() {
        return unloaded;
    }

    /** The last request's time, or {@link Long#MIN_VALUE} without requests. */
    public long last() {
        return last;
    }
}
