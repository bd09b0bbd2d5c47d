package dev.backendaudit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JGit logs, with stack traces, that it cannot save its configuration when the configuration directory
 * cannot be written; the main job, run as its own process, keeps that from the user unless --verbose.
 */
class MainLoggingTest {

    @TempDir
    Path dir;

    record Run(int exit, String err) {
    }

    Run main(Path home, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        // a home whose configuration directory cannot be created: it lies under a plain file
        builder.environment().put("HOME", home.toString());
        builder.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
        Process process = builder.start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), err);
    }

    @Test
    void should_keep_jgits_stack_traces_from_the_user_when_its_configuration_cannot_be_written() throws Exception {
        // GIVEN a repository, and a home directory that is a plain file
        Path repo = Files.createDirectories(dir.resolve("repo"));
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            Files.writeString(repo.resolve("a.txt"), "a\n");
            git.add().addFilepattern(".").call();
            PersonIdent ident = new PersonIdent("Dev", "dev@example.com");
            git.commit().setMessage("one").setAuthor(ident).setCommitter(ident).setSign(false).call();
        }
        Path home = Files.writeString(dir.resolve("home"), "not a directory");
        // WHEN the job runs, then runs again with --verbose
        Run quiet = main(home, "--repo", repo.toString());
        Run verbose = main(home, "--verbose", "--repo", repo.toString());
        // THEN JGit did fail to save its configuration (the verbose run shows it), and the user saw none of it
        assertThat(verbose.err()).contains("Cannot save config file").contains("\tat org.eclipse.jgit.");
        assertThat(quiet.exit()).isZero();
        assertThat(quiet.err()).doesNotContain("\tat ", "jgit", "Exception").isEqualTo("\rreading history: 1 commits"
                + System.lineSeparator());
    }
}
