package dev.backendaudit.evidence.latency.internal;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The files of a project directory a scan looks at: hidden directories and build output skipped. */
public final class ProjectFiles {

    private static final Set<String> SKIPPED = Set.of("target", "build", "node_modules");

    private ProjectFiles() {
    }

    /**
     * The regular files below {@code directory} whose lowercase name ends with one of {@code endings},
     * in path order.
     */
    public static List<Path> ending(Path directory, List<String> endings) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(directory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                boolean skip = !dir.equals(directory) && (name.startsWith(".") || SKIPPED.contains(name));
                return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                if (attributes.isRegularFile() && endings.stream().anyMatch(name::endsWith)) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(Comparator.naturalOrder());
        return files;
    }

    /** {@code "an HdrHistogram log"}, {@code "a JMeter result file"}. */
    public static String article(String title) {
        return "aeiouAEIOUH".indexOf(title.charAt(0)) >= 0 ? "an " + title : "a " + title;
    }

    /**
     * The characters {@code [start, end)} of {@code text} as a whole number of at most 18 digits.
     *
     * @return the number, or -1 if they are not one
     */
    public static long wholeNumber(CharSequence text, int start, int end) {
        if (end <= start || end - start > 18) {
            return -1;
        }
        long value = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
