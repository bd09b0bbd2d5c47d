package dev.backendaudit.evidence.git.internal;

import dev.backendaudit.evidence.git.GitHistoryException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;

/**
 * What earlier analyses read, keyed by commit id: a commit's changes against its first parent
 * never change, so a re-audit diffs only the commits it has not seen. The file is append-only;
 * a record holds the commit's parent count, author, commit time, subject line and changed files.
 */
public final class HistoryCache {

    /** Format marker and version; a file with another is ignored and rewritten. */
    private static final int MAGIC = 0x42414843;
    private static final int VERSION = 1;

    private final Path file;
    private final Map<ObjectId, CommitRecord> known = new HashMap<>();
    private final List<CommitRecord> added = new ArrayList<>();
    private boolean rewrite;

    private HistoryCache(Path file) {
        this.file = file;
    }

    /**
     * Loads the cache in {@code file}; a missing file is an empty cache.
     *
     * @throws GitHistoryException if the file exists but cannot be read
     */
    public static HistoryCache load(Path file) {
        HistoryCache cache = new HistoryCache(file);
        if (!Files.exists(file)) {
            cache.rewrite = true;
            return cache;
        }
        Map<String, String> paths = new HashMap<>();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                cache.rewrite = true;
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
     * Appends the commits remembered since loading.
     *
     * @throws GitHistoryException if the file cannot be written
     */
    public void save() {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            List<CommitRecord> records = rewrite ? new ArrayList<>(known.values()) : added;
            OutputStream raw = rewrite ? Files.newOutputStream(file)
                    : Files.newOutputStream(file, StandardOpenOption.APPEND);
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
                if (rewrite) {
                    out.writeInt(MAGIC);
                    out.writeInt(VERSION);
                }
                byte[] id = new byte[20];
                for (CommitRecord record : records) {
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
            }
            rewrite = false;
            added.clear();
        } catch (IOException e) {
            throw new GitHistoryException("history cache " + file + " cannot be written: " + e.getMessage(), e);
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
