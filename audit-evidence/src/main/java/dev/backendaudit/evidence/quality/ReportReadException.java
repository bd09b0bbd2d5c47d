package dev.backendaudit.evidence.quality;

/**
 * A build report cannot be read: malformed XML, a document of another schema than the one
 * expected, a document type declaration (external entities are never resolved), a value out of
 * range, or a report of another project. The message names the file, the line and column where
 * known, and what was expected; nothing is measured from a half-read report.
 *
 * <pre>{@code
 * try {
 *     CoverageReports.read(List.of(Path.of("target/site/jacoco/jacoco.xml")), CoverageOptions.defaults());
 * } catch (ReportReadException e) {
 *     System.err.println(e.getMessage()); // "target/site/jacoco/jacoco.xml:1:40: expected a JaCoCo XML report ..."
 * }
 * }</pre>
 */
public final class ReportReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * An error with its message.
     *
     * @param message what is wrong, naming the file
     */
    public ReportReadException(String message) {
        super(message);
    }

    /**
     * An error with its message and cause.
     *
     * @param message what is wrong, naming the file
     * @param cause   the underlying failure
     */
    public ReportReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
