package dev.backendaudit.evidence.git.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.errors.CanceledException;
import org.eclipse.jgit.diff.DiffConfig;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectReader;

/**
 * Rename detection as {@code git log -M} does it by default (git 2.33 and later): exact renames,
 * then content renames at 50 % similarity among at most {@value #LIMIT} sources and destinations;
 * when a commit moves more files than that, a file whose name is unique among the removed files and
 * among the added ones is paired with its namesake when they are at least {@value #BASENAME_SCORE} %
 * alike (git's basename step, halfway between the 50 % threshold and identity), and the search
 * resumes on what is left if that is small enough. JGit's {@link RenameDetector} does each search.
 */
final class Renames {

    /** git's default similarity for a rename (diff.renames, -M): 50 %. */
    static final int SCORE = 50;
    /** git's similarity for a rename between files of the same name: halfway from 50 % to 100 %. */
    static final int BASENAME_SCORE = 75;
    /** git's default diff.renameLimit: above this many sources and destinations only cheaper searches run. */
    static final int LIMIT = 1000;

    private static final DiffConfig DIFF_CONFIG = new Config().get(DiffConfig.KEY);

    private Renames() {
    }

    /** The entries of one commit's diff with renames detected. */
    static List<DiffEntry> detect(ObjectReader reader, List<DiffEntry> entries) throws IOException {
        boolean adds = false;
        boolean deletes = false;
        for (DiffEntry entry : entries) {
            adds |= entry.getChangeType() == DiffEntry.ChangeType.ADD;
            deletes |= entry.getChangeType() == DiffEntry.ChangeType.DELETE;
        }
        if (!adds || !deletes) {
            return entries;
        }
        RenameDetector detector = detector(reader, SCORE);
        detector.addAll(entries);
        List<DiffEntry> found = compute(detector, reader);
        return detector.isOverRenameLimit() ? byBasename(reader, found) : found;
    }

    private static List<DiffEntry> byBasename(ObjectReader reader, List<DiffEntry> entries) throws IOException {
        Map<String, List<DiffEntry>> added = new HashMap<>();
        Map<String, List<DiffEntry>> deleted = new HashMap<>();
        List<DiffEntry> result = new ArrayList<>();
        for (DiffEntry entry : entries) {
            if (entry.getChangeType() == DiffEntry.ChangeType.ADD) {
                added.computeIfAbsent(name(entry.getNewPath()), n -> new ArrayList<>()).add(entry);
            } else if (entry.getChangeType() == DiffEntry.ChangeType.DELETE) {
                deleted.computeIfAbsent(name(entry.getOldPath()), n -> new ArrayList<>()).add(entry);
            } else {
                result.add(entry);
            }
        }
        List<DiffEntry> left = new ArrayList<>();
        for (Map.Entry<String, List<DiffEntry>> sources : deleted.entrySet()) {
            List<DiffEntry> targets = added.get(sources.getKey());
            if (sources.getValue().size() == 1 && targets != null && targets.size() == 1) {
                RenameDetector pair = detector(reader, BASENAME_SCORE);
                pair.addAll(List.of(sources.getValue().get(0), targets.get(0)));
                result.addAll(compute(pair, reader));
                added.remove(sources.getKey());
            } else {
                left.addAll(sources.getValue());
            }
        }
        int sources = left.size();
        int targets = 0;
        for (List<DiffEntry> rest : added.values()) {
            left.addAll(rest);
            targets += rest.size();
        }
        if (sources > 0 && targets > 0 && (long) sources * targets <= (long) LIMIT * LIMIT) {
            RenameDetector rest = detector(reader, SCORE);
            rest.addAll(left);
            result.addAll(compute(rest, reader));
        } else {
            result.addAll(left);
        }
        return result;
    }

    private static RenameDetector detector(ObjectReader reader, int score) {
        RenameDetector detector = new RenameDetector(reader, DIFF_CONFIG);
        detector.setRenameScore(score);
        detector.setRenameLimit(LIMIT);
        return detector;
    }

    private static List<DiffEntry> compute(RenameDetector detector, ObjectReader reader) throws IOException {
        try {
            return detector.compute(reader, NullProgressMonitor.INSTANCE);
        } catch (CanceledException e) {
            throw new IOException("rename detection was cancelled", e);
        }
    }

    private static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
