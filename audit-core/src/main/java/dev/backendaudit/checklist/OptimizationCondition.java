package dev.backendaudit.checklist;

/**
 * The conditions under which optimization is enough. When all hold, targeted improvements restore
 * a system; when one fails, the problems are structural. The checklist strategy checks each and
 * names them in its rationale.
 */
public enum OptimizationCondition {
    /** Problems sit in a few areas rather than everywhere. */
    ISSUES_ISOLATED("issues are isolated, not systemic"),
    /** The foundation can still grow. */
    ARCHITECTURE_SCALABLE("the architecture is still scalable"),
    /** The team can still reason about the code. */
    CODEBASE_MANAGEABLE("the codebase is manageable"),
    /** Releases work. */
    DEPLOYMENT_STABLE("deployment processes are stable");

    private final String text;

    OptimizationCondition(String text) {
        this.text = text;
    }

    /** The condition in words, e.g. {@code "issues are isolated, not systemic"}. */
    public String text() {
        return text;
    }
}
