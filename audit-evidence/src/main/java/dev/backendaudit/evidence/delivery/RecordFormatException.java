package dev.backendaudit.evidence.delivery;

/**
 * A deployment or incident record cannot be read. The message names the file, the line and the
 * rule: {@code "deployments.csv:7: status must be one of success, failure, rolled_back, but was 'ok'"}.
 *
 * <pre>{@code
 * try {
 *     DeliveryRecords.readDeployments(Path.of("ops/deployments.csv"));
 * } catch (RecordFormatException e) {
 *     System.err.println(e.getMessage());
 * }
 * }</pre>
 */
public final class RecordFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * An error whose message starts with {@code file:line:}.
     *
     * @param message what is wrong, starting with {@code file:line:}, then the field, the rule and the value
     */
    public RecordFormatException(String message) {
        super(message);
    }

    /**
     * An error with a cause.
     *
     * @param message what is wrong, starting with {@code file:line:}, then the field, the rule and the value
     * @param cause   the failure that revealed it, e.g. the CSV parser's or the file system's
     */
    public RecordFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
