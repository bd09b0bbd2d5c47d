package dev.backendaudit.evidence.git.internal;

import dev.backendaudit.evidence.git.Hotspot;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/** What the window did to one file, followed across renames: its newest path names it. */
final class FileStats {
    final String path;
    final int id;
    final FileKinds.Kind kind;
    final boolean generated;
    final Map<String, Integer> authors = new HashMap<>(4);
    int revisions;
    int couplingRevisions;
    long added;
    long deleted;
    int fixes;
    int refixes;
    /** The file does not exist at the window's end (removed, or only on another line of history). */
    boolean removed;
    boolean hub;

    FileStats(String path, int id, FileKinds kinds) {
        this.path = path;
        this.id = id;
        this.kind = FileKinds.kind(path);
        this.generated = kinds.generated(path);
    }

    /** Left out of hotspots, refixes and coupling. */
    boolean leftOut() {
        return generated || hub;
    }

    Hotspot hotspot() {
        Map.Entry<String, Integer> main = authors.entrySet().stream()
                .min(Comparator.comparingInt((Map.Entry<String, Integer> e) -> -e.getValue())
                        .thenComparing(Map.Entry::getKey))
                .orElseThrow();
        return new Hotspot(path, revisions, added, deleted, authors.size(), main.getKey(),
                (double) main.getValue() / revisions);
    }
}
