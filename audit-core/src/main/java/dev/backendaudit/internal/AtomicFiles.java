package dev.backendaudit.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes files so that readers see either the old content or the new one, never a half-written
 * file: the content goes to a temporary file in the same directory, is forced to the device, and
 * is then moved over the target in one atomic rename. A write that fails (disk full, read-only
 * directory, no permission) leaves the old file as it was and fails with one message naming the
 * file and the cause.
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
        Path target = file.toAbsolutePath().normalize();
        Path directory = target.getParent();
        if (directory == null) {
            throw new IOException("cannot write " + file + ": it has no parent directory");
        }
        Path temporary;
        try {
            temporary = Files.createTempFile(directory, "." + target.getFileName() + ".", ".tmp");
        } catch (IOException e) {
            throw failure(file, e);
        }
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = Channels.newOutputStream(channel);
                writer.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("cannot write " + file + ": its file system cannot replace files atomically ("
                        + e.getMessage() + ")", e);
            }
            moved = true;
        } catch (IOException e) {
            throw e.getMessage() != null && e.getMessage().startsWith("cannot write ") ? e : failure(file, e);
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

    private static IOException failure(Path file, IOException cause) {
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName()
                : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return new IOException("cannot write " + file + ": " + reason, cause);
    }
}
