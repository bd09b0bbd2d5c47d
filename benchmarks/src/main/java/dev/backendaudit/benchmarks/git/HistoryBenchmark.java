package dev.backendaudit.benchmarks.git;

import dev.backendaudit.evidence.git.GitHistory;
import dev.backendaudit.evidence.git.HistoryBackend;
import dev.backendaudit.evidence.git.HistoryOptions;
import dev.backendaudit.evidence.git.HistoryReport;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * A documented harness (not JMH: one measured operation takes seconds, and the comparison is
 * against an external process) that compares a full history analysis with
 * {@code git log --numstat --no-renames} on the same repository, in the same run.
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -Xmx1g -cp benchmarks/target/benchmarks.jar dev.backendaudit.benchmarks.git.HistoryBenchmark /tmp/synthetic-50k
 * </pre>
 *
 * <p>Generates the synthetic repository (50,000 commits, 3,000 files, seed 42) when the directory
 * does not hold one yet (a directory that already holds a repository, bare or not, is measured as
 * it is: a real history such as a clone of spring-boot), runs each contender once to warm up, then
 * {@code runs} times (default 3) in turn, and prints the median wall time of each, the ratio to
 * {@code git log}, and the peak heap.
 */
public final class HistoryBenchmark {

    private HistoryBenchmark() {
    }

    /** {@code DIR [RUNS] [COMMITS]}. */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int commits = args.length > 2 ? Integer.parseInt(args[2]) : 50_000;
        long deltaCacheMiB = Long.getLong("jgit.deltaBaseCacheMiB", 0);
        if (deltaCacheMiB > 0) {
            // an experiment: JGit's delta base cache is 10 MiB by default, git's 96 MiB
            org.eclipse.jgit.storage.file.WindowCacheConfig caches = new org.eclipse.jgit.storage.file.WindowCacheConfig();
            caches.setDeltaBaseCacheLimit((int) (deltaCacheMiB << 20));
            caches.setPackedGitLimit(Math.max(caches.getPackedGitLimit(), 4 * (deltaCacheMiB << 20)));
            caches.install();
        }
        if (!Files.exists(dir.resolve(".git")) && !Files.exists(dir.resolve("HEAD"))) {
            long start = System.nanoTime();
            int made = SyntheticRepository.generate(dir, commits, 3_000, 42);
            System.out.printf(Locale.ROOT, "generated %d commits in %s in %.1f s%n", made, dir, seconds(start));
        }
        HistoryOptions options = HistoryOptions.of(dir)
                .window(Instant.parse("2000-01-03T00:00:00Z"), Instant.parse("2040-01-02T00:00:00Z"))
                .threads(Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "cores %d, max heap %d MiB, %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, gitVersion());
        List<Double> gitLog = new ArrayList<>();
        List<Double> jgit = new ArrayList<>();
        List<Double> cli = new ArrayList<>();
        long[] peak = {0};
        HistoryReport[] report = new HistoryReport[1];
        for (int run = 0; run <= runs; run++) {
            boolean warmUp = run == 0;
            double g = time(() -> gitLog(dir));
            resetPeaks();
            long gcBefore = gcMillis();
            long cpuBefore = cpuNanos();
            double j = time(() -> report[0] = GitHistory.analyze(options.backend(HistoryBackend.JGIT)));
            System.out.printf(Locale.ROOT, "  jgit analysis: %.2f s CPU, %d ms in GC%n", (cpuNanos() - cpuBefore) / 1e9,
                    gcMillis() - gcBefore);
            peak[0] = Math.max(peak[0], peakHeap());
            double c = Boolean.getBoolean("bench.skipCli") ? 0
                    : time(() -> GitHistory.analyze(options.backend(HistoryBackend.GIT_CLI)));
            System.out.printf(Locale.ROOT, "%s: git log %.2f s, jgit analysis %.2f s, git-cli analysis %.2f s%n",
                    warmUp ? "warm-up" : "run " + run, g, j, c);
            if (!warmUp) {
                gitLog.add(g);
                jgit.add(j);
                cli.add(c);
            }
        }
        double g = median(gitLog);
        System.out.printf(Locale.ROOT, "commits analysed: %d (+%d merges)%n", report[0].commits(), report[0].merges());
        System.out.printf(Locale.ROOT, "median git log --numstat --no-renames: %.2f s%n", g);
        System.out.printf(Locale.ROOT, "median jgit analysis:    %.2f s (%.2fx git log)%n", median(jgit), median(jgit) / g);
        System.out.printf(Locale.ROOT, "median git-cli analysis: %.2f s (%.2fx git log)%n", median(cli), median(cli) / g);
        System.out.printf(Locale.ROOT, "peak heap used during the jgit analysis (garbage included): %d MiB%n",
                peak[0] >> 20);
        incremental(dir, options, runs);
    }

    /**
     * A re-audit after about 1,000 new commits: the cache is filled with HEAD moved back along its first
     * parents until at least 1,000 commits lie between it and HEAD, then the analysis of HEAD is timed with
     * that cache, restored before each run. HEAD is moved with {@code git update-ref}, so that a bare clone
     * works too and no work tree is touched.
     */
    private static void incremental(Path dir, HistoryOptions options, int runs) throws Exception {
        Path cache = Files.createTempFile("history-cache", ".bin");
        Path filled = Files.createTempFile("history-cache-filled", ".bin");
        Files.delete(cache);
        String head = git(dir, "rev-parse", "HEAD");
        String symbolic = gitOrEmpty(dir, "symbolic-ref", "-q", "HEAD");
        int back = 100;
        while (Integer.parseInt(git(dir, "rev-list", "--count", "HEAD~" + back + "..HEAD")) < 1000) {
            back += 50;
        }
        String older = git(dir, "rev-parse", "HEAD~" + back);
        try {
            git(dir, "update-ref", "--no-deref", "HEAD", older);
            HistoryReport before = GitHistory.analyze(options.cache(cache));
            Files.copy(cache, filled, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            restore(dir, symbolic, head);
            List<Double> times = new ArrayList<>();
            long added = 0;
            for (int run = 0; run <= runs; run++) {
                Files.copy(filled, cache, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                HistoryReport[] after = new HistoryReport[1];
                double t = time(() -> after[0] = GitHistory.analyze(options.cache(cache)));
                added = after[0].commits() + after[0].merges() - before.commits() - before.merges();
                System.out.printf(Locale.ROOT, "%s: re-audit after %d new commits %.3f s%n",
                        run == 0 ? "warm-up" : "run " + run, added, t);
                if (run > 0) {
                    times.add(t);
                }
            }
            System.out.printf(Locale.ROOT, "median re-audit after %d new commits (cache of %d): %.3f s%n", added,
                    before.commits() + before.merges(), median(times));
        } finally {
            restore(dir, symbolic, head);
            Files.deleteIfExists(cache);
            Files.deleteIfExists(filled);
        }
    }

    private static void restore(Path dir, String symbolic, String head) throws IOException, InterruptedException {
        if (symbolic.isEmpty()) {
            git(dir, "update-ref", "--no-deref", "HEAD", head);
        } else {
            git(dir, "update-ref", symbolic, head);
            git(dir, "symbolic-ref", "HEAD", symbolic);
        }
    }

    private static String gitOrEmpty(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        String out = new String(process.getInputStream().readAllBytes()).trim();
        return process.waitFor() == 0 ? out : "";
    }

    private static String git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(process.getInputStream().readAllBytes()).trim();
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed");
        }
        return out;
    }

    private static Object gitLog(Path dir) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("git", "-C", dir.toString(), "log", "--numstat", "--no-renames", "HEAD")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        if (process.waitFor() != 0) {
            throw new IOException("git log failed in " + dir);
        }
        return null;
    }

    private static String gitVersion() throws IOException {
        Process process = new ProcessBuilder("git", "--version").start();
        return new String(process.getInputStream().readAllBytes()).trim();
    }

    private static double time(Callable<?> work) throws Exception {
        long start = System.nanoTime();
        work.call();
        return seconds(start);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static long gcMillis() {
        long sum = 0;
        for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionTime());
        }
        return sum;
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
