package dev.backendaudit.evidence.git;

/**
 * The smallest samples from which each history measure is reported; below them the measure is
 * UNKNOWN, with the reason, instead of a number that a handful of commits decided ("knowledge
 * concentration 100 %" from 7 commits, "7 releases a week" from 3 days).
 *
 * <pre>{@code
 * HistoryOptions.of(Path.of(".")).minimumSamples(new MinimumSamples(50, 20, 3, 12, 100));
 * }</pre>
 *
 * <p>The throughput trend needs {@code dev.backendaudit.model.Trend.MINIMUM_POINTS} complete quarters
 * (fewer can never be significant), whatever these say.
 *
 * @param commits      people's commits in the window needed for the bug-fix share, hotspots, knowledge
 *                     concentration and coupling (default {@value #DEFAULT_COMMITS})
 * @param judgedFixes  fixes whose whole refix window lies in the window needed for the refix share
 *                     (default {@value #DEFAULT_JUDGED_FIXES})
 * @param releases     releases in the window needed for the release lead time (default {@value #DEFAULT_RELEASES})
 * @param releaseWeeks weeks the window must span for the release frequency (default {@value #DEFAULT_RELEASE_WEEKS})
 * @param hubCommits   people's commits in the window from which files are judged hubs (default
 *                     {@value #DEFAULT_HUB_COMMITS}: in a smaller window a 5 % share is a handful of commits)
 */
public record MinimumSamples(int commits, int judgedFixes, int releases, int releaseWeeks, int hubCommits) {

    /** Default minimum of people's commits in the window. */
    public static final int DEFAULT_COMMITS = 30;
    /** Default minimum of judged fixes. */
    public static final int DEFAULT_JUDGED_FIXES = 10;
    /** Default minimum of releases in the window. */
    public static final int DEFAULT_RELEASES = 3;
    /** Default minimum length of the window, in weeks, for a release frequency. */
    public static final int DEFAULT_RELEASE_WEEKS = 12;
    /** Default minimum of people's commits in the window for hub files to be judged. */
    public static final int DEFAULT_HUB_COMMITS = 100;
    /** The defaults. */
    public static final MinimumSamples DEFAULTS = new MinimumSamples(DEFAULT_COMMITS, DEFAULT_JUDGED_FIXES,
            DEFAULT_RELEASES, DEFAULT_RELEASE_WEEKS, DEFAULT_HUB_COMMITS);

    /** @throws IllegalArgumentException if a minimum is below 1 */
    public MinimumSamples {
        positive("minimum commits", commits);
        positive("minimum judged fixes", judgedFixes);
        positive("minimum releases", releases);
        positive("minimum release weeks", releaseWeeks);
        positive("minimum hub commits", hubCommits);
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be >= 1, but was " + value);
        }
    }
}
