package dev.backendaudit.evidence.git.internal;

import dev.backendaudit.evidence.git.GitHistoryException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/** What the JGit reader needs besides the history walk: tags, the commits of releases, a commit's files. */
final class JGitRefs implements AutoCloseable {

    private final Repository repository;
    private final Optional<String> path;
    private RevWalk releaseWalk;

    JGitRefs(Repository repository, Optional<String> path) {
        this.repository = repository;
        this.path = path;
    }

    List<TagRef> tags() {
        List<TagRef> tags = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository)) {
            for (Ref ref : repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
                RevObject target = walk.parseAny(ref.getObjectId());
                Long taggerTime = null;
                if (target instanceof RevTag && ((RevTag) target).getTaggerIdent() != null) {
                    taggerTime = ((RevTag) target).getTaggerIdent().getWhenAsInstant().getEpochSecond();
                }
                RevObject peeled = walk.peel(target);
                if (peeled instanceof RevCommit) {
                    RevCommit commit = walk.parseCommit(peeled);
                    tags.add(new TagRef(Repository.shortenRefName(ref.getName()), commit.name(),
                            taggerTime != null ? taggerTime : commit.getCommitTime()));
                }
            }
        } catch (IOException e) {
            throw new GitHistoryException("tags of " + repository.getDirectory() + " cannot be read: "
                    + e.getMessage(), e);
        }
        return tags;
    }

    void commitTimesBetween(String includeId, List<String> excludeIds, LongConsumer commitTimes) {
        try {
            // one walk for every call: commits parsed for one release are not parsed again for the next
            if (releaseWalk == null) {
                releaseWalk = new RevWalk(repository);
                releaseWalk.setRetainBody(false);
            } else {
                releaseWalk.reset();
            }
            releaseWalk.markStart(releaseWalk.parseCommit(ObjectId.fromString(includeId)));
            for (String exclude : excludeIds) {
                releaseWalk.markUninteresting(releaseWalk.parseCommit(ObjectId.fromString(exclude)));
            }
            for (RevCommit commit : releaseWalk) {
                if (commit.getParentCount() <= 1 && touchesPath(releaseWalk, commit)) {
                    commitTimes.accept(commit.getCommitTime());
                }
            }
        } catch (IOException e) {
            throw new GitHistoryException("commits of release " + includeId + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * One pass over the releases' history: a commit reached from an earlier release is claimed, and so are
     * all its ancestors (an earlier release contains them too), so each release's walk stops at the first
     * claimed commit and every commit is read once.
     */
    void firstReleaseCommitTimes(List<String> releaseCommitIds, HistorySource.ReleaseCommitTimes commitTimes) {
        try (RevWalk walk = new RevWalk(repository)) {
            walk.setRetainBody(false);
            org.eclipse.jgit.revwalk.RevFlag claimed = walk.newFlag("claimed");
            ArrayDeque<RevCommit> pending = new ArrayDeque<>();
            for (int release = 0; release < releaseCommitIds.size(); release++) {
                RevCommit tip = walk.parseCommit(ObjectId.fromString(releaseCommitIds.get(release)));
                if (!tip.has(claimed)) {
                    tip.add(claimed);
                    pending.push(tip);
                }
                while (!pending.isEmpty()) {
                    RevCommit commit = pending.pop();
                    walk.parseHeaders(commit);
                    if (commit.getParentCount() <= 1 && touchesPath(walk, commit)) {
                        commitTimes.accept(release, commit.getCommitTime());
                    }
                    for (RevCommit parent : commit.getParents()) {
                        if (!parent.has(claimed)) {
                            parent.add(claimed);
                            pending.push(parent);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new GitHistoryException("commits of releases cannot be read: " + e.getMessage(), e);
        }
    }

    java.util.Set<String> files(String commitId) {
        java.util.Set<String> files = new java.util.HashSet<>();
        try (RevWalk walk = new RevWalk(repository); TreeWalk treeWalk = new TreeWalk(repository)) {
            treeWalk.addTree(walk.parseCommit(ObjectId.fromString(commitId)).getTree());
            treeWalk.setRecursive(true);
            path.ifPresent(p -> treeWalk.setFilter(PathFilter.create(p)));
            while (treeWalk.next()) {
                files.add(treeWalk.getPathString());
            }
        } catch (IOException e) {
            throw new GitHistoryException("files of commit " + commitId + " cannot be read: " + e.getMessage(), e);
        }
        return files;
    }

    /** Whether a non-merge commit changes something under the path (always true without one). */
    private boolean touchesPath(RevWalk walk, RevCommit commit) throws IOException {
        if (path.isEmpty()) {
            return true;
        }
        try (TreeWalk treeWalk = new TreeWalk(walk.getObjectReader())) {
            if (commit.getParentCount() == 0) {
                treeWalk.addTree(new EmptyTreeIterator());
            } else {
                treeWalk.addTree(walk.parseCommit(commit.getParent(0)).getTree());
            }
            treeWalk.addTree(commit.getTree());
            treeWalk.setRecursive(true);
            treeWalk.setFilter(AndTreeFilter.create(PathFilter.create(path.get()), TreeFilter.ANY_DIFF));
            return treeWalk.next();
        }
    }

    @Override
    public void close() {
        if (releaseWalk != null) {
            releaseWalk.close();
        }
    }
}
