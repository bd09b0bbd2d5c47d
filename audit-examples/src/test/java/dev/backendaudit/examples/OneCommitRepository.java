package dev.backendaudit.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/** The smallest repository the main job can audit: one file, one commit, written with JGit. */
final class OneCommitRepository {

    private OneCommitRepository() {
    }

    /** Creates it in {@code dir} (made if missing) and returns {@code dir}. */
    static Path create(Path dir) throws IOException, GitAPIException {
        Path repo = Files.createDirectories(dir);
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            Files.writeString(repo.resolve("a.txt"), "a\n");
            git.add().addFilepattern(".").call();
            PersonIdent ident = new PersonIdent("Dev", "dev@example.com");
            git.commit().setMessage("one").setAuthor(ident).setCommitter(ident).setSign(false).call();
        }
        return repo;
    }
}
