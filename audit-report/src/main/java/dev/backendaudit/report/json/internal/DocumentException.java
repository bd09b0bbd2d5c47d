package dev.backendaudit.report.json.internal;

/**
 * A verdict document that is well-formed JSON of the right shape but does not make a valid verdict:
 * an id that the catalog does not define, a value that the core model rejects. Carries the JSON
 * path of the offending value, such as {@code findings[3].evidence.value}.
 */
public final class DocumentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String path;

    /** A problem at {@code path}, described by {@code reason}. */
    public DocumentException(String path, String reason, Throwable cause) {
        super(reason, cause);
        this.path = path;
    }

    /** The JSON path of the value at fault. */
    public String path() {
        return path;
    }
}
