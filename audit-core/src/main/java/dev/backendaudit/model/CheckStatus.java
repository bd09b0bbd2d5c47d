package dev.backendaudit.model;

/** Whether a condition a verdict rests on was found to hold, found to fail, or could not be checked. */
public enum CheckStatus {
    /** Evidence decided every finding the condition rests on, and the condition holds. */
    HOLDS,
    /** Evidence shows the condition fails. */
    FAILS,
    /** Some finding the condition rests on has no evidence (or none bears on it), and none shows it fails. */
    UNKNOWN;

    /**
     * The status in lower case, as the rationale prints it: {@code "holds"}, {@code "fails"}, {@code "unknown"}.
     *
     * @return the word
     */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
