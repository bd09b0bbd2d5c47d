package dev.backendaudit.evidence.latency.internal;

import dev.backendaudit.evidence.latency.RecordingFormatException;

/** JMH's score units: {@code "us/op"} and the like for times, {@code "ops/s"} and the like for throughput. */
final class JmhUnits {

    private JmhUnits() {
    }

    /** Nanoseconds in one unit of a time score such as {@code "ms/op"}. */
    static double nanosPer(String unit, String where) {
        switch (unit) {
            case "ns/op": return 1;
            case "us/op": return 1e3;
            case "ms/op": return 1e6;
            case "s/op": return 1e9;
            case "min/op": return 60e9;
            default:
                throw new RecordingFormatException(where + ".primaryMetric.scoreUnit: a time mode's unit must be one of"
                        + " ns/op, us/op, ms/op, s/op, min/op, but was '" + unit + "'");
        }
    }

    /** Operations per second in one unit of a throughput score such as {@code "ops/ms"}. */
    static double perSecond(String unit, String where) {
        switch (unit) {
            case "ops/ns": return 1e9;
            case "ops/us": return 1e6;
            case "ops/ms": return 1e3;
            case "ops/s": return 1;
            case "ops/min": return 1 / 60.0;
            default:
                throw new RecordingFormatException(where + ".primaryMetric.scoreUnit: a throughput's unit must be one"
                        + " of ops/ns, ops/us, ops/ms, ops/s, ops/min, but was '" + unit + "'");
        }
    }
}
