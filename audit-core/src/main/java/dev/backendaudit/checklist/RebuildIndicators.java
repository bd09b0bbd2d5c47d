package dev.backendaudit.checklist;

import dev.backendaudit.internal.Checks;
import dev.backendaudit.model.Severity;
import dev.backendaudit.model.Sign;
import java.util.List;
import java.util.Map;

/**
 * What decides each rebuild indicator: the findings of its own sign at any severity, and critical
 * findings on what the indicator describes, since a measurement that says the same thing at its
 * critical bound is the indicator, whether or not anyone answered the indicator's own question.
 *
 * <table>
 *   <caption>The standard bearings</caption>
 *   <tr><th>indicator</th><th>counts, at any severity</th><th>counts at critical severity</th></tr>
 *   <tr><td>{@link Signs#ARCHITECTURE_CANNOT_SCALE}</td><td>its own criteria (at the scaling limit, does not
 *       support growth)</td><td>every criterion of {@link Signs#TIGHT_COUPLING} (dependency cycles, distance from the
 *       main sequence, not modular, components that cannot scale independently)</td></tr>
 *   <tr><td>{@link Signs#COMPLEXITY_UNMANAGEABLE}</td><td>its own question</td><td>every criterion of
 *       {@link Signs#COMPLEX_CODEBASE} (mean method complexity)</td></tr>
 *   <tr><td>{@link Signs#FIXES_CREATE_NEW_ISSUES}</td><td>its own criteria (refix share, its question)</td>
 *       <td>nothing else: a high share of bug fixes is frequent bugs, not fixes that cause bugs</td></tr>
 *   <tr><td>{@link Signs#DEVELOPMENT_SPEED_DECLINING}</td><td>its own criteria (throughput trend, its
 *       question)</td><td>nothing else: slow delivery is not declining delivery</td></tr>
 * </table>
 *
 * <p>A team's own rebuild indicator (a {@code Sign} of kind {@code REBUILD_INDICATOR}) is decided by its
 * own criteria. The engine decides every indicator an audit bears on into an {@code IndicatorCheck}
 * of each assessment, which every strategy can read.
 */
public final class RebuildIndicators {

    /** The bearings of the four standard rebuild indicators. */
    public static final Map<Sign, List<Bearing>> STANDARD = Map.of(
            Signs.ARCHITECTURE_CANNOT_SCALE, List.of(Bearing.of(Signs.ARCHITECTURE_CANNOT_SCALE, Severity.WARNING),
                    Bearing.of(Signs.TIGHT_COUPLING, Severity.CRITICAL)),
            Signs.COMPLEXITY_UNMANAGEABLE, List.of(Bearing.of(Signs.COMPLEXITY_UNMANAGEABLE, Severity.WARNING),
                    Bearing.of(Signs.COMPLEX_CODEBASE, Severity.CRITICAL)),
            Signs.FIXES_CREATE_NEW_ISSUES, List.of(Bearing.of(Signs.FIXES_CREATE_NEW_ISSUES, Severity.WARNING)),
            Signs.DEVELOPMENT_SPEED_DECLINING, List.of(Bearing.of(Signs.DEVELOPMENT_SPEED_DECLINING, Severity.WARNING)));

    private RebuildIndicators() {
    }

    /**
     * What bears on {@code indicator}: the standard bearings for a standard indicator, otherwise its
     * own sign at any severity.
     *
     * @param indicator a sign of kind {@code REBUILD_INDICATOR}
     * @return its bearings, its own sign first
     * @throws IllegalArgumentException if the sign is not a rebuild indicator
     */
    public static List<Bearing> bearingsOn(Sign indicator) {
        Checks.notNull("indicator", indicator);
        if (!indicator.isRebuildIndicator()) {
            throw new IllegalArgumentException("indicator must be a sign of kind REBUILD_INDICATOR, but '"
                    + indicator.id() + "' is " + indicator.kind());
        }
        List<Bearing> standard = STANDARD.get(indicator);
        return standard != null ? standard : List.of(Bearing.of(indicator, Severity.WARNING));
    }
}
