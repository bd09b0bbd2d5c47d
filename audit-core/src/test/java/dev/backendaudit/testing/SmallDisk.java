package dev.backendaudit.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real, small file system (a Linux tmpfs) mounted for one test, to fill it up or make it read-only
 * the way a machine's disk does. Where mounting is not allowed (not Linux, not root, a container
 * without the capability), {@link #mount(Path, long)} skips the test and prints why; the faulty
 * in-memory file system ({@link FaultyFileSystem}) tests the same behaviour everywhere.
 *
 * <pre>{@code
 * try (SmallDisk disk = SmallDisk.mount(tempDir.resolve("disk"), 64 * 1024)) {
 *     Files.writeString(disk.root().resolve("a.json"), "...");
 *     disk.fill();                       // what is left is a few bytes
 *     disk.remountReadOnly();
 * }
 * }</pre>
 */
public final class SmallDisk implements AutoCloseable {

    private final Path root;

    private SmallDisk(Path root) {
        this.root = root;
    }

    /**
     * Mounts a tmpfs of {@code bytes} at {@code directory} (created if needed), or skips the test with the reason.
     *
     * @param directory where to mount it
     * @param bytes     its size
     * @return the mounted disk; close it to unmount
     */
    public static SmallDisk mount(Path directory, long bytes) throws IOException, InterruptedException {
        Files.createDirectories(directory);
        String reason = run("mount", "-t", "tmpfs", "-o", "size=" + bytes, "tmpfs", directory.toString());
        if (reason != null) {
            String message = "skipped: cannot mount a small tmpfs at " + directory + " (" + reason + "); the faulty"
                    + " in-memory file system tests the same behaviour";
            System.out.println(message);
            Assumptions.abort(message);
        }
        return new SmallDisk(directory);
    }

    /** Where the disk is mounted. */
    public Path root() {
        return root;
    }

    /** Fills the disk until a write fails, so that almost nothing more fits. */
    public void fill() throws IOException {
        Path filler = root.resolve("filler.bin");
        byte[] block = new byte[4096];
        try (var out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException full) {
            // full: that is the point
        }
        try (var out = Files.newOutputStream(root.resolve("filler-small.bin"))) {
            for (int i = 0; i < 4096; i++) {
                out.write(0);
                out.flush();
            }
        } catch (IOException full) {
            // full to the byte
        }
    }

    /** Makes the mounted file system read-only. */
    public void remountReadOnly() throws IOException, InterruptedException {
        String reason = run("mount", "-o", "remount,ro", root.toString());
        if (reason != null) {
            throw new IOException("cannot remount " + root + " read-only: " + reason);
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        String reason = run("umount", root.toString());
        if (reason != null) {
            throw new IOException("cannot unmount " + root + ": " + reason);
        }
    }

    /** Runs a command; null when it succeeded, else why not. */
    private static String run(String... command) throws InterruptedException {
        if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            return "not Linux";
        }
        List<String> words = new ArrayList<>(List.of(command));
        try {
            Process process = new ProcessBuilder(words).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return String.join(" ", command) + " did not finish";
            }
            return process.exitValue() == 0 ? null : String.join(" ", command) + " failed: " + output;
        } catch (IOException e) {
            return String.join(" ", command) + " cannot run: " + e.getMessage();
        }
    }
}
