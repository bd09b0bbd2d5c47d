package dev.backendaudit.evidence.git.internal;

/**
 * A tag that points (possibly through an annotated tag) at a commit.
 *
 * @param name        the tag's short name, e.g. {@code v1.2.0}
 * @param commitId    the commit it marks
 * @param releaseTime when the release was made, seconds since the epoch: the tagger time of an
 *                    annotated tag, the commit time of a lightweight one
 */
public record TagRef(String name, String commitId, long releaseTime) {
}
