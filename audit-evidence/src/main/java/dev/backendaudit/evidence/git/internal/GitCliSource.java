package dev.backendaudit.evidence.git.internal;

import dev.backendaudit.evidence.git.GitHistoryException;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.RepositoryCache;
import org.eclipse.jgit.util.FS;

/**
 * Reads history through the {@code git} command line: {@code git log --numstat --no-renames}
 * streamed and parsed commit by commit, so that memory stays flat however long the history.
 */
public final class GitCliSource implements HistorySource {

    private static final byte RECORD = 0x1e;
    private static final byte FIELD = 0x1f;

    private final Path directory;

    private GitCliSource(Path directory) {
        this.directory = directory;
    }

    /**
     * Opens the repository in {@code directory} for the {@code git} command.
     *
     * @throws GitHistoryException if the directory is not a repository or {@code git} is not installed
     */
    public static GitCliSource open(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new GitHistoryException("repository " + directory + " must be a directory, but it does not exist"
                    + " or is a file");
        }
        if (!Files.exists(directory.resolve(Constants.DOT_GIT))
                && !RepositoryCache.FileKey.isGitRepository(directory.toFile(), FS.DETECTED)) {
            throw new GitHistoryException("repository " + directory + " must be a git repository (a work tree"
                    + " with .git, or a bare repository), but it is not one");
        }
        GitCliSource source = new GitCliSource(directory);
        source.run(List.of("--version"), line -> { });
        return source;
    }

    /** Whether the {@code git} command can be run here. */
    public static boolean installed() {
        try {
            Process process = new ProcessBuilder("git", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public String backend() {
        return "git-cli";
    }

    @Override
    public Optional<String> head() {
        List<String> lines = new ArrayList<>();
        int status = runStatus(List.of("rev-parse", "--verify", "-q", "HEAD^{commit}"), lines::add);
        return status == 0 && !lines.isEmpty() ? Optional.of(lines.get(0).trim()) : Optional.empty();
    }

    @Override
    public boolean isShallow() {
        List<String> lines = new ArrayList<>();
        run(List.of("rev-parse", "--is-shallow-repository"), lines::add);
        return !lines.isEmpty() && lines.get(0).trim().equals("true");
    }

    @Override
    public void walk(String startId, Predicate<CommitRecord> visitor) {
        List<String> command = command(List.of("log", "--no-renames", "--numstat", "-z", "--no-color", "--no-ext-diff",
                "--no-textconv", "--diff-algorithm=myers", "--no-show-signature",
                "--format=%x1e%H%x1f%P%x1f%ae%x1f%ct%x1f%B%x1f", startId, "--"));
        Process process = start(command);
        try (InputStream in = new BufferedInputStream(process.getInputStream(), 1 << 16)) {
            ByteArrayOutputStream chunk = new ByteArrayOutputStream(4096);
            boolean started = false;
            boolean going = true;
            for (int b = in.read(); b != -1 && going; b = in.read()) {
                if (b == RECORD) {
                    if (started) {
                        going = visitor.test(parse(chunk.toByteArray()));
                    }
                    started = true;
                    chunk.reset();
                } else {
                    chunk.write(b);
                }
            }
            if (going && started) {
                visitor.test(parse(chunk.toByteArray()));
            }
            if (!going) {
                process.destroy();
                return;
            }
        } catch (IOException e) {
            throw new GitHistoryException("git log failed in " + directory + ": " + e.getMessage(), e);
        }
        finish(process, command);
    }

    /** Parses one commit: five header fields, then NUL-separated "added TAB deleted TAB path" entries. */
    static CommitRecord parse(byte[] chunk) {
        int[] ends = new int[5];
        int found = 0;
        for (int i = 0; i < chunk.length && found < 5; i++) {
            if (chunk[i] == FIELD) {
                ends[found++] = i;
            }
        }
        if (found < 5) {
            throw new GitHistoryException("git log printed a commit this reader cannot parse: "
                    + new String(chunk, 0, Math.min(chunk.length, 80), StandardCharsets.UTF_8));
        }
        String id = text(chunk, 0, ends[0]);
        String parents = text(chunk, ends[0] + 1, ends[1]).trim();
        String email = text(chunk, ends[1] + 1, ends[2]).toLowerCase(Locale.ROOT);
        long time = Long.parseLong(text(chunk, ends[2] + 1, ends[3]).trim());
        String message = text(chunk, ends[3] + 1, ends[4]);
        int parentCount = parents.isEmpty() ? 0 : parents.split(" ").length;
        List<FileChange> changes = new ArrayList<>();
        int start = ends[4] + 1;
        for (int i = start; i <= chunk.length; i++) {
            if (i == chunk.length || chunk[i] == 0) {
                int from = start;
                while (from < i && (chunk[from] == '\n' || chunk[from] == 0)) {
                    from++;
                }
                if (from < i) {
                    changes.add(entry(text(chunk, from, i)));
                }
                start = i + 1;
            }
        }
        return new CommitRecord(id, parentCount, email, time, message, List.copyOf(changes));
    }

    private static FileChange entry(String entry) {
        int first = entry.indexOf('\t');
        int second = entry.indexOf('\t', first + 1);
        String added = entry.substring(0, first);
        String deleted = entry.substring(first + 1, second);
        String path = entry.substring(second + 1);
        // binary files print "-" for both counts; they count zero lines, as in the JGit reader
        return new FileChange(path, added.equals("-") ? 0 : Integer.parseInt(added),
                deleted.equals("-") ? 0 : Integer.parseInt(deleted));
    }

    private static String text(byte[] bytes, int from, int to) {
        return new String(bytes, from, to - from, StandardCharsets.UTF_8);
    }

    @Override
    public List<TagRef> tags() {
        List<TagRef> tags = new ArrayList<>();
        run(List.of("for-each-ref", "--format=%(refname:strip=2)%00%(objecttype)%00%(objectname)%00%(*objecttype)"
                + "%00%(*objectname)%00%(taggerdate:unix)%00%(committerdate:unix)%00%(*committerdate:unix)",
                "refs/tags"), line -> {
                    String[] f = line.split("\0", -1);
                    if (f.length < 8) {
                        return;
                    }
                    if (f[1].equals("commit")) {
                        tags.add(new TagRef(f[0], f[2], Long.parseLong(f[6])));
                    } else if (f[1].equals("tag") && f[3].equals("commit")) {
                        long time = f[5].isEmpty() ? Long.parseLong(f[7]) : Long.parseLong(f[5]);
                        tags.add(new TagRef(f[0], f[4], time));
                    } else if (f[1].equals("tag") && f[3].equals("tag")) {
                        nestedTag(f[0], f[5]).ifPresent(tags::add);
                    }
                });
        return tags;
    }

    /** A tag of a tag: peel to the commit and take the outer tag's tagger time, as JGit does. */
    private Optional<TagRef> nestedTag(String name, String taggerTime) {
        List<String> lines = new ArrayList<>();
        int status = runStatus(List.of("log", "-1", "--format=%H %ct", "refs/tags/" + name + "^{commit}", "--"),
                lines::add);
        if (status != 0 || lines.isEmpty()) {
            return Optional.empty();
        }
        String[] f = lines.get(0).trim().split(" ");
        return Optional.of(new TagRef(name, f[0], taggerTime.isEmpty() ? Long.parseLong(f[1]) : Long.parseLong(taggerTime)));
    }

    @Override
    public void commitTimesBetween(String includeId, List<String> excludeIds, LongConsumer commitTimes) {
        List<String> command = command(List.of("rev-list", "--no-merges", "--format=%ct", "--stdin"));
        Process process = start(command);
        Thread feeder = new Thread(() -> {
            try (OutputStream out = process.getOutputStream()) {
                StringBuilder input = new StringBuilder(includeId).append('\n');
                excludeIds.forEach(id -> input.append('^').append(id).append('\n'));
                out.write(input.toString().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // git stopped reading; its exit status reports why
            }
        }, "git-rev-list-input");
        feeder.start();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.startsWith("commit ") && !line.isBlank()) {
                    commitTimes.accept(Long.parseLong(line.trim()));
                }
            }
            feeder.join();
        } catch (IOException e) {
            throw new GitHistoryException("git rev-list failed in " + directory + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GitHistoryException("reading release commits was interrupted", e);
        }
        finish(process, command);
    }

    @Override
    public void close() {
        // nothing held between commands
    }

    private List<String> command(List<String> args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", directory.toString(), "-c", "core.quotepath=off",
                "-c", "log.showSignature=false", "-c", "i18n.logOutputEncoding=UTF-8"));
        command.addAll(args);
        return command;
    }

    private Process start(List<String> command) {
        try {
            return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new GitHistoryException("the git command line cannot be run (is git installed and on the PATH?): "
                    + e.getMessage(), e);
        }
    }

    private void run(List<String> args, Consumer<String> lines) {
        int status = runStatus(args, lines);
        if (status != 0) {
            throw new GitHistoryException("git " + String.join(" ", args) + " failed in " + directory
                    + " with exit status " + status);
        }
    }

    private int runStatus(List<String> args, Consumer<String> lines) {
        Process process = start(command(args));
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.accept(line);
            }
            return process.waitFor();
        } catch (IOException e) {
            throw new GitHistoryException("git " + String.join(" ", args) + " failed in " + directory + ": "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GitHistoryException("git was interrupted", e);
        }
    }

    private void finish(Process process, List<String> command) {
        try {
            int status = process.waitFor();
            if (status != 0) {
                throw new GitHistoryException(String.join(" ", command) + " failed with exit status " + status);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GitHistoryException("git was interrupted", e);
        }
    }
}
