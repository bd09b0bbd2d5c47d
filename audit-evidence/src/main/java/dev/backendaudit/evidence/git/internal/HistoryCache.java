package dev.backendaudit.evidence.git.internal;

import dev.backendaudit.evidence.git.GitHistoryException;
import dev.backendaudit.internal.AtomicFiles;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
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
 * never change, so a re-audit diffs only the commits it has not seen. It also keeps the release
 * analysis: which commit times each release was the first to contain, for the releases in order;
 * while the releases so far stay the same, a re-audit walks only the commits of new releases.
 * A record holds the commit's parent count, author, commit time, subject line and changed files
 * (with renames).
 *
 * <p>The file is rewritten whole and atomically ({@link AtomicFiles}) when commits or the release
 * analysis changed: a save that fails leaves the old cache as it was, and two audits saving at once
 * leave one whole cache. A file that exists but is not a history cache (another format marker; an
 * empty file is taken as an empty cache) is refused rather than overwritten; a cache of another
 * version is rewritten.
 */
public final class HistoryCache {

    /** Format marker and version; a file with another marker is refused, one of another version rewritten. */
    private static final int MAGIC = 0x42414843;
    private static final int VERSION = 2;

    private final Path file;
    private final Map<ObjectId, CommitRecord> known = new LinkedHashMap<>();
    private boolean changed;
    private Releases releases;

    /**
     * The release analysis kept: releases in order (commit id and release time), with the tag pattern they
     * matched, and for each the commit times of the commits it was the first to contain.
     *
     * @param tagPattern  the pattern's text
     * @param commitIds   the releases' commits, in release order
     * @param times       each release's time
     * @param commitTimes each release's commits' times
     */
    public record Releases(String tagPattern, List<String> commitIds, List<Long> times, List<long[]> commitTimes) {
    }

    private HistoryCache(Path file) {
        this.file = file;
    }

    /**
     * Loads the cache in {@code file}; a missing or empty file, or a cache of another version, is an empty cache.
     *
     * @throws GitHistoryException if the file exists but cannot be read, is a directory, or is not a history cache
     */
    public static HistoryCache load(Path file) {
        HistoryCache cache = new HistoryCache(file);
        if (Files.isDirectory(file)) {
            throw new GitHistoryException("history cache " + file + " is a directory; name a file for the cache");
        }
        if (!Files.exists(file)) {
            cache.changed = true;
            return cache;
        }
        Map<String, String> paths = new HashMap<>();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            long size = Files.size(file);
            if (size == 0) {
                cache.changed = true;     // an empty file (made by mktemp, say) is an empty cache
                return cache;
            }
            if (size < 8 || in.readInt() != MAGIC) {
                throw new GitHistoryException("history cache " + file + " exists but is not a history cache (it does"
                        + " not start with the cache's format marker); it is left untouched: name a new file for the"
                        + " cache, or remove this one if it is yours");
            }
            if (in.readInt() != VERSION) {
                cache.changed = true;     // a cache of another version: ours to rewrite
                return cache;
            }
            int records = in.readInt();
            byte[] raw = new byte[20];
            for (int r = 0; r < records; r++) {
                in.readFully(raw);
                ObjectId id = ObjectId.fromRaw(raw);
                int parents = in.readUnsignedByte();
                String email = in.readUTF();
                long time = in.readLong();
                String subject = in.readUTF();
                int count = in.readInt();
                List<FileChange> changes = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    String path = paths.computeIfAbsent(in.readUTF(), p -> p);
                    char status = (char) in.readUnsignedByte();
                    String oldPath = status == 'R' ? paths.computeIfAbsent(in.readUTF(), p -> p) : null;
                    changes.add(new FileChange(path, oldPath, status, in.readInt(), in.readInt()));
                }
                cache.known.put(id, new CommitRecord(id.name(), parents, email, time, subject, changes));
            }
            if (in.readBoolean()) {
                String pattern = in.readUTF();
                int n = in.readInt();
                List<String> ids = new ArrayList<>(n);
                List<Long> times = new ArrayList<>(n);
                List<long[]> commitTimes = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    in.readFully(raw);
                    ids.add(ObjectId.fromRaw(raw).name());
                    times.add(in.readLong());
                    long[] claimed = new long[in.readInt()];
                    for (int j = 0; j < claimed.length; j++) {
                        claimed[j] = in.readLong();
                    }
                    commitTimes.add(claimed);
                }
                cache.releases = new Releases(pattern, ids, times, commitTimes);
            }
        } catch (EOFException e) {
            // cut short (saves are atomic, so not by this version): keep the records that are whole, rewrite the file
            cache.releases = null;
            cache.changed = true;
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
            known.put(id, new CommitRecord(record.id(), record.parentCount(), record.authorEmail(),
                    record.commitTime(), limit(HistoryAnalysis.subject(record.message())), record.changes()));
            changed = true;
        }
    }

    /** The release analysis kept, or null. */
    public Releases releases() {
        return releases;
    }

    /** Keeps this release analysis, to be written by {@link #save()}. */
    public void rememberReleases(Releases analysed) {
        if (!same(analysed, releases)) {
            releases = analysed;
            changed = true;
        }
    }

    /**
     * Writes the cache, whole and atomically, if anything changed since it was loaded (nothing when nothing did).
     *
     * @throws GitHistoryException if the file cannot be written (the old file is then intact)
     */
    public void save() {
        if (!changed) {
            return;
        }
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            AtomicFiles.write(file, stream -> {
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16));
                out.writeInt(MAGIC);
                out.writeInt(VERSION);
                out.writeInt(known.size());
                byte[] id = new byte[20];
                for (CommitRecord record : known.values()) {
                    ObjectId.fromString(record.id()).copyRawTo(id, 0);
                    out.write(id);
                    out.writeByte(Math.min(255, record.parentCount()));
                    out.writeUTF(record.authorEmail());
                    out.writeLong(record.commitTime());
                    out.writeUTF(record.message());
                    out.writeInt(record.changes().size());
                    for (FileChange change : record.changes()) {
                        out.writeUTF(change.path());
                        out.writeByte(change.status());
                        if (change.status() == 'R') {
                            out.writeUTF(change.oldPath());
                        }
                        out.writeInt(change.added());
                        out.writeInt(change.deleted());
                    }
                }
                out.writeBoolean(releases != null);
                if (releases != null) {
                    out.writeUTF(releases.tagPattern());
                    out.writeInt(releases.commitIds().size());
                    for (int i = 0; i < releases.commitIds().size(); i++) {
                        ObjectId.fromString(releases.commitIds().get(i)).copyRawTo(id, 0);
                        out.write(id);
                        out.writeLong(releases.times().get(i));
                        long[] claimed = releases.commitTimes().get(i);
                        out.writeInt(claimed.length);
                        for (long time : claimed) {
                            out.writeLong(time);
                        }
                    }
                }
                out.flush();
            });
            changed = false;
        } catch (IOException e) {
            String reason = String.valueOf(e.getMessage());
            String prefix = "cannot write " + file + ": ";
            throw new GitHistoryException("history cache " + file + " cannot be written: "
                    + (reason.startsWith(prefix) ? reason.substring(prefix.length()) : reason), e);
        }
    }

    private static boolean same(Releases a, Releases b) {
        if (b == null || !a.tagPattern().equals(b.tagPattern()) || !a.commitIds().equals(b.commitIds())
                || !a.times().equals(b.times())) {
            return false;
        }
        for (int i = 0; i < a.commitTimes().size(); i++) {
            if (!java.util.Arrays.equals(a.commitTimes().get(i), b.commitTimes().get(i))) {
                return false;
            }
        }
        return true;
    }

    /** writeUTF takes at most 65535 bytes; a subject that long is cut (fix patterns look at its start). */
    private static String limit(String text) {
        return text.length() > 4000 ? text.substring(0, 4000) : text;
    }
}
