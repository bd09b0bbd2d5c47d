package dev.backendaudit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads text files as strict UTF-8, so that bytes which are not UTF-8 are reported with the file
 * and where they are, instead of being replaced silently or failing with "Input length = 1":
 * {@code history/a.json: byte 0xFF at offset 17 (line 2, column 5) is not UTF-8}. A leading byte
 * order mark is skipped.
 *
 * <pre>{@code
 * String json = TextFiles.read(file);
 * try (Reader in = TextFiles.reader(file)) { ... }      // streamed, for large files
 * }</pre>
 *
 * <p>Not part of the public API.
 */
public final class TextFiles {

    private static final int CHUNK = 1 << 16;

    /** Bytes of a file that are not UTF-8: where they are, counted from the start of the file. */
    public static final class MalformedTextException extends IOException {

        private static final long serialVersionUID = 1L;

        private final long offset;
        private final long line;
        private final long column;
        private final String bytes;

        MalformedTextException(Path file, int firstByte, long offset, long line, long column) {
            super(file + ": " + bytes(firstByte, offset).replace(" is not", " (line " + line + ", column " + column
                    + ") is not"));
            this.offset = offset;
            this.line = line;
            this.column = column;
            this.bytes = bytes(firstByte, offset);
        }

        private static String bytes(int firstByte, long offset) {
            return "byte 0x" + String.format(Locale.ROOT, "%02X", firstByte & 0xFF) + " at offset " + offset
                    + " is not UTF-8";
        }

        /** What is wrong, without the file and the line: {@code "byte 0xE9 at offset 19 is not UTF-8"}. */
        public String reason() {
            return bytes;
        }

        /** The 0-based byte offset of the first byte that is not UTF-8. */
        public long offset() {
            return offset;
        }

        /** The 1-based line it is on. */
        public long line() {
            return line;
        }

        /** The 1-based column (in characters) it is at. */
        public long column() {
            return column;
        }
    }

    private TextFiles() {
    }

    /**
     * The whole text of {@code file}.
     *
     * @param file the file to read
     * @return its text, without a leading byte order mark
     * @throws MalformedTextException naming the file, offset, line and column of bytes that are not UTF-8
     * @throws IOException            if the file cannot be read
     */
    public static String read(Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        try (Reader in = reader(file)) {
            char[] buffer = new char[CHUNK];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                text.append(buffer, 0, n);
            }
        }
        return text.toString();
    }

    /**
     * A reader of {@code file} that decodes strictly, chunk by chunk.
     *
     * @param file the file to read
     * @return a reader; its {@code read} methods throw {@link MalformedTextException} at bytes that are not UTF-8
     * @throws IOException if the file cannot be opened
     */
    public static Reader reader(Path file) throws IOException {
        Checks.notNull("file", file);
        return new StrictReader(file, Files.newInputStream(file));
    }

    /** Decodes with a REPORT decoder and counts bytes, lines and columns, so that a failure says where. */
    private static final class StrictReader extends Reader {
        private final Path file;
        private final InputStream in;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private final ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
        private final CharBuffer chars = CharBuffer.allocate(CHUNK);
        private long consumed;      // bytes decoded before the start of {@code bytes}
        private long line = 1;
        private long column = 1;
        private boolean eof;
        private boolean first = true;
        private boolean done;

        StrictReader(Path file, InputStream in) {
            this.file = file;
            this.in = in;
            chars.flip();
        }

        @Override
        public int read(char[] target, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            while (!chars.hasRemaining()) {
                if (!fill()) {
                    return -1;
                }
            }
            int n = Math.min(length, chars.remaining());
            chars.get(target, offset, n);
            return n;
        }

        /** Decodes more characters into {@code chars}; false at the end of the file. */
        private boolean fill() throws IOException {
            if (done) {
                return false;
            }
            if (!eof) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    eof = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
            }
            bytes.flip();
            chars.clear();
            CoderResult result = decoder.decode(bytes, chars, eof);
            if (result.isError()) {
                chars.flip();
                count();
                throw new MalformedTextException(file, bytes.get(bytes.position()), consumed + bytes.position(),
                        line, column);
            }
            if (eof && result.isUnderflow()) {
                decoder.flush(chars);
                done = true;
            }
            chars.flip();
            if (first && chars.hasRemaining()) {
                if (chars.get(chars.position()) == '\uFEFF') {
                    chars.get();
                }
                first = false;
            }
            count();
            consumed += bytes.position();
            bytes.compact();
            return chars.hasRemaining() || !done;
        }

        private void count() {
            for (int i = chars.position(); i < chars.limit(); i++) {
                if (chars.get(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
