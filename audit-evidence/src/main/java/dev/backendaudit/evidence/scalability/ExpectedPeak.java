package dev.backendaudit.evidence.scalability;

import dev.backendaudit.evidence.latency.LatencyReport;
import dev.backendaudit.evidence.latency.LatencyWindow;
import java.util.Objects;
import java.util.Optional;

/**
 * The concurrency the system must carry at its busiest, and who says so: a load test's fitted
 * peak is judged against it.
 *
 * <pre>{@code
 * ExpectedPeak.of(400, "capacity plan 2027")
 * ExpectedPeak.fromPeakWindow(latency)   // the peak window's threads or VUs, when recorded
 * }</pre>
 *
 * @param concurrency requests in flight at the expected peak, above zero
 * @param source      who or what gives it
 */
public record ExpectedPeak(double concurrency, String source) {

    /** @throws IllegalArgumentException naming the value and the rule */
    public ExpectedPeak {
        if (!Double.isFinite(concurrency) || concurrency <= 0) {
            throw new IllegalArgumentException("expected peak concurrency must be a finite number > 0, but was "
                    + concurrency);
        }
        Objects.requireNonNull(source, "source");
    }

    /**
     * An expected peak given by a person or a plan.
     *
     * @param concurrency requests in flight at the expected peak
     * @param source      who says so
     * @return the expected peak
     */
    public static ExpectedPeak of(double concurrency, String source) {
        return new ExpectedPeak(concurrency, source);
    }

    /**
     * The most threads or virtual users of a latency report's peak window, when its format records them.
     *
     * @param latency a latency report
     * @return the peak window's concurrency, with the window as its source
     */
    public static Optional<ExpectedPeak> fromPeakWindow(LatencyReport latency) {
        Optional<LatencyWindow> peak = latency.peak();
        if (peak.isEmpty() || peak.get().concurrency().isEmpty() || peak.get().concurrency().getAsDouble() <= 0) {
            return Optional.empty();
        }
        return Optional.of(new ExpectedPeak(peak.get().concurrency().getAsDouble(), "the peak window's concurrency ("
                + peak.get().file() + ", " + peak.get().selection() + ")"));
    }
}
