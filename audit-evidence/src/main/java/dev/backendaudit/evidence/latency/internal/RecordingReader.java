package dev.backendaudit.evidence.latency.internal;

import java.io.IOException;

/** Streams one recording's observations; may be asked to read the file more than once. */
public interface RecordingReader {

    /**
     * Streams every observation of the file into {@code sink}, in file order.
     *
     * @param sink where the observations go
     * @throws IOException if the file cannot be read
     * @throws dev.backendaudit.evidence.latency.RecordingFormatException naming the position and rule
     */
    void read(Sink sink) throws IOException;

    /**
     * How many nanoseconds one unit of the values handed to the sink is worth.
     *
     * @return the factor, e.g. 1,000,000 for milliseconds
     */
    double nanosPerValue();

    /**
     * Whether the observations carry times (so windows can be chosen by time and throughput measured).
     *
     * @return true when the format records time
     */
    boolean recordsTime();

    /**
     * What the reader noticed and the report should say (parts of the file not used, and why).
     *
     * @return notes, one sentence each, after {@link #read(Sink)}
     */
    default java.util.List<String> notes() {
        return java.util.List.of();
    }
}
