package dev.backendaudit.evidence.git;

/**
 * A file fixed again and again: how many fixes touched it, and how many of those were followed by
 * another fix of it within the refix window.
 *
 * <pre>{@code
 * report.refixedFiles().get(0).refixes();
 * }</pre>
 *
 * @param path    the file
 * @param fixes   fix commits that changed it
 * @param refixes of those, the ones followed by another fix of the file within the refix window
 */
public record RefixedFile(String path, int fixes, int refixes) {
}
