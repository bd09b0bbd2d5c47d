package dev.backendaudit.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which metric ids name a percentile of one load: ids that differ only in a percentile step
 * ({@code performance.latency-p95-peak} and {@code performance.latency-p99-peak}: same prefix, same suffix,
 * {@code p} and the percentile between). A percentile with more than two digits reads as 99.9 for
 * {@code p999}; {@code p100} is the maximum. Shared by the audit's consistency check and the certainty search,
 * so that both hold the same percentiles together. Not part of the API.
 */
public final class Percentiles {

    /** One percentile of one load: {@code load} is the id with the step replaced by {@code *}. */
    public record Step(String load, double percentile) {
    }

    private static final Pattern PERCENTILE = Pattern.compile("^(.*[.-])p(\\d+(?:\\.\\d+)?)(-.*)?$");

    private Percentiles() {
    }

    /**
     * The percentile step a metric id names.
     *
     * @param metricId a metric id
     * @return its load and percentile; empty when the id names no percentile
     */
    public static Optional<Step> step(String metricId) {
        Matcher id = PERCENTILE.matcher(metricId);
        if (!id.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Step(id.group(1) + "*" + (id.group(3) == null ? "" : id.group(3)),
                percentile(id.group(2))));
    }

    /**
     * The percentile of a step's digits: {@code "95"} is 95, {@code "999"} is 99.9, {@code "99.9"} is 99.9,
     * {@code "100"} is 100.
     *
     * @param digits the digits after {@code p}
     * @return the percentile
     */
    public static double percentile(String digits) {
        if (digits.contains(".") || digits.length() <= 2 || digits.equals("100")) {
            return Double.parseDouble(digits);
        }
        return Double.parseDouble(digits.substring(0, 2) + "." + digits.substring(2));
    }
}
