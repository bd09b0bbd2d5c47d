package dev.backendaudit.evidence.git;

import java.time.Duration;
import java.util.Optional;

/**
 * Releases read from tags: how many there were in the window, how far apart, and how long commits
 * waited for them. Each commit belongs to the first release (by release time) that contains it,
 * with every earlier release excluded, so a maintenance branch's tags do not claim the main line's
 * commits twice.
 *
 * <pre>{@code
 * report.releases().medianLeadTime().ifPresent(d -> System.out.println("lead time " + d));
 * }</pre>
 *
 * @param tagsMatched     tags (in all history) whose name matches the release pattern
 * @param releases        of those, releases made in the window
 * @param medianInterval  median time between consecutive releases in the window; empty with fewer than two
 * @param medianLeadTime  median time from commit to its release, over the window's releases' commits
 * @param commitsReleased non-merge commits in the window's releases
 */
public record ReleaseSummary(int tagsMatched, int releases, Optional<Duration> medianInterval,
                             Optional<Duration> medianLeadTime, long commitsReleased) {
}
