package dev.backendaudit.model;

/** How bad a present sign is. Declared from mild to severe, so {@code compareTo} orders by severity. */
public enum Severity {
    /** Needs attention; optimization territory on its own. */
    WARNING,
    /** Serious; in the foundation or in a rebuild indicator, the checklist's rebuild territory. */
    CRITICAL
}
