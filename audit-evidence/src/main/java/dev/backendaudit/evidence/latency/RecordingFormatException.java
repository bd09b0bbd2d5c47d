package dev.backendaudit.evidence.latency;

/**
 * A recording or load-test file cannot be read as its format says. The message names the file,
 * the position (line, interval or JSON location) and the rule, and nothing of the file reaches
 * the audit: {@code "perf/run.jtl:17: elapsed must be a whole number of milliseconds >= 0, but was '-3'"}.
 *
 * <pre>{@code
 * try {
 *     LatencyRecordings.read(Recording.of(Path.of("perf/run.jtl")));
 * } catch (RecordingFormatException e) {
 *     System.err.println(e.getMessage());
 * }
 * }</pre>
 */
public final class RecordingFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * An error whose message starts with {@code file:position:}.
     *
     * @param message the whole message
     */
    public RecordingFormatException(String message) {
        super(message);
    }

    /**
     * An error with the cause that revealed it.
     *
     * @param message the whole message
     * @param cause   what the underlying library or the file system reported
     */
    public RecordingFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
