package dev.backendaudit.evidence.git;

/**
 * A file left out of hotspots, refixes and coupling, and why: a lock or generated file (matched by a
 * glob of {@code HistoryOptions.generatedFiles}), or a hub that a large share of the window's commits
 * change (a dependency-version file, a module list, a changelog), whose revisions say more about how
 * the project is organised than about the code.
 *
 * <pre>{@code
 * report.leftOut().forEach(f -> System.out.println(f.path() + ": " + f.reason()));
 * }</pre>
 *
 * @param path      the file (its newest path in the window)
 * @param reason    {@code "generated"} or {@code "hub"}
 * @param revisions people's commits in the window that changed it
 * @param share     those commits over all people's commits in the window, 0 to 1
 */
public record LeftOutFile(String path, String reason, int revisions, double share) {
}
