package dev.backendaudit.report.json;

import java.util.Optional;

/**
 * A verdict or history document that cannot be read: its bytes are not UTF-8, it is not JSON, it
 * is cut short, a value has the wrong type, its schema version is newer than this library reads,
 * its content does not make a valid verdict, its derived parts contradict its evidence, or a stored
 * file holds another verdict than its name says. The message names the source, the position (line
 * and column where the parser knows it, else the JSON path) and the reason, in words of its own:
 *
 * <pre>
 * history/checkout-service_2026-11-20T09-00-00Z.json, line 12, column 17 (at coverage.decided): decided must be a whole number, but was the text "many"
 * </pre>
 *
 * <pre>{@code
 * try {
 *     Verdict verdict = VerdictJson.read(Path.of("verdict.json"));
 * } catch (VerdictReadException e) {
 *     System.err.println(e.getMessage());   // where and why
 *     e.line();                              // Optional<Integer>
 * }
 * }</pre>
 */
public final class VerdictReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final Integer line;
    private final Integer column;
    private final String path;
    private final String reason;

    /**
     * A read failure.
     *
     * @param source where the document came from (a file name, or {@code "<string>"})
     * @param line   1-based line, or null if unknown
     * @param column 1-based column, or null if unknown
     * @param path   JSON path of the value at fault, such as {@code findings[3].evidence}, or null
     * @param reason what is wrong
     * @param cause  the underlying failure, or null
     */
    public VerdictReadException(String source, Integer line, Integer column, String path, String reason,
                                Throwable cause) {
        super(message(source, line, column, path, reason), cause);
        this.source = source;
        this.line = line;
        this.column = column;
        this.path = path;
        this.reason = reason;
    }

    private static String message(String source, Integer line, Integer column, String path, String reason) {
        StringBuilder text = new StringBuilder(source);
        if (line != null) {
            text.append(", line ").append(line);
            if (column != null) {
                text.append(", column ").append(column);
            }
        }
        if (path != null && !path.isEmpty()) {
            text.append(line != null ? " (at " + path + ")" : ", at " + path);
        }
        return text.append(": ").append(reason).toString();
    }

    /** Where the document came from. */
    public String source() {
        return source;
    }

    /** The 1-based line of the fault, when the parser knows it. */
    public Optional<Integer> line() {
        return Optional.ofNullable(line);
    }

    /** The 1-based column of the fault, when the parser knows it. */
    public Optional<Integer> column() {
        return Optional.ofNullable(column);
    }

    /** The JSON path of the value at fault, when known. */
    public Optional<String> path() {
        return Optional.ofNullable(path).filter(p -> !p.isEmpty());
    }

    /** What is wrong, without the position. */
    public String reason() {
        return reason;
    }
}
