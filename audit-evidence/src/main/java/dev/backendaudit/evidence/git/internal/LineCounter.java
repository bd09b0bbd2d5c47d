package dev.backendaudit.evidence.git.internal;

import java.io.IOException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.MyersDiff;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.errors.LargeObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;

/**
 * Line counts of one changed path, as {@code git diff --numstat --minimal} computes them: the
 * smallest edit over whole lines (Myers' algorithm without git's shortcuts; a missing final newline
 * makes a line differ), binary content (a NUL in the first 8000 bytes) and files over 512 MiB count
 * zero lines, a submodule one line per side. git's default diff gives up on the smallest edit for
 * large changes, so plain {@code git diff --numstat} can count a few more lines on those; the
 * command-line backend passes {@code --minimal} so that both backends count the same.
 */
final class LineCounter {
    /** git treats larger files as binary (core.bigFileThreshold defaults to 512 MiB). */
    private static final int BIG_FILE = 512 * 1024 * 1024;
    /** git looks for a NUL byte in the first 8000 bytes to call content binary. */
    private static final int FIRST_FEW_BYTES = 8000;

    private LineCounter() {
    }

    /** Counts the lines of one diff entry (a rename counts the edit from its old content; a copy is an add). */
    static FileChange count(ObjectReader reader, BlobCache blobs, DiffEntry entry) throws IOException {
        DiffEntry.ChangeType type = entry.getChangeType();
        boolean renamed = type == DiffEntry.ChangeType.RENAME;
        String path = type == DiffEntry.ChangeType.DELETE ? entry.getOldPath() : entry.getNewPath();
        char status = switch (type) {
            case ADD, COPY -> 'A';
            case DELETE -> 'D';
            case RENAME -> 'R';
            default -> 'M';
        };
        FileChange lines = count(reader, blobs, path, entry.getOldMode(), entry.getOldId().toObjectId(),
                entry.getNewMode(), entry.getNewId().toObjectId());
        return new FileChange(path, renamed ? entry.getOldPath() : null, status, lines.added(), lines.deleted());
    }

    static FileChange count(ObjectReader reader, BlobCache blobs, String path, FileMode oldMode, ObjectId oldId, FileMode newMode,
                            ObjectId newId) throws IOException {
        boolean oldMissing = oldMode == FileMode.MISSING;
        boolean newMissing = newMode == FileMode.MISSING;
        if (oldMode == FileMode.GITLINK || newMode == FileMode.GITLINK) {
            // git prints a submodule change as one "Subproject commit <id>" line per side
            return new FileChange(path, newMissing ? 0 : 1, oldMissing ? 0 : 1);
        }
        if (!oldMissing && !newMissing && oldId.equals(newId)) {
            return new FileChange(path, 0, 0);
        }
        byte[] oldBytes = oldMissing ? new byte[0] : load(reader, blobs, oldId);
        byte[] newBytes = newMissing ? new byte[0] : load(reader, blobs, newId);
        if (oldBytes == null || newBytes == null || isBinary(oldBytes) || isBinary(newBytes)) {
            return new FileChange(path, 0, 0);
        }
        RawText a = new RawText(oldBytes);
        RawText b = new RawText(newBytes);
        if (oldMissing) {
            return new FileChange(path, b.size(), 0);
        }
        if (newMissing) {
            return new FileChange(path, 0, a.size());
        }
        int added = 0;
        int deleted = 0;
        for (Edit edit : MyersDiff.INSTANCE.diff(RawTextComparator.DEFAULT, a, b)) {
            deleted += edit.getLengthA();
            added += edit.getLengthB();
        }
        return new FileChange(path, added, deleted);
    }

    private static byte[] load(ObjectReader reader, BlobCache blobs, ObjectId id) throws IOException {
        byte[] cached = blobs.get(id);
        if (cached != null) {
            return cached;
        }
        try {
            byte[] loaded = reader.open(id, Constants.OBJ_BLOB).getCachedBytes(BIG_FILE);
            blobs.put(id, loaded);
            return loaded;
        } catch (LargeObjectException e) {
            return null;
        }
    }

    private static boolean isBinary(byte[] bytes) {
        int end = Math.min(bytes.length, FIRST_FEW_BYTES);
        for (int i = 0; i < end; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
