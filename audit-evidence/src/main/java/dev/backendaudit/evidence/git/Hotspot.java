package dev.backendaudit.evidence.git;

/**
 * A file that changes often: a churn hotspot, with who changed it.
 *
 * <pre>{@code
 * report.hotspots().forEach(h -> System.out.println(h.path() + " " + h.revisions() + " revisions"));
 * }</pre>
 *
 * @param path            the file
 * @param revisions       commits in the window that changed it
 * @param linesAdded      lines added over those commits
 * @param linesDeleted    lines deleted over those commits
 * @param authors         distinct authors who changed it
 * @param mainAuthor      the author with the most of its revisions (ties: the alphabetically first)
 * @param mainAuthorShare that author's share of its revisions, 0 to 1
 */
public record Hotspot(String path, int revisions, long linesAdded, long linesDeleted, int authors, String mainAuthor,
                      double mainAuthorShare) {

    /**
     * Lines added plus lines deleted.
     *
     * @return {@link #linesAdded} plus {@link #linesDeleted}
     */
    public long churn() {
        return linesAdded + linesDeleted;
    }

    /**
     * Whether only one person changed this file in the window.
     *
     * @return true when {@link #authors} is 1
     */
    public boolean singleAuthor() {
        return authors == 1;
    }
}
