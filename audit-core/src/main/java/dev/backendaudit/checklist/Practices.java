package dev.backendaudit.checklist;

import java.util.List;

/** The ongoing practices that keep a healthy backend healthy. */
public final class Practices {

    /** Audit on a schedule. */
    public static final Action REGULAR_AUDITS = new Action("regular-audits", "Audit regularly",
            "Run this audit on a schedule (in CI, say) and compare each verdict with the last");
    /** Keep watching. */
    public static final Action CONTINUOUS_MONITORING = new Action("continuous-monitoring", "Monitor continuously",
            "Keep watching latency, errors and saturation, and review the trends, not only the alerts");
    /** Refactor before it hurts. */
    public static final Action PROACTIVE_REFACTORING = new Action("proactive-refactoring", "Refactor proactively",
            "Set aside time every iteration to simplify the code that changes most");
    /** Keep documentation current. */
    public static final Action CLEAR_DOCUMENTATION = new Action("clear-documentation", "Maintain clear documentation",
            "Update architecture notes and runbooks in the same change as the code they describe");
    /** Automate what repeats. */
    public static final Action INVEST_IN_AUTOMATION = new Action("invest-in-automation", "Invest in automation",
            "Automate every repeated step of building, testing, releasing and recovering");

    /** All ongoing practices. */
    public static final List<Action> ALL = List.of(REGULAR_AUDITS, CONTINUOUS_MONITORING, PROACTIVE_REFACTORING,
            CLEAR_DOCUMENTATION, INVEST_IN_AUTOMATION);

    private Practices() {
    }
}
