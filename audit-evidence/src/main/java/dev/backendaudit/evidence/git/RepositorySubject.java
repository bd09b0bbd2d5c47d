package dev.backendaudit.evidence.git;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.URIish;

/**
 * The name an audit of a repository goes by: stable for the same repository wherever it is cloned,
 * and distinct for two repositories that merely share a directory name, so that their verdicts
 * never become one history.
 *
 * <ul>
 *   <li>the {@code origin} remote (else the first remote by name) as host and path, without
 *       scheme, user, password, port or {@code .git}: {@code git@github.com:shop/checkout.git} and
 *       {@code https://ci:token@github.com/shop/checkout} are both {@code github.com/shop/checkout};</li>
 *   <li>without a remote on a host (none, or a local path), the directory's name and the first
 *       12 hex digits of the root commit reached from {@code HEAD} by first parents:
 *       {@code checkout@1a2b3c4d5e6f};</li>
 *   <li>for a directory inside the work tree, the same followed by its path: {@code
 *       github.com/shop/monorepo/services/checkout}.</li>
 * </ul>
 *
 * <pre>{@code
 * String subject = RepositorySubject.of(Path.of("."));       // github.com/shop/checkout
 * }</pre>
 */
public final class RepositorySubject {

    private RepositorySubject() {
    }

    /**
     * The subject of the repository {@code directory} is in.
     *
     * @param directory a work tree, a directory inside one, or a bare repository
     * @return its subject
     * @throws GitHistoryException if it is in no repository, or the repository has no commit and no remote
     */
    public static String of(Path directory) {
        File dir = directory.toAbsolutePath().normalize().toFile();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(dir);
        if (builder.getGitDir() == null) {
            throw new GitHistoryException("repository " + directory + " must be in a git repository (a work tree with"
                    + " .git, or a bare repository), but it is not");
        }
        try (Repository repository = builder.setMustExist(true).build()) {
            String base = remote(repository).orElseGet(() -> rootName(repository, directory));
            if (repository.isBare()) {
                return base;
            }
            Path top = repository.getWorkTree().toPath().toAbsolutePath().normalize();
            Path inside = top.relativize(dir.toPath());
            return inside.toString().isEmpty() ? base : base + "/" + inside.toString().replace(File.separatorChar, '/');
        } catch (IOException e) {
            throw new GitHistoryException("repository " + directory + " cannot be opened: " + e.getMessage(), e);
        }
    }

    /** The remote as {@code host/path}, when there is one on a host. */
    static Optional<String> remote(Repository repository) {
        TreeSet<String> names = new TreeSet<>(repository.getRemoteNames());
        String name = names.contains(Constants.DEFAULT_REMOTE_NAME) ? Constants.DEFAULT_REMOTE_NAME
                : names.isEmpty() ? null : names.first();
        String url = name == null ? null : repository.getConfig().getString("remote", name, "url");
        return url == null ? Optional.empty() : normalize(url);
    }

    /** {@code git@github.com:shop/checkout.git} as {@code github.com/shop/checkout}; empty for a local path. */
    static Optional<String> normalize(String url) {
        try {
            URIish uri = new URIish(url.trim());
            if (uri.getHost() == null || uri.getHost().isEmpty() || "file".equals(uri.getScheme())) {
                return Optional.empty();
            }
            String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("^/+|/+$", "");
            if (path.endsWith(".git")) {
                path = path.substring(0, path.length() - 4);
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            return Optional.of(path.isEmpty() ? host : host + "/" + path);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String rootName(Repository repository, Path directory) {
        String name = repository.isBare() ? repository.getDirectory().getName().replaceAll("\\.git$", "")
                : repository.getWorkTree().getName();
        try (RevWalk walk = new RevWalk(repository)) {
            walk.setRetainBody(false);
            ObjectId head = repository.resolve(Constants.HEAD + "^{commit}");
            if (head == null) {
                throw new GitHistoryException("repository " + directory + " has no commit and no remote to name it"
                        + " by: commit once, or name the subject");
            }
            RevCommit commit = walk.parseCommit(head);
            while (commit.getParentCount() > 0) {
                commit = walk.parseCommit(commit.getParent(0));
            }
            return name + "@" + commit.name().substring(0, 12);
        } catch (IOException e) {
            throw new GitHistoryException("repository " + directory + " cannot be read: " + e.getMessage(), e);
        }
    }
}
