package dev.backendaudit.evidence.latency;

import dev.backendaudit.evidence.latency.internal.LatencyEvidence;
import dev.backendaudit.model.EvidenceReport;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a latency recording measured: its normal-load and peak-load windows, the slowdown between
 * them, and the evidence for the audit through the standard criteria (p50/p95/p99 at normal and at
 * peak load, peak slowdown, throughput, error rate), each with the file, window and sample count as
 * provenance.
 *
 * <pre>{@code
 * LatencyReport latency = LatencyRecordings.read(Recording.of(Path.of("perf/stepped.jtl")));
 * latency.peak().flatMap(LatencyWindow::p95);      // Optional[PT0.412S]
 * latency.peakSlowdown();                          // OptionalDouble[3.4]
 * audit.evidence(latency.evidence());
 * latency.unknowns().forEach(System.err::println); // what the recording could not tell
 * }</pre>
 *
 * @param sources      the recordings read, as a person names them
 * @param normal       the normal-load window, when the recording has one
 * @param peak         the peak-load window, when the recording has one
 * @param peakSlowdown p95 at peak over p95 at normal load, when both are known
 * @param unknowns     what could not be measured, and why
 * @param evidence     the evidence, ready for {@code Audit.Builder.evidence(...)}
 */
public record LatencyReport(String sources, Optional<LatencyWindow> normal, Optional<LatencyWindow> peak,
                            OptionalDouble peakSlowdown, List<String> unknowns, List<Evidence> evidence)
        implements EvidenceReport {

    /** Copies the lists. */
    public LatencyReport {
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(normal, "normal");
        Objects.requireNonNull(peak, "peak");
        Objects.requireNonNull(peakSlowdown, "peakSlowdown");
        unknowns = List.copyOf(unknowns);
        evidence = List.copyOf(evidence);
    }

    /**
     * The report of the windows given, with the evidence they make and what they leave unknown.
     *
     * @param sources  the recordings read
     * @param normal   the normal-load window, if any
     * @param peak     the peak-load window, if any
     * @param unknowns what could not be measured beyond the windows' own unknowns (a missing window, say)
     * @return the report
     */
    public static LatencyReport of(String sources, Optional<LatencyWindow> normal, Optional<LatencyWindow> peak,
                                   List<String> unknowns) {
        List<String> all = new ArrayList<>(unknowns);
        normal.ifPresent(w -> all.addAll(w.unknowns()));
        peak.ifPresent(w -> all.addAll(w.unknowns()));
        OptionalDouble slowdown = LatencyEvidence.slowdownFactor(normal, peak);
        if (slowdown.isEmpty() && (normal.isPresent() || peak.isPresent())) {
            all.add("peak slowdown: needs p95 under both normal and peak load, but "
                    + (normal.flatMap(LatencyWindow::p95).isEmpty() ? "the normal" : "the peak") + " one is unknown"
                    + (normal.flatMap(LatencyWindow::p95).filter(java.time.Duration::isZero).isPresent()
                    ? " (p95 at normal load is 0)" : ""));
        }
        return new LatencyReport(sources, normal, peak, slowdown, all, LatencyEvidence.of(normal, peak));
    }

    /**
     * The window of {@code load}.
     *
     * @param load normal or peak
     * @return the window, if the recording has one
     */
    public Optional<LatencyWindow> window(Load load) {
        return load == Load.NORMAL ? normal : peak;
    }

    /**
     * This report joined with another that measured the other load: the normal window of one and
     * the peak window of the other, so that the slowdown between two recordings is measured.
     *
     * <pre>{@code
     * LatencyReport both = LatencyRecordings.read(Recording.of(monday).unit(MICROSECONDS).load(Load.NORMAL))
     *         .with(LatencyRecordings.read(Recording.of(blackFriday).unit(MICROSECONDS).load(Load.PEAK)));
     * }</pre>
     *
     * @param other a report of the other load
     * @return the joined report
     * @throws IllegalArgumentException if both reports have a window of the same load
     */
    public LatencyReport with(LatencyReport other) {
        for (Load load : Load.values()) {
            if (window(load).isPresent() && other.window(load).isPresent()) {
                throw new IllegalArgumentException("latency reports can be joined only when each measured another"
                        + " load, but both " + sources + " and " + other.sources + " have a " + load.word()
                        + " window; give one " + load.word() + " recording");
            }
        }
        Optional<LatencyWindow> n = normal.isPresent() ? normal : other.normal;
        Optional<LatencyWindow> p = peak.isPresent() ? peak : other.peak;
        List<String> windowsOwn = new ArrayList<>();
        n.ifPresent(w -> windowsOwn.addAll(w.unknowns()));
        p.ifPresent(w -> windowsOwn.addAll(w.unknowns()));
        List<String> reasons = new ArrayList<>();
        for (String reason : concat(unknowns, other.unknowns)) {
            boolean settled = reason.startsWith("peak slowdown:")
                    || n.isPresent() && reason.startsWith("normal window:")
                    || p.isPresent() && reason.startsWith("peak window:");
            if (!settled && !windowsOwn.contains(reason)) {
                reasons.add(reason);
            }
        }
        return of(sources + " + " + other.sources, n, p, reasons);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * A few lines a person reads: each window, the slowdown, and what is unknown.
     *
     * @return the lines
     */
    public String summary() {
        StringBuilder text = new StringBuilder("latency recording ").append(sources).append('\n');
        normal.ifPresent(w -> text.append("  ").append(w.describe()).append('\n'));
        peak.ifPresent(w -> text.append("  ").append(w.describe()).append('\n'));
        peakSlowdown.ifPresent(s -> text.append("  peak slowdown (p95): ").append(Quantity.times(s)).append('\n'));
        unknowns.forEach(u -> text.append("  UNKNOWN: ").append(u).append('\n'));
        return text.toString();
    }
}
