package dev.backendaudit.model;

import dev.backendaudit.internal.Percentiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Rules that pieces of evidence about different topics must obey together, checked when an audit is
 * built: a value that contradicts another cannot both be true, so the audit fails naming both
 * rather than judging either.
 *
 * <p>Percentiles of one load: for metrics whose ids differ only in a percentile step
 * ({@code performance.latency-p95-peak} and {@code performance.latency-p99-peak}: same prefix, same
 * suffix, {@code p} and the percentile between), a higher percentile must not be lower than a
 * lower one (p50 &lt;= p95 &lt;= p99). A percentile with more than two digits reads as 99.9 for
 * {@code p999}; {@code p100} is the maximum ({@link Percentiles}, which the certainty search holds its
 * hypothetical percentiles to as well).
 */
final class EvidenceConsistency {

    private EvidenceConsistency() {
    }

    /**
     * Returns {@code evidence} when its pieces agree with each other.
     *
     * @throws IllegalArgumentException naming both measurements and their sources when percentiles of one load
     *                                  contradict each other
     */
    static List<Evidence> checked(List<Evidence> evidence) {
        Map<String, TreeMap<Double, Measurement>> ladders = new TreeMap<>();
        for (Evidence item : evidence) {
            if (item instanceof Measurement m && m.metric().dimension() == Dimension.DURATION) {
                Optional<Percentiles.Step> step = Percentiles.step(m.metric().id());
                if (step.isPresent()) {
                    ladders.computeIfAbsent(step.get().load(), k -> new TreeMap<>()).put(step.get().percentile(), m);
                }
            }
        }
        for (TreeMap<Double, Measurement> ladder : ladders.values()) {
            List<Measurement> rising = new ArrayList<>(ladder.values());
            for (int i = 1; i < rising.size(); i++) {
                Measurement lower = rising.get(i - 1);
                Measurement higher = rising.get(i);
                if (higher.baseValue() < lower.baseValue()) {
                    throw new IllegalArgumentException(higher.metric().name() + " must not be below "
                            + lower.metric().name() + " (a higher percentile of one load cannot be lower), but "
                            + higher.value() + " from " + higher.provenance() + " is below " + lower.value()
                            + " from " + lower.provenance());
                }
            }
        }
        return evidence;
    }

    /** {@code "95"} is 95, {@code "999"} is 99.9, {@code "99.9"} is 99.9, {@code "100"} is 100. */
    static double percentile(String digits) {
        return Percentiles.percentile(digits);
    }
}
