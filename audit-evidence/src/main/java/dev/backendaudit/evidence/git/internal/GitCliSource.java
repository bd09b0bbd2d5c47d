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
 * Reads history through the {@code git} command line: {@code git log -M --raw --numstat --minimal}
 * (renames at git's default 50 % similarity, line counts of the smallest edit, as the JGit reader
 * counts them) streamed and parsed commit by commit, so that memory stays flat however long the
 * history. A directory inside a work tree is read as {@code git log --no-merges --full-history -- dir}.
 */
public final class GitCliSource implements HistorySource {

    private static final byte RECORD = 0x1e;
    private static final byte FIELD = 0x1f;

    private final Path directory;
    private final Optional<String> path;

    private GitCliSource(Path directory, Optional<String> path) {
        this.directory = directory;
        this.path = path;
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
        GitCliSource probe = new GitCliSource(directory, Optional.empty());
        probe.run(List.of("--version"), line -> { });
        if (Files.exists(directory.resolve(Constants.DOT_GIT))
                || RepositoryCache.FileKey.isGitRepository(directory.toFile(), FS.DETECTED)) {
            return probe;
        }
        List<String> top = new ArrayList<>();
        if (probe.runStatus(List.of("rev-parse", "--show-toplevel"), top::add) != 0 || top.isEmpty()) {
            throw new GitHistoryException("repository " + directory + " must be a git repository (a work tree"
                    + " with .git, a directory inside one, or a bare repository), but it is not in one");
        }
        try {
            Path root = Path.of(top.get(0).trim()).toRealPath();
            String relative = root.relativize(directory.toRealPath()).toString().replace(java.io.File.separatorChar, '/');
            return new GitCliSource(root, relative.isEmpty() ? Optional.empty() : Optional.of(relative));
        } catch (IOException e) {
            throw new GitHistoryException("repository " + directory + " cannot be opened: " + e.getMessage(), e);
        }
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
    public Optional<String> path() {
        return path;
    }

    @Override
    public long newestCommitTime(String startId, int commits) {
        long[] newest = {Long.MIN_VALUE};
        run(List.of("log", "-" + commits, "--format=%ct", startId, "--"),
                line -> newest[0] = Math.max(newest[0], Long.parseLong(line.trim())));
        return newest[0];
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
    public void walk(String startId, DiffWanted diffWanted, Predicate<CommitRecord> visitor) {
        List<String> args = new ArrayList<>(List.of("log", "-M", "--raw", "--numstat", "-z", "--no-color",
                "--no-ext-diff", "--no-textconv", "--minimal", "--no-show-signature",
                "--format=%x1e%H%x1f%P%x1f%ae%x1f%ct%x1f%B%x1f"));
        path.ifPresent(p -> args.addAll(List.of("--no-merges", "--full-history")));
        args.add(startId);
        args.add("--");
        path.ifPresent(args::add);
        List<String> command = command(args);
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
        List<String> tokens = new ArrayList<>();
        int start = ends[4] + 1;
        for (int i = start; i <= chunk.length; i++) {
            if (i == chunk.length || chunk[i] == 0) {
                int from = start;
                while (from < i && chunk[from] == '\n') {
                    from++;
                }
                if (from < i) {
                    tokens.add(text(chunk, from, i));
                }
                start = i + 1;
            }
        }
        List<FileChange> changes = changes(tokens);
        return new CommitRecord(id, parentCount, email, time, message, List.copyOf(changes));
    }

    /**
     * Pairs the raw entries (":mode mode id id STATUS", then one path, or two for a rename or copy) with the
     * numstat entries ("added TAB deleted TAB path", or "added TAB deleted TAB" then the old and new paths).
     */
    private static List<FileChange> changes(List<String> tokens) {
        java.util.Map<String, String[]> raw = new java.util.HashMap<>();
        List<FileChange> changes = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (token.startsWith(":")) {
                char status = token.charAt(token.lastIndexOf(' ') + 1);
                if (status == 'R' || status == 'C') {
                    raw.put(tokens.get(i + 2), new String[] {String.valueOf(status), tokens.get(i + 1)});
                    i += 2;
                } else {
                    raw.put(tokens.get(i + 1), new String[] {String.valueOf(status), null});
                    i += 1;
                }
                continue;
            }
            int first = token.indexOf('\t');
            int second = token.indexOf('\t', first + 1);
            String added = token.substring(0, first);
            String deleted = token.substring(first + 1, second);
            String path = token.substring(second + 1);
            if (path.isEmpty()) {
                path = tokens.get(i + 2);
                i += 2;
            }
            String[] kind = raw.getOrDefault(path, new String[] {"M", null});
            char status = kind[0].charAt(0);
            boolean renamed = status == 'R';
            char normal = renamed ? 'R' : status == 'A' || status == 'C' ? 'A' : status == 'D' ? 'D' : 'M';
            // binary files print "-" for both counts; they count zero lines, as in the JGit reader
            changes.add(new FileChange(path, renamed ? kind[1] : null, normal,
                    added.equals("-") ? 0 : Integer.parseInt(added), deleted.equals("-") ? 0 : Integer.parseInt(deleted)));
        }
        return List.copyOf(changes);
    }

    private static String text(byte[] bytes, int from, int to) {
        return new String(bytes, from, to - from, StandardCharsets.UTF_8);
    }

    @Override
    public java.util.Set<String> files(String commitId) {
        java.util.Set<String> files = new java.util.HashSet<>();
        List<String> args = new ArrayList<>(List.of("ls-tree", "-r", "-z", "--name-only", commitId));
        path.ifPresent(p -> {
            args.add("--");
            args.add(p);
        });
        run(args, line -> {
            for (String name : line.split("\0")) {
                if (!name.isEmpty()) {
                    files.add(name);
                }
            }
        });
        return files;
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
        List<String> args = new ArrayList<>(List.of("rev-list", "--no-merges", "--format=%ct", "--stdin"));
        path.ifPresent(p -> args.addAll(List.of("--full-history", "--", p)));
        List<String> command = command(args);
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
