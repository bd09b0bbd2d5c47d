package dev.backendaudit.evidence.git;

import static dev.backendaudit.evidence.git.GitHistoryTest.day;
import static dev.backendaudit.evidence.git.GitHistoryTest.files;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two repositories with the same directory name never share a subject; one repository keeps its own. */
class RepositorySubjectTest {

    @TempDir
    Path dir;

    private RevCommit repository(Path at, String firstMessage) throws Exception {
        Files.createDirectories(at);
        try (TestRepo repo = TestRepo.create(at)) {
            RevCommit root = repo.commit(firstMessage, day(0), "Alice", files("a.txt", firstMessage + "\n"));
            repo.commit("second", day(1), "Alice", files("a.txt", "2\n"));
            return root;
        }
    }

    private static void remote(Path repo, String url) throws Exception {
        try (Git git = Git.open(repo.toFile())) {
            StoredConfig config = git.getRepository().getConfig();
            config.setString("remote", "origin", "url", url);
            config.save();
        }
    }

    @Test
    void should_name_two_repositories_of_the_same_directory_name_apart_by_their_root_commits() throws Exception {
        // GIVEN two unrelated repositories, both in a directory named checkout
        RevCommit first = repository(dir.resolve("team-a/checkout"), "init a");
        RevCommit second = repository(dir.resolve("team-b/checkout"), "init b");
        // WHEN
        String a = RepositorySubject.of(dir.resolve("team-a/checkout"));
        String b = RepositorySubject.of(dir.resolve("team-b/checkout"));
        // THEN
        assertThat(a).isEqualTo("checkout@" + first.name().substring(0, 12));
        assertThat(b).isEqualTo("checkout@" + second.name().substring(0, 12));
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void should_keep_the_subject_of_a_repository_wherever_it_is_cloned() throws Exception {
        repository(dir.resolve("checkout"), "init");
        Git.cloneRepository().setURI(dir.resolve("checkout").toUri().toString())
                .setDirectory(dir.resolve("elsewhere/checkout").toFile()).call().close();

        // the clone's origin is a local path, which is not a stable name: the root commit names both
        assertThat(RepositorySubject.of(dir.resolve("elsewhere/checkout")))
                .isEqualTo(RepositorySubject.of(dir.resolve("checkout")));
    }

    @Test
    void should_name_a_repository_by_its_remote_without_credentials_scheme_or_port() throws Exception {
        repository(dir.resolve("repo"), "init");
        for (String url : new String[] {"git@github.com:Shop/checkout.git", "https://ci:s3cret@github.com/Shop/checkout",
                "ssh://git@GitHub.com:22/Shop/checkout.git/", "https://github.com/Shop/checkout.git"}) {
            remote(dir.resolve("repo"), url);
            assertThat(RepositorySubject.of(dir.resolve("repo"))).as(url).isEqualTo("github.com/Shop/checkout");
        }
    }

    @Test
    void should_add_the_path_of_a_directory_inside_the_work_tree() throws Exception {
        repository(dir.resolve("mono"), "init");
        remote(dir.resolve("mono"), "https://git.example.com/shop/mono.git");
        Files.createDirectories(dir.resolve("mono/services/checkout"));

        assertThat(RepositorySubject.of(dir.resolve("mono/services/checkout")))
                .isEqualTo("git.example.com/shop/mono/services/checkout");
    }

    @Test
    void should_refuse_a_directory_in_no_repository_and_a_repository_without_commit_or_remote() throws Exception {
        Path plain = Files.createDirectories(dir.resolve("plain"));
        Path empty = dir.resolve("empty");
        Git.init().setDirectory(empty.toFile()).call().close();

        assertThatThrownBy(() -> RepositorySubject.of(plain)).isInstanceOf(GitHistoryException.class)
                .hasMessage("repository " + plain + " must be in a git repository (a work tree with .git, or a bare"
                        + " repository), but it is not");
        assertThatThrownBy(() -> RepositorySubject.of(empty)).isInstanceOf(GitHistoryException.class)
                .hasMessage("repository " + empty + " has no commit and no remote to name it by: commit once, or name"
                        + " the subject");
    }
}
