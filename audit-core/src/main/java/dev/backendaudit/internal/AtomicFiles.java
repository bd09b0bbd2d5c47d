package dev.backendaudit.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Set;

/**
 * Writes files so that readers see either the old content or the new one, never a half-written
 * file: the content goes to a temporary file in the same directory, is forced to the device, and
 * is then moved over the target in one atomic rename. A write that fails (disk full, read-only
 * directory, no permission) leaves the old file as it was and fails with one message naming the
 * file and the cause: {@code cannot write audit-history/a.json: No space left on device}. Several
 * processes may write and read the same folder at once: each reader sees one whole version.
 * A replaced file keeps its permissions; a symbolic link stays a link to the replaced file; a
 * directory is never replaced.
 *
 * <pre>{@code
 * AtomicFiles.writeString(Path.of("audit-history/checkout.json"), json);
 * AtomicFiles.write(file, out -> mapper.writeValue(out, document));
 * }</pre>
 *
 * <p>Not part of the public API: every module of the project writes through it.
 */
public final class AtomicFiles {

    /** Writes content to a stream; the stream must not be closed by the writer. */
    @FunctionalInterface
    public interface ContentWriter {
        /**
         * Writes the whole content.
         *
         * @param out where to write it
         * @throws IOException if writing fails
         */
        void writeTo(OutputStream out) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    /**
     * Replaces {@code file} with {@code content}, encoded as UTF-8.
     *
     * @param file    the file to create or replace
     * @param content its new content
     * @throws IOException naming the file and the cause if it cannot be written; the old file is intact
     */
    public static void writeString(Path file, String content) throws IOException {
        Checks.notNull("content", content);
        write(file, content.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Replaces {@code file} with {@code content}.
     *
     * @param file    the file to create or replace
     * @param content its new content
     * @throws IOException naming the file and the cause if it cannot be written; the old file is intact
     */
    public static void write(Path file, byte[] content) throws IOException {
        Checks.notNull("content", content);
        write(file, out -> out.write(content));
    }

    /**
     * Replaces {@code file} with what {@code writer} writes.
     *
     * @param file   the file to create or replace
     * @param writer writes the new content
     * @throws IOException naming the file and the cause if it cannot be written; the old file is intact
     */
    public static void write(Path file, ContentWriter writer) throws IOException {
        Checks.notNull("file", file);
        Checks.notNull("writer", writer);
        Path target = target(file);
        Path directory = target.getParent();
        if (directory == null) {
            throw new IOException("cannot write " + file + ": it has no parent directory");
        }
        if (Files.isDirectory(target)) {
            throw new IOException("cannot write " + file + ": it is a directory");
        }
        Path temporary = createTemporary(file, target, directory);
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = Channels.newOutputStream(channel);
                writer.writeTo(out);
                out.flush();
                channel.force(true);
            }
            keepPermissions(target, temporary);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("cannot write " + file + ": its file system cannot replace files atomically ("
                        + e.getMessage() + ")", e);
            }
            moved = true;
            forceDirectory(directory);
        } catch (IOException e) {
            throw e.getMessage() != null && e.getMessage().startsWith("cannot write ") ? e : failure(file, e);
        } catch (RuntimeException e) {
            throw new IOException("cannot write " + file + ": " + reason(e), e);
        } finally {
            if (!moved) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the write already failed and says why; a stray temporary file is harmless
                }
            }
        }
    }

    /** The file to replace: {@code file} made absolute, or the file a symbolic link points to (the link stays). */
    private static Path target(Path file) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(target)) {
            try {
                return target.toRealPath();
            } catch (IOException e) {
                throw new IOException("cannot write " + file + ": it is a symbolic link to a file that does not exist", e);
            }
        }
        return target;
    }

    /**
     * A new, empty temporary file next to {@code target}. It is created like any new file (so that the
     * umask decides its permissions, unlike {@link Files#createTempFile}, which makes files only the owner
     * may read), under a name starting with '.' and ending with {@code .tmp} that readers of a folder skip.
     */
    private static Path createTemporary(Path file, Path target, Path directory) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temporary = directory.resolve("." + target.getFileName() + "." + Long.toUnsignedString(
                    RANDOM.nextLong(), 36) + ".tmp");
            try {
                Files.newByteChannel(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temporary;
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw failure(file, e);
                }
            } catch (IOException e) {
                throw failure(file, e);
            }
        }
    }

    /** A replaced file keeps its permissions (a history file shared by a team stays readable by it). */
    private static void keepPermissions(Path target, Path temporary) throws IOException {
        if (!Files.exists(target) || !temporary.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(target);
        Files.setPosixFilePermissions(temporary, permissions);
    }

    /** Makes the rename itself durable where the platform allows it (Linux, macOS); elsewhere this does nothing. */
    private static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException ignored) {
            // the file is in place and whole; only its survival of a power cut is less certain
        }
    }

    private static IOException failure(Path file, Exception cause) {
        return new IOException("cannot write " + file + ": " + reason(cause), cause);
    }

    /** The cause in words: the operating system's reason where there is one, never the temporary file's name. */
    private static String reason(Exception cause) {
        if (cause instanceof FileSystemException fs) {
            if (fs.getReason() != null) {
                return fs.getReason();
            }
            if (cause instanceof AccessDeniedException) {
                return "permission denied";
            }
            if (cause instanceof NoSuchFileException) {
                return "its directory does not exist";
            }
            if (cause instanceof NotDirectoryException) {
                return "its parent is not a directory";
            }
            return cause.getClass().getSimpleName();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
