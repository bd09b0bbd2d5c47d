package dev.backendaudit.evidence.git.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.ObjectId;

/**
 * The most recently loaded file contents, bounded in bytes. Walking newest first, the old side of
 * one commit's diff is the new side of its parent's, read moments later: keeping recent contents
 * saves inflating and resolving the same delta chains twice.
 */
final class BlobCache {

    private final long limit;
    private long bytes;
    private final LinkedHashMap<ObjectId, byte[]> entries = new LinkedHashMap<>(1024, 0.75f, true);

    BlobCache(long limitBytes) {
        this.limit = limitBytes;
    }

    synchronized byte[] get(AnyObjectId id) {
        return entries.get(id);
    }

    synchronized void put(AnyObjectId id, byte[] content) {
        if (content.length > limit / 16) {
            return;
        }
        byte[] previous = entries.put(id.copy(), content);
        bytes += content.length - (previous == null ? 0 : previous.length);
        var eldest = entries.entrySet().iterator();
        while (bytes > limit && eldest.hasNext()) {
            Map.Entry<ObjectId, byte[]> entry = eldest.next();
            bytes -= entry.getValue().length;
            eldest.remove();
        }
    }
}
