package dev.backendaudit.evidence.latency.internal;

/**
 * Where one sample or interval of a recording stands: its time, tag, label, load level and outcome.
 * Readers reuse one instance per file, so that streaming allocates nothing per sample.
 */
public final class Observation {

    /** The time of an observation in a format that records none. */
    public static final long NO_TIME = Long.MIN_VALUE;

    /** Epoch milliseconds: a sample's time stamp, an interval's start; {@link #NO_TIME} if not recorded. */
    public long time = NO_TIME;
    /** Epoch milliseconds at the end of an interval; equal to {@link #time} for a sample. */
    public long endTime = NO_TIME;
    /** The source's grouping of load phases (hlog tag, k6 scenario, JMeter thread group); null if none. */
    public String tag;
    /** The request's name (JTL label, k6 name tag, JMH benchmark); null if none. */
    public String label;
    /** The load level when the observation was made (threads, VUs, values per second); NaN if not recorded. */
    public double load = Double.NaN;
    /** Whether the source says if this sample succeeded. */
    public boolean outcomeKnown;
    /** Whether the sample failed (meaningful when {@link #outcomeKnown}). */
    public boolean failed;
    /** The line the observation is on, when the format has lines that matter; -1 otherwise. */
    public long line = -1;
    /** Where in the file the observation is when it is not a line, for messages: {@code "interval 4"}. */
    public String position = "";

    /**
     * Where in the file the observation is, for messages.
     *
     * @return {@code "17"} (a line) or {@code "interval 4"}
     */
    public String position() {
        return line >= 0 ? String.valueOf(line) : position;
    }

    /** Resets every field before the next observation. */
    public void clear() {
        time = NO_TIME;
        endTime = NO_TIME;
        tag = null;
        label = null;
        load = Double.NaN;
        outcomeKnown = false;
        failed = false;
        line = -1;
    }
}
