package dev.backendaudit.evidence.git.internal;

import dev.backendaudit.evidence.git.GitHistoryException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import dev.backendaudit.internal.AtomicFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;

/**
 * What earlier analyses read, keyed by commit id: a commit's changes against its first parent
 * never change, so a re-audit diffs only the commits it has not seen. A record holds the commit's
 * parent count, author, commit time, subject line and changed files.
 *
 * <p>The file is rewritten whole and atomically ({@link AtomicFiles}) when commits were added: a
 * save that fails leaves the old cache as it was, and two audits saving at once leave one whole
 * cache. A file that exists but is not a history cache (another format marker; an empty file is
 * taken as an empty cache) is refused rather than overwritten.
 */
public final class HistoryCache {

    /** Format marker and version; a file with another marker is refused, one of another version rewritten. */
    private static final int MAGIC = 0x42414843;
    private static final int VERSION = 1;

    private final Path file;
    private final Map<ObjectId, CommitRecord> known = new LinkedHashMap<>();
    private final List<CommitRecord> added = new ArrayList<>();
    private boolean rewrite;

    private HistoryCache(Path file) {
        this.file = file;
    }

    /**
     * Loads the cache in {@code file}; a missing or empty file is an empty cache.
     *
     * @throws GitHistoryException if the file exists but cannot be read, is a directory, or is not a history cache
     */
    public static HistoryCache load(Path file) {
        HistoryCache cache = new HistoryCache(file);
        if (Files.isDirectory(file)) {
            throw new GitHistoryException("history cache " + file + " is a directory; name a file for the cache");
        }
        if (!Files.exists(file)) {
            cache.rewrite = true;
            return cache;
        }
        Map<String, String> paths = new HashMap<>();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            long size = Files.size(file);
            if (size == 0) {
                cache.rewrite = true;     // an empty file (made by mktemp, say) is an empty cache
                return cache;
            }
            if (size < 8 || in.readInt() != MAGIC) {
                throw new GitHistoryException("history cache " + file + " exists but is not a history cache (it does"
                        + " not start with the cache's format marker); it is left untouched: name a new file for the"
                        + " cache, or remove this one if it is yours");
            }
            if (in.readInt() != VERSION) {
                cache.rewrite = true;     // a cache of another version: ours to rewrite
                return cache;
            }
            byte[] raw = new byte[20];
            while (true) {
                try {
                    in.readFully(raw);
                } catch (EOFException end) {
                    break;
                }
                ObjectId id = ObjectId.fromRaw(raw);
                int parents = in.readUnsignedByte();
                String email = in.readUTF();
                long time = in.readLong();
                String subject = in.readUTF();
                int count = in.readInt();
                List<FileChange> changes = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    String path = in.readUTF();
                    changes.add(new FileChange(paths.computeIfAbsent(path, p -> p), in.readInt(), in.readInt()));
                }
                cache.known.put(id, new CommitRecord(id.name(), parents, email, time, subject, changes));
            }
        } catch (EOFException e) {
            // a record cut short by an interrupted write: keep what is whole, rewrite the file
            cache.rewrite = true;
        } catch (IOException e) {
            throw new GitHistoryException("history cache " + file + " cannot be read: " + e.getMessage(), e);
        }
        return cache;
    }

    /** The record of a commit read before, or null. */
    public CommitRecord get(ObjectId id) {
        return known.get(id);
    }

    /** How many commits the cache knows. */
    public int size() {
        return known.size();
    }

    /** Remembers a commit read now, to be written by {@link #save()}. */
    public void remember(CommitRecord record) {
        ObjectId id = ObjectId.fromString(record.id());
        if (!known.containsKey(id)) {
            CommitRecord stored = new CommitRecord(record.id(), record.parentCount(), record.authorEmail(),
                    record.commitTime(), subject(record.message()), record.changes());
            known.put(id, stored);
            added.add(stored);
        }
    }

    /**
     * Writes the cache with the commits remembered since loading (nothing when none were).
     *
     * @throws GitHistoryException if the file cannot be written
     */
    public void save() {
        if (!rewrite && added.isEmpty()) {
            return;
        }
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            AtomicFiles.write(file, raw -> {
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16));
                out.writeInt(MAGIC);
                out.writeInt(VERSION);
                byte[] id = new byte[20];
                for (CommitRecord record : known.values()) {
                    ObjectId.fromString(record.id()).copyRawTo(id, 0);
                    out.write(id);
                    out.writeByte(Math.min(255, record.parentCount()));
                    out.writeUTF(record.authorEmail());
                    out.writeLong(record.commitTime());
                    out.writeUTF(limit(subject(record.message())));
                    out.writeInt(record.changes().size());
                    for (FileChange change : record.changes()) {
                        out.writeUTF(change.path());
                        out.writeInt(change.added());
                        out.writeInt(change.deleted());
                    }
                }
                out.flush();
            });
            rewrite = false;
            added.clear();
        } catch (IOException e) {
            String reason = String.valueOf(e.getMessage());
            String prefix = "cannot write " + file + ": ";
            throw new GitHistoryException("history cache " + file + " cannot be written: "
                    + (reason.startsWith(prefix) ? reason.substring(prefix.length()) : reason), e);
        }
    }

    private static String subject(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** writeUTF takes at most 65535 bytes; a subject that long is cut (fix patterns look at its start). */
    private static String limit(String text) {
        return text.length() > 4000 ? text.substring(0, 4000) : text;
    }
}
