package dev.backendaudit.checklist;

import dev.backendaudit.model.Severity;
import java.util.List;

/**
 * The conditions under which optimization is enough. When all hold, targeted improvements restore
 * a system; when one fails, the problems are structural and optimization is not enough. The
 * checklist strategy decides each from evidence (holds, fails, or unknown) and states it in its
 * rationale only as what it was found to be.
 *
 * <ul>
 *   <li>{@link #ISSUES_ISOLATED}: from the areas, not from criteria: fails when at least the strategy's
 *       systemic number of areas (default 3) that count toward it need attention; holds when fewer do even
 *       if every such area without evidence needed attention too; unknown in between;</li>
 *   <li>{@link #ARCHITECTURE_SCALABLE}: fails when a finding of {@link #bearings()} is present at critical
 *       severity (the rebuild indicator "architecture cannot support scaling", or critical tight coupling),
 *       or when both foundation areas are critical; holds when every bearing finding is decided and none is
 *       critical;</li>
 *   <li>{@link #CODEBASE_MANAGEABLE}: the same over "complexity is unmanageable" and critical complexity;</li>
 *   <li>{@link #DEPLOYMENT_STABLE}: the same over the "deployment failures" red flag (the change failure
 *       rate): releases that fail critically often make deployment unstable; slow or rare releases are
 *       slow delivery, which optimization addresses.</li>
 * </ul>
 */
public enum OptimizationCondition {
    /** Problems sit in a few areas rather than everywhere. */
    ISSUES_ISOLATED("issues-isolated", "issues are isolated, not systemic", List.of()),
    /** The foundation can still grow. */
    ARCHITECTURE_SCALABLE("architecture-scalable", "the architecture is still scalable",
            List.of(Bearing.of(Signs.ARCHITECTURE_CANNOT_SCALE, Severity.CRITICAL),
                    Bearing.of(Signs.TIGHT_COUPLING, Severity.CRITICAL))),
    /** The team can still reason about the code. */
    CODEBASE_MANAGEABLE("codebase-manageable", "the codebase is manageable",
            List.of(Bearing.of(Signs.COMPLEXITY_UNMANAGEABLE, Severity.CRITICAL),
                    Bearing.of(Signs.COMPLEX_CODEBASE, Severity.CRITICAL))),
    /** Releases work. */
    DEPLOYMENT_STABLE("deployment-stable", "deployment processes are stable",
            List.of(Bearing.of(Signs.DEPLOYMENT_FAILURES, Severity.CRITICAL)));

    private final String id;
    private final String text;
    private final List<Bearing> bearings;

    OptimizationCondition(String id, String text, List<Bearing> bearings) {
        this.id = id;
        this.text = text;
        this.bearings = bearings;
    }

    /**
     * The condition's stable identifier, as verdicts and reports name it.
     *
     * @return e.g. {@code "architecture-scalable"}
     */
    public String id() {
        return id;
    }

    /**
     * The condition in words.
     *
     * @return e.g. {@code "issues are isolated, not systemic"}
     */
    public String text() {
        return text;
    }

    /**
     * The findings that decide the condition, each failing it when present at its severity; empty for
     * {@link #ISSUES_ISOLATED}, which is decided from the areas.
     *
     * @return the bearings
     */
    public List<Bearing> bearings() {
        return bearings;
    }
}
