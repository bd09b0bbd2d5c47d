package dev.backendaudit.model;

/** What role a {@link Sign} plays in the decision between optimization and rebuild. */
public enum SignKind {
    /** One of the checklist's common red flags: slow performance, frequent bugs, and so on. */
    RED_FLAG,
    /** An area's warning sign: what "needs attention" looks like in that area. */
    WARNING_SIGN,
    /**
     * A sign that the foundation itself is failing; when present at critical severity the
     * checklist strategy recommends a rebuild.
     */
    REBUILD_INDICATOR
}
