package dev.backendaudit.evidence.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** Builds small repositories with JGit, with fixed dates so that results are deterministic. */
final class TestRepo implements AutoCloseable {

    final Path dir;
    final Git git;

    private TestRepo(Path dir, Git git) {
        this.dir = dir;
        this.git = git;
    }

    static TestRepo create(Path dir) throws GitAPIException {
        return new TestRepo(dir, Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call());
    }

    /** Writes files (null content deletes) and commits them at {@code time} as {@code author}. */
    RevCommit commit(String message, Instant time, String author, Map<String, String> files)
            throws IOException, GitAPIException {
        return commitAs(message, time, author, author.toLowerCase() + "@example.com", files);
    }

    /** Moves a file (git mv) and commits at {@code time}, with the new content (null: unchanged). */
    RevCommit move(String message, Instant time, String from, String to, String content)
            throws IOException, GitAPIException {
        Path target = dir.resolve(to);
        Files.createDirectories(target.getParent());
        Files.move(dir.resolve(from), target);
        if (content != null) {
            Files.writeString(target, content, StandardCharsets.UTF_8);
        }
        git.rm().addFilepattern(from).call();
        git.add().addFilepattern(to).call();
        PersonIdent ident = new PersonIdent("Alice", "alice@example.com", time, ZoneOffset.UTC);
        return git.commit().setMessage(message).setAuthor(ident).setCommitter(ident).setSign(false).call();
    }

    /** Writes files (null content deletes) and commits them at {@code time} as {@code author} with {@code email}. */
    RevCommit commitAs(String message, Instant time, String author, String email, Map<String, String> files)
            throws IOException, GitAPIException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = dir.resolve(file.getKey());
            if (file.getValue() == null) {
                git.rm().addFilepattern(file.getKey()).call();
            } else {
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
                git.add().addFilepattern(file.getKey()).call();
            }
        }
        PersonIdent ident = new PersonIdent(author, email, time, ZoneOffset.UTC);
        return git.commit().setMessage(message).setAuthor(ident).setCommitter(ident).setAllowEmpty(true)
                .setSign(false).call();
    }

    /** Tags {@code commit}: lightweight when {@code taggedAt} is null, else annotated at that time. */
    void tag(String name, RevCommit commit, Instant taggedAt) throws GitAPIException {
        if (taggedAt == null) {
            git.tag().setName(name).setObjectId(commit).setAnnotated(false).call();
        } else {
            git.tag().setName(name).setObjectId(commit).setAnnotated(true).setMessage("release " + name)
                    .setTagger(new PersonIdent("Release", "release@example.com", taggedAt, ZoneOffset.UTC))
                    .setSigned(false).call();
        }
    }

    @Override
    public void close() {
        git.close();
    }
}
