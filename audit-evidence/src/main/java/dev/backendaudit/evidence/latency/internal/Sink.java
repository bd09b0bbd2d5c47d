package dev.backendaudit.evidence.latency.internal;

import org.HdrHistogram.EncodableHistogram;

/** What a reader streams a recording into: samples, whole intervals, and outcomes without a latency. */
public interface Sink {

    /**
     * {@code count} samples of latency {@code value} (in the reader's unit) observed at {@code at}.
     *
     * @param at    where the samples stand
     * @param value the latency, in {@link RecordingReader#nanosPerValue()} units
     * @param count how many samples have this value
     */
    void sample(Observation at, long value, long count);

    /**
     * An interval histogram of an HdrHistogram log.
     *
     * @param at        the interval's time, tag and load
     * @param histogram its values, in the reader's unit
     */
    void interval(Observation at, EncodableHistogram histogram);

    /**
     * A request's outcome recorded apart from its latency (k6's {@code http_req_failed}).
     *
     * @param at     where it stands; {@link Observation#failed} says whether it failed
     */
    void outcome(Observation at);

    /**
     * A throughput the source states itself (JMH's ops/s), rather than one measured from times.
     *
     * @param at        where it stands
     * @param perSecond operations per second
     */
    default void rate(Observation at, double perSecond) {
        // most sinks measure throughput from the samples' times
    }
}
