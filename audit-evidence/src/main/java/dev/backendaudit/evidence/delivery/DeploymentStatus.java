package dev.backendaudit.evidence.delivery;

import java.util.Locale;
import java.util.Optional;

/**
 * How a deployment went. In records it is written in lower case: {@code success}, {@code failure},
 * {@code rolled_back}.
 *
 * <pre>{@code
 * DeploymentStatus.parse("rolled_back"); // Optional[ROLLED_BACK]
 * }</pre>
 */
public enum DeploymentStatus {
    /** It went out and stayed. */
    SUCCESS,
    /** It failed in production (a change failure). */
    FAILURE,
    /** It was rolled back (a change failure). */
    ROLLED_BACK;

    /**
     * The status written as {@code text} (case-insensitive), if it is one.
     *
     * @param text a status as records write it, e.g. {@code rolled_back}; surrounding blanks are ignored
     * @return the status, or empty when {@code text} names none
     */
    public static Optional<DeploymentStatus> parse(String text) {
        for (DeploymentStatus status : values()) {
            if (status.name().equalsIgnoreCase(text.trim())) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    /**
     * {@code "success"}, {@code "failure"}, {@code "rolled_back"}.
     *
     * @return the status as records write it: its name in lower case
     */
    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }
}
