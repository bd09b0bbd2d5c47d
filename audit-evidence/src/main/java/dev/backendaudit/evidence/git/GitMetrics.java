package dev.backendaudit.evidence.git;

import dev.backendaudit.checklist.Areas;
import dev.backendaudit.model.Dimension;
import dev.backendaudit.model.Metric;
import java.util.List;

/**
 * Metrics measured from git history that the standard checklist has no criterion for. They are
 * reported as evidence (a verdict lists them, no criterion judges them) so that a team can read
 * them beside the findings, or judge them with criteria of its own:
 *
 * <pre>{@code
 * builder.criterion(ThresholdCriterion.above("code-quality.knowledge-concentration", Signs.COMPLEX_CODEBASE,
 *         GitMetrics.KNOWLEDGE_CONCENTRATION, Quantity.percent(50), Quantity.percent(80)));
 * }</pre>
 *
 * <p>The standard metrics a history analysis also produces are {@code Metrics.COMMIT_THROUGHPUT},
 * {@code Metrics.BUG_FIX_SHARE} and {@code Metrics.REFIX_SHARE}.
 */
public final class GitMetrics {

    /** Share of all file changes in the window that fall on the top hotspots (the most changed files). */
    public static final Metric HOTSPOT_CHANGE_SHARE = Metric.of("code-quality.hotspot-change-share",
            Areas.CODE_QUALITY, "share of file changes on the top hotspots", Dimension.RATIO);
    /** Share of the top hotspots that only one author changed in the window: knowledge held by one person. */
    public static final Metric KNOWLEDGE_CONCENTRATION = Metric.of("code-quality.knowledge-concentration",
            Areas.CODE_QUALITY, "share of hotspots changed by a single author", Dimension.RATIO);
    /** File pairs that change together often (change coupling past the configured filters). */
    public static final Metric COUPLED_FILE_PAIRS = Metric.of("architecture.coupled-file-pairs", Areas.ARCHITECTURE,
            "file pairs with strong change coupling", Dimension.COUNT);
    /** Releases (tags matching the release pattern) per unit of time in the window. */
    public static final Metric RELEASE_FREQUENCY = Metric.of("deployment.release-frequency", Areas.DEPLOYMENT,
            "release frequency (from tags)", Dimension.RATE);
    /** Median time from a commit to the first release (tag) that contains it. */
    public static final Metric RELEASE_LEAD_TIME = Metric.of("deployment.release-lead-time", Areas.DEPLOYMENT,
            "median lead time from commit to release tag", Dimension.DURATION);

    /** Every metric of this class. */
    public static final List<Metric> ALL = List.of(HOTSPOT_CHANGE_SHARE, KNOWLEDGE_CONCENTRATION, COUPLED_FILE_PAIRS,
            RELEASE_FREQUENCY, RELEASE_LEAD_TIME);

    private GitMetrics() {
    }
}
