package dev.backendaudit.evidence.git.internal;

import dev.backendaudit.evidence.git.GitHistoryException;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryCache;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.eclipse.jgit.util.FS;

/**
 * Reads history with JGit. The walk runs on the calling thread; the diffs of consecutive commits
 * are computed on a small pool (one thread per core by default) and handed to the visitor in walk
 * order, with a bounded number in flight so that memory does not grow with the history.
 */
public final class JGitSource implements HistorySource {

    /**
     * Consecutive commits diffed by one task. Batches of 32 (to keep a parent's blobs on one thread) measured
     * no better than single commits on the synthetic repository, and spread the work less evenly.
     */
    private static final int BATCH = 1;
    /** Batches in flight at most: bounds memory whatever the history's length. */
    private static final int IN_FLIGHT = 256;
    /** Recently read file contents kept for the parent's diff; bounded so that memory stays flat. */
    private static final long BLOB_CACHE_BYTES = 32L << 20;

    private final Repository repository;
    private final int threads;
    private final Optional<String> path;
    private final JGitRefs refs;
    private HistoryCache cache;

    private JGitSource(Repository repository, int threads, Optional<String> path) {
        this.repository = repository;
        this.threads = threads;
        this.path = path;
        this.refs = new JGitRefs(repository, path);
    }

    /**
     * Opens the repository in {@code directory}: a work tree with a {@code .git} entry, a bare repository, or a
     * directory inside a work tree, whose history alone is then read.
     *
     * @throws GitHistoryException if the directory is not in a git repository
     */
    public static JGitSource open(Path directory, int threads) {
        // absolute: JGit looks for .git in the file's textual parents, and a relative "module" has none
        File dir = directory.toAbsolutePath().normalize().toFile();
        if (!dir.isDirectory()) {
            throw new GitHistoryException("repository " + directory + " must be a directory, but it does not exist"
                    + " or is a file");
        }
        try {
            FileRepositoryBuilder builder = new FileRepositoryBuilder().setMustExist(true);
            if (Files.exists(directory.resolve(Constants.DOT_GIT))) {
                builder.findGitDir(dir);
            } else if (RepositoryCache.FileKey.isGitRepository(dir, FS.DETECTED)) {
                builder.setGitDir(dir);
            } else if (builder.findGitDir(dir).getGitDir() == null) {
                throw new GitHistoryException("repository " + directory + " must be a git repository (a work tree"
                        + " with .git, a directory inside one, or a bare repository), but it is not in one");
            }
            Repository repository = builder.build();
            Optional<String> path = Optional.empty();
            if (!repository.isBare()) {
                Path root = repository.getWorkTree().toPath().toRealPath();
                String relative = root.relativize(directory.toRealPath()).toString().replace(File.separatorChar, '/');
                path = relative.isEmpty() ? Optional.empty() : Optional.of(relative);
            }
            return new JGitSource(repository, Math.max(1, threads), path);
        } catch (IOException e) {
            throw new GitHistoryException("repository " + directory + " cannot be opened: " + e.getMessage(), e);
        }
    }

    /** Reuses and extends {@code cache}: commits it knows are not diffed again. */
    public void useCache(HistoryCache historyCache) {
        this.cache = historyCache;
    }

    /** The JGit repository, for collectors that need more than history (the caller must not close it). */
    public Repository repository() {
        return repository;
    }

    @Override
    public String backend() {
        return "jgit";
    }

    @Override
    public Optional<String> path() {
        return path;
    }

    @Override
    public long newestCommitTime(String startId, int commits) {
        try (RevWalk walk = new RevWalk(repository)) {
            walk.setRetainBody(false);
            walk.markStart(walk.parseCommit(ObjectId.fromString(startId)));
            long newest = Long.MIN_VALUE;
            int seen = 0;
            for (RevCommit commit = walk.next(); commit != null && seen < commits; commit = walk.next(), seen++) {
                newest = Math.max(newest, commit.getCommitTime());
            }
            return newest;
        } catch (IOException e) {
            throw new GitHistoryException("commit " + startId + " cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<String> head() {
        try {
            ObjectId head = repository.resolve(Constants.HEAD + "^{commit}");
            return Optional.ofNullable(head).map(ObjectId::name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean isShallow() {
        try {
            return !repository.getObjectDatabase().getShallowCommits().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Resolves a revision (tag, branch, commit id) to a commit id; empty when it names nothing. */
    public Optional<String> resolveCommit(String revision) {
        try {
            ObjectId id = repository.resolve(revision + "^{commit}");
            return Optional.ofNullable(id).map(ObjectId::name);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public void walk(String startId, DiffWanted diffWanted, Predicate<CommitRecord> visitor) {
        if (path.isPresent()) {
            // a path's commits are those that change it: every commit's diff is needed to know
            diffWanted = DiffWanted.ALL;
            cache = null;
        }
        ConcurrentLinkedQueue<ObjectReader> readers = new ConcurrentLinkedQueue<>();
        ThreadLocal<ObjectReader> reader = ThreadLocal.withInitial(() -> {
            ObjectReader created = repository.newObjectReader();
            readers.add(created);
            return created;
        });
        BlobCache blobs = new BlobCache(BLOB_CACHE_BYTES);
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "jgit-diff");
            thread.setDaemon(true);
            return thread;
        });
        ArrayDeque<Future<List<CommitRecord>>> inFlight = new ArrayDeque<>();
        try (RevWalk walk = new RevWalk(repository)) {
            walk.markStart(walk.parseCommit(ObjectId.fromString(startId)));
            boolean going = true;
            List<Pending> batch = new ArrayList<>(BATCH);
            for (RevCommit commit = walk.next(); commit != null && going; commit = walk.next()) {
                CommitRecord known = cache == null ? null : cache.get(commit);
                if (known != null && batch.isEmpty()) {
                    // nothing to compute: no task, straight into the ordered queue
                    commit.disposeBody();
                    inFlight.add(java.util.concurrent.CompletableFuture.completedFuture(List.of(known)));
                    going = drain(inFlight, visitor, false);
                    continue;
                }
                if (known != null) {
                    batch.add(new Pending(known, null, null));
                } else {
                    int parents = commit.getParentCount();
                    String email = commit.getAuthorIdent().getEmailAddress().toLowerCase(Locale.ROOT);
                    String message = commit.getFullMessage();
                    boolean wanted = parents <= 1 && diffWanted.test(commit.getCommitTime(), email, message);
                    CommitRecord header = new CommitRecord(commit.name(), parents, email, commit.getCommitTime(),
                            message, wanted ? List.of() : CommitRecord.NOT_READ);
                    if (parents > 1 && path.isPresent()) {
                        // a path's history holds no merges (git log --no-merges -- path)
                        commit.disposeBody();
                        continue;
                    }
                    batch.add(new Pending(header, wanted && parents == 1 ? commit.getParent(0).getTree().copy() : null,
                            wanted && parents <= 1 ? commit.getTree().copy() : null));
                }
                commit.disposeBody();
                if (batch.size() == BATCH) {
                    inFlight.add(submit(pool, reader, blobs, batch, path));
                    batch = new ArrayList<>(BATCH);
                    going = drain(inFlight, visitor, false);
                }
            }
            if (going && !batch.isEmpty()) {
                inFlight.add(submit(pool, reader, blobs, batch, path));
            }
            if (going) {
                drain(inFlight, visitor, true);
            }
        } catch (IOException e) {
            throw new GitHistoryException("history of " + repository.getDirectory() + " cannot be read: "
                    + e.getMessage(), e);
        } finally {
            inFlight.forEach(f -> f.cancel(true));
            pool.shutdownNow();
            try {
                pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            readers.forEach(ObjectReader::close);
        }
    }

    /**
     * A commit waiting for its diff: the header read by the walk, and the trees to compare (none for a merge,
     * whose changes are not diffed, or for a commit already known from the cache).
     */
    private record Pending(CommitRecord header, ObjectId parentTree, ObjectId tree) {
    }

    /** Diffs a batch of consecutive commits on one thread. */
    private static Future<List<CommitRecord>> submit(ExecutorService pool, ThreadLocal<ObjectReader> reader,
                                                     BlobCache blobs, List<Pending> batch, Optional<String> path) {
        return pool.submit(() -> {
            List<CommitRecord> records = new ArrayList<>(batch.size());
            for (Pending pending : batch) {
                CommitRecord header = pending.header();
                if (pending.tree() == null) {
                    records.add(header);
                } else {
                    records.add(new CommitRecord(header.id(), header.parentCount(), header.authorEmail(),
                            header.commitTime(), header.message(),
                            changes(reader.get(), blobs, pending.parentTree(), pending.tree(), path)));
                }
            }
            return records;
        });
    }

    /** Hands finished records to the visitor in order (all of them when {@code all}); false when it wants no more. */
    private boolean drain(ArrayDeque<Future<List<CommitRecord>>> inFlight, Predicate<CommitRecord> visitor,
                          boolean all) {
        while (!inFlight.isEmpty() && (all || inFlight.size() >= IN_FLIGHT || inFlight.peek().isDone())) {
            for (CommitRecord record : await(inFlight.poll())) {
                if (cache != null && record.changes() != CommitRecord.NOT_READ) {
                    cache.remember(record);
                }
                if (path.isPresent() && record.changes().isEmpty()) {
                    continue;
                }
                if (!visitor.test(record)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<CommitRecord> await(Future<List<CommitRecord>> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GitHistoryException("reading history was interrupted", e);
        } catch (ExecutionException e) {
            throw new GitHistoryException("a commit's changes cannot be read: " + e.getCause().getMessage(),
                    e.getCause());
        }
    }

    /** The changes between two trees (the first null for a root commit), renames detected as git does by default. */
    private static List<FileChange> changes(ObjectReader reader, BlobCache blobs, ObjectId parentTree, ObjectId tree,
                                            Optional<String> path) throws IOException {
        List<FileChange> changes = new ArrayList<>();
        boolean adds = false;
        boolean deletes = false;
        try (TreeWalk treeWalk = treeWalk(reader, parentTree, tree, path)) {
            while (treeWalk.next()) {
                // most commits neither add nor remove a file: count their lines straight from the walk
                adds |= treeWalk.getFileMode(0) == FileMode.MISSING;
                deletes |= treeWalk.getFileMode(1) == FileMode.MISSING;
                if (adds && deletes) {
                    break;
                }
                changes.add(LineCounter.count(reader, blobs, treeWalk.getPathString(), treeWalk.getFileMode(0),
                        treeWalk.getObjectId(0), treeWalk.getFileMode(1), treeWalk.getObjectId(1)));
            }
        }
        if (!(adds && deletes)) {
            return changes;
        }
        // files added and removed together may be renames: read the diff again and pair them as git does
        List<DiffEntry> entries;
        try (TreeWalk treeWalk = treeWalk(reader, parentTree, tree, path)) {
            entries = Renames.detect(reader, DiffEntry.scan(treeWalk));
        }
        changes.clear();
        for (DiffEntry entry : entries) {
            changes.add(LineCounter.count(reader, blobs, entry));
        }
        return changes;
    }

    private static TreeWalk treeWalk(ObjectReader reader, ObjectId parentTree, ObjectId tree, Optional<String> path)
            throws IOException {
        TreeWalk treeWalk = new TreeWalk(reader);
        treeWalk.setRecursive(true);
        if (parentTree == null) {
            treeWalk.addTree(new EmptyTreeIterator());
        } else {
            treeWalk.addTree(parentTree);
        }
        treeWalk.addTree(tree);
        treeWalk.setFilter(path.isPresent()
                ? AndTreeFilter.create(PathFilter.create(path.get()), TreeFilter.ANY_DIFF) : TreeFilter.ANY_DIFF);
        return treeWalk;
    }

    @Override
    public List<TagRef> tags() {
        return refs.tags();
    }

    @Override
    public void commitTimesBetween(String includeId, List<String> excludeIds, LongConsumer commitTimes) {
        refs.commitTimesBetween(includeId, excludeIds, commitTimes);
    }

    @Override
    public void firstReleaseCommitTimes(List<String> releaseCommitIds, ReleaseCommitTimes commitTimes) {
        refs.firstReleaseCommitTimes(releaseCommitIds, commitTimes);
    }

    @Override
    public java.util.Set<String> files(String commitId) {
        return refs.files(commitId);
    }

    @Override
    public void close() {
        refs.close();
        repository.close();
    }
}
