package dev.backendaudit.test.baseline;

import java.nio.file.Path;

/**
 * A baseline or waiver file that cannot be read: its path, the line and column where reading
 * failed (when known), and what is wrong. Files that fail to read are never overwritten.
 */
public final class AuditFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final int column;

    /** A failure at {@code line}:{@code column} of {@code file}; use 0 when the position is unknown. */
    public AuditFileException(Path file, int line, int column, String reason, Throwable cause) {
        super(file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + reason, cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    /** The file that failed. */
    public Path file() {
        return file;
    }

    /** The 1-based line where reading failed, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** The 1-based column where reading failed, or 0 when unknown. */
    public int column() {
        return column;
    }
}
