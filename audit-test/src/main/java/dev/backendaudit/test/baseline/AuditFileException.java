package dev.backendaudit.test.baseline;

import java.nio.file.Path;

/**
 * A baseline or waiver file that cannot be read: its path, the line and column where reading
 * failed (when known), and what is wrong. Files that fail to read are never overwritten.
 */
public final class AuditFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    /** The 1-based line where reading failed, or 0 when unknown. */
    private final int line;
    /** The 1-based column where reading failed, or 0 when unknown. */
    private final int column;

    /**
     * A failure at {@code line}:{@code column} of {@code file}; use 0 when the position is unknown.
     *
     * @param file   the baseline or waiver file that could not be read
     * @param line   the 1-based line where reading failed, or 0 when unknown
     * @param column the 1-based column where reading failed, or 0 when unknown (or when {@code line} is)
     * @param reason what is wrong and how to fix it, naming the field, the rule and the value
     * @param cause  the failure underneath (the JSON parser's or the file system's), or null
     */
    public AuditFileException(Path file, int line, int column, String reason, Throwable cause) {
        super(file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + reason, cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    /**
     * The file that failed.
     *
     * @return the path as it was given to the reader
     */
    public Path file() {
        return file;
    }

    /**
     * The 1-based line where reading failed, or 0 when unknown.
     *
     * @return the line, counting from 1; 0 when the failure has no position
     */
    public int line() {
        return line;
    }

    /**
     * The 1-based column where reading failed, or 0 when unknown.
     *
     * @return the column, counting from 1; 0 when the failure has no position
     */
    public int column() {
        return column;
    }
}
