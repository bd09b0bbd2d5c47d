package dev.backendaudit.evidence.latency.internal;

import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.evidence.latency.LatencyWindow;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.Metric;
import dev.backendaudit.model.Provenance;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.Unit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Turns a recording's windows into the standard checklist's evidence: p50, p95 and p99 at normal and
 * peak load, the peak slowdown (p95 at peak over p95 at normal load), throughput (the peak window's,
 * else the normal one's) and error rate (the normal window's, else the peak one's).
 */
public final class LatencyEvidence {

    private LatencyEvidence() {
    }

    /** The evidence of the windows given. */
    public static List<Evidence> of(Optional<LatencyWindow> normal, Optional<LatencyWindow> peak) {
        List<Evidence> evidence = new ArrayList<>();
        normal.ifPresent(w -> percentiles(w, Metrics.LATENCY_P50_NORMAL, Metrics.LATENCY_P95_NORMAL,
                Metrics.LATENCY_P99_NORMAL, evidence));
        peak.ifPresent(w -> percentiles(w, Metrics.LATENCY_P50_PEAK, Metrics.LATENCY_P95_PEAK,
                Metrics.LATENCY_P99_PEAK, evidence));
        slowdown(normal, peak).ifPresent(factor -> evidence.add(Measurement.of(Metrics.PEAK_SLOWDOWN,
                Quantity.times(factor), new Provenance(peak.get().format().source(), Optional.of("p95 " + show(peak.get().p95())
                        + " at peak (" + where(peak.get()) + ") / p95 " + show(normal.get().p95()) + " at normal load ("
                        + where(normal.get()) + ")"), peak.get().until()))));
        Optional<LatencyWindow> busy = peak.isPresent() && peak.get().requestsPerSecond().isPresent() ? peak : normal;
        busy.filter(w -> w.requestsPerSecond().isPresent()).ifPresent(w -> evidence.add(Measurement.of(
                Metrics.THROUGHPUT, Quantity.of(w.requestsPerSecond().getAsDouble(), Unit.PER_SECOND), provenance(w))));
        Optional<LatencyWindow> usual = normal.isPresent() && normal.get().errorRate().isPresent() ? normal : peak;
        usual.filter(w -> w.errorRate().isPresent()).ifPresent(w -> evidence.add(Measurement.of(Metrics.ERROR_RATE,
                Quantity.ratio(w.errorRate().getAsDouble()), provenance(w))));
        return evidence;
    }

    /** p95 at peak over p95 at normal load, when both are known and the normal one is above zero. */
    public static OptionalDouble slowdownFactor(Optional<LatencyWindow> normal, Optional<LatencyWindow> peak) {
        Optional<Double> factor = slowdown(normal, peak);
        return factor.isPresent() ? OptionalDouble.of(factor.get()) : OptionalDouble.empty();
    }

    private static Optional<Double> slowdown(Optional<LatencyWindow> normal, Optional<LatencyWindow> peak) {
        if (normal.isEmpty() || peak.isEmpty() || normal.get().p95().isEmpty() || peak.get().p95().isEmpty()
                || normal.get().p95().get().isZero()) {
            return Optional.empty();
        }
        return Optional.of((double) peak.get().p95().get().toNanos() / normal.get().p95().get().toNanos());
    }

    private static void percentiles(LatencyWindow window, Metric p50, Metric p95, Metric p99, List<Evidence> into) {
        Provenance provenance = provenance(window);
        window.p50().ifPresent(d -> into.add(Measurement.of(p50, Quantity.of(d), provenance)));
        window.p95().ifPresent(d -> into.add(Measurement.of(p95, Quantity.of(d), provenance)));
        window.p99().ifPresent(d -> into.add(Measurement.of(p99, Quantity.of(d), provenance)));
    }

    /** Where a window's evidence comes from: the file, the window and the samples it rests on. */
    public static Provenance provenance(LatencyWindow window) {
        return new Provenance(window.format().source(), Optional.of(where(window)), window.until());
    }

    private static String where(LatencyWindow window) {
        StringBuilder text = new StringBuilder(window.file()).append(", ").append(window.load().word())
                .append(" window ").append(window.selection()).append(", ").append(window.samples()).append(" samples");
        if (window.intervals() > 0) {
            text.append(" in ").append(window.intervals()).append(" intervals");
        }
        if (window.from().isPresent() && window.until().isPresent()) {
            text.append(" over ").append(Quantity.of(Duration.between(window.from().get(), window.until().get())));
        }
        return text.toString();
    }

    private static String show(Optional<Duration> value) {
        return value.map(d -> Quantity.of(d).toString()).orElse("-");
    }
}
