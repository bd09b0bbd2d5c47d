package dev.backendaudit.evidence.latency;

/**
 * The load a window of a recording was measured under, as the checklist asks: "response times
 * under normal and peak load".
 *
 * <pre>{@code
 * Recording.of(Path.of("perf/black-friday.hlog")).unit(TimeUnit.MICROSECONDS).load(Load.PEAK);
 * }</pre>
 */
public enum Load {
    /** The load the system usually carries. */
    NORMAL,
    /** The busiest load the system must carry. */
    PEAK;

    /**
     * The word used in option values and messages: {@code "normal"} or {@code "peak"}.
     *
     * @return the lowercase name
     */
    public String word() {
        return this == NORMAL ? "normal" : "peak";
    }
}
