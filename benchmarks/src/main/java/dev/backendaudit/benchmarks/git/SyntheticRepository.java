package dev.backendaudit.benchmarks.git;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates a realistic synthetic git repository through {@code git fast-import}: tens of
 * thousands of commits over thousands of files in nested directories, edits that insert, change
 * and delete lines, a few hot files that change far more often than the rest, fix messages in
 * the usual styles, authors, occasional merges of a topic branch, and release tags. The same seed
 * gives the same repository.
 *
 * <pre>{@code
 * SyntheticRepository.generate(Path.of("/tmp/synthetic"), 50_000, 3_000, 42);
 * }</pre>
 *
 * <p>Run it from the command line: {@code java -cp benchmarks/target/benchmarks.jar
 * dev.backendaudit.benchmarks.git.SyntheticRepository DIR [COMMITS] [FILES] [SEED]}.
 */
public final class SyntheticRepository {

    /** When the first commit is made; commits follow every 20 minutes to 2 hours. */
    static final Instant START = Instant.parse("2020-01-06T09:00:00Z");

    private static final String[] FIX_MESSAGES = {"fix: %s", "fix(%s): handle empty input", "Fixes #%2$d: crash in %1$s",
        "hotfix: %s times out", "Revert \"%s\"", "BUG-%2$d repair %1$s", "bugfix for %s"};
    private static final String[] FEATURE_MESSAGES = {"feat: %s", "add %s", "refactor %s", "docs: explain %s",
        "chore: bump dependencies", "improve %s", "test: cover %s"};

    private final Random random;
    private final int fileCount;
    private final List<String> paths = new ArrayList<>();
    private final List<List<String>> contents = new ArrayList<>();
    private long time = START.getEpochSecond();

    private SyntheticRepository(int fileCount, long seed) {
        this.random = new Random(seed);
        this.fileCount = fileCount;
    }

    /** Generates the repository; returns the number of commits made (merges included). */
    public static int generate(Path directory, int commits, int files, long seed) throws IOException, InterruptedException {
        Files.createDirectories(directory);
        run(directory, "git", "init", "-q", "--initial-branch=main", ".");
        Process importer = new ProcessBuilder("git", "-C", directory.toString(), "fast-import", "--quiet")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        int made;
        try (OutputStream out = new BufferedOutputStream(importer.getOutputStream(), 1 << 20)) {
            made = new SyntheticRepository(files, seed).write(out, commits);
        }
        if (importer.waitFor() != 0) {
            throw new IOException("git fast-import failed in " + directory);
        }
        run(directory, "git", "reset", "-q", "--hard", "main");
        run(directory, "git", "gc", "-q");
        return made;
    }

    private int write(OutputStream out, int commits) throws IOException {
        int mark = 0;
        int made = 0;
        for (int i = 0; i < fileCount; i++) {
            paths.add(path(i));
            contents.add(null);
        }
        for (int n = 0; n < commits; n++) {
            time += 1200 + random.nextInt(6000);
            boolean merge = n > 0 && n % 997 == 0;
            if (merge) {
                // a topic commit beside main, then a merge commit bringing it in
                int topic = ++mark;
                commitHeader(out, "refs/heads/topic", topic, author(), "feat: topic work " + n);
                line(out, "from :" + (mark - 1));
                edit(out, random.nextInt(fileCount));
                time += 600;
                int merged = ++mark;
                commitHeader(out, "refs/heads/main", merged, author(), "Merge branch 'topic'");
                line(out, "from :" + (topic - 1));
                line(out, "merge :" + topic);
                made += 2;
                continue;
            }
            int current = ++mark;
            boolean fix = random.nextInt(100) < 25;
            String subject = fix ? String.format(FIX_MESSAGES[random.nextInt(FIX_MESSAGES.length)], word(),
                    random.nextInt(9000) + 1) : String.format(
                    FEATURE_MESSAGES[random.nextInt(FEATURE_MESSAGES.length)], word());
            commitHeader(out, "refs/heads/main", current, author(), subject);
            if (current > 1) {
                line(out, "from :" + (current - 1));
            }
            int touched = n == 0 ? 40 : 1 + (int) Math.min(40, Math.abs(random.nextGaussian() * 3));
            for (int t = 0; t < touched; t++) {
                edit(out, pickFile());
            }
            made++;
            if (n % 250 == 249) {
                int release = n / 250;
                line(out, "tag v" + (1 + release / 40) + "." + (release % 40) + ".0");
                line(out, "from :" + current);
                line(out, "tagger Release <release@example.com> " + (time + 3600) + " +0000");
                data(out, "release\n");
            }
        }
        line(out, "done");
        return made;
    }

    /** Hot files: a fifth of the changes fall on 1 % of the files. */
    private int pickFile() {
        if (random.nextInt(5) == 0) {
            return random.nextInt(Math.max(1, fileCount / 100));
        }
        return random.nextInt(fileCount);
    }

    private void edit(OutputStream out, int file) throws IOException {
        List<String> lines = contents.get(file);
        if (lines == null) {
            lines = new ArrayList<>();
            for (int i = 20 + random.nextInt(80); i > 0; i--) {
                lines.add(codeLine());
            }
            contents.set(file, lines);
        } else if (lines.size() > 30 && random.nextInt(400) == 0) {
            line(out, "D " + paths.get(file));
            contents.set(file, null);
            return;
        } else {
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(lines.size() + 1);
                switch (random.nextInt(3)) {
                    case 0 -> lines.add(at, codeLine());
                    case 1 -> {
                        if (at < lines.size()) {
                            lines.set(at, codeLine());
                        }
                    }
                    default -> {
                        if (at < lines.size() && lines.size() > 10) {
                            lines.remove(at);
                        }
                    }
                }
            }
            if (lines.size() > 600) {
                lines.subList(300, lines.size()).clear();
            }
        }
        line(out, "M 100644 inline " + paths.get(file));
        data(out, String.join("\n", lines) + "\n");
    }

    private String path(int i) {
        return "src/main/java/com/example/m" + (i % 37) + "/p" + (i % 11) + "/Type" + i + ".java";
    }

    private String codeLine() {
        return "    int " + word() + random.nextInt(1000) + " = compute(" + random.nextInt(100_000) + ");";
    }

    private String word() {
        String[] words = {"cart", "order", "payment", "invoice", "stock", "user", "session", "cache", "query", "price"};
        return words[random.nextInt(words.length)];
    }

    private String author() {
        int who = random.nextInt(30);
        return "Dev" + who + " <dev" + who + "@example.com>";
    }

    private void commitHeader(OutputStream out, String ref, int mark, String author, String message) throws IOException {
        line(out, "commit " + ref);
        line(out, "mark :" + mark);
        line(out, "author " + author + " " + time + " +0000");
        line(out, "committer " + author + " " + time + " +0000");
        data(out, message + "\n");
    }

    private static void data(OutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        line(out, "data " + bytes.length);
        out.write(bytes);
        out.write('\n');
    }

    private static void line(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.write('\n');
    }

    static void run(Path directory, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).inheritIO()
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed in " + directory);
        }
    }

    /** {@code DIR [COMMITS] [FILES] [SEED]}: generates a repository and prints how many commits it made. */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int commits = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        int files = args.length > 2 ? Integer.parseInt(args[2]) : 3_000;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
        System.out.println(generate(dir, commits, files, seed) + " commits in " + dir);
    }
}
