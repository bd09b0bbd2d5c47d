package dev.backendaudit.evidence.quality;

import dev.backendaudit.evidence.quality.internal.JavaLines;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.Provenance;
import dev.backendaudit.model.Quantity;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Counts the lines of the main Java sources and names the files and top-level classes that are
 * oversized: more lines of code (neither blank nor only comment) than a bound.
 *
 * <pre>{@code
 * SourceSizeReport report = SourceSize.measure(List.of(Path.of("src/main/java")), SourceSize.DEFAULT_FILE_BOUND,
 *         SourceSize.DEFAULT_CLASS_BOUND, Instant.now());
 * audit.evidence(report.evidence());
 * }</pre>
 *
 * <p>Evidence: {@link QualityMetrics#LINES_OF_CODE}, {@link QualityMetrics#OVERSIZED_FILES} and
 * {@link QualityMetrics#OVERSIZED_CLASSES}; provenance {@value #SOURCE} and the source roots.
 */
public final class SourceSize {

    /** The collector's name in provenance. */
    public static final String SOURCE = "source-size";
    /** The default file bound: 1,000 lines of code, the default of Sonar's rule S104 ("files should not have too many lines of code"). */
    public static final int DEFAULT_FILE_BOUND = 1000;
    /** The default class bound: 1,000 lines, the default of PMD's ExcessiveClassLength rule. */
    public static final int DEFAULT_CLASS_BOUND = 1000;

    private SourceSize() {
    }

    /**
     * Counts every {@code .java} file under {@code roots}.
     *
     * @param roots      source roots such as {@code src/main/java}, at least one
     * @param fileBound  files with more lines of code are oversized, at least 1
     * @param classBound top-level classes with more lines of code are oversized, at least 1
     * @param at         the observation time in provenance
     * @return the counts and the evidence
     * @throws IllegalArgumentException if there is no root, a root is not a directory, or a bound is less than 1
     * @throws ReportReadException      if a source file is not UTF-8 text or cannot be read
     */
    public static SourceSizeReport measure(List<Path> roots, int fileBound, int classBound, Instant at) {
        if (roots.isEmpty()) {
            throw new IllegalArgumentException("source roots must name at least one directory, but were empty");
        }
        if (fileBound < 1 || classBound < 1) {
            throw new IllegalArgumentException("size bounds must be >= 1, but were " + fileBound + " (file) and "
                    + classBound + " (class)");
        }
        int files = 0;
        long lines = 0;
        long codeLines = 0;
        List<SourceUnit> bigFiles = new ArrayList<>();
        List<SourceUnit> bigClasses = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                throw new IllegalArgumentException("source root must be a directory, but was " + root);
            }
            for (Path file : javaFiles(root)) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                JavaLines.Counts counts = JavaLines.count(read(file));
                files++;
                lines += counts.lines();
                codeLines += counts.codeLines();
                if (counts.codeLines() > fileBound) {
                    bigFiles.add(new SourceUnit(relative, file.getFileName().toString(), counts.codeLines()));
                }
                counts.types().stream().filter(t -> t.codeLines() > classBound)
                        .forEach(t -> bigClasses.add(new SourceUnit(relative, t.name(), t.codeLines())));
            }
        }
        Comparator<SourceUnit> largestFirst = Comparator.comparingInt(SourceUnit::codeLines).reversed()
                .thenComparing(SourceUnit::file).thenComparing(SourceUnit::name);
        bigFiles.sort(largestFirst);
        bigClasses.sort(largestFirst);
        List<String> names = roots.stream().map(Path::toString).toList();
        List<Evidence> evidence = new ArrayList<>();
        List<String> unknowns = new ArrayList<>();
        if (files == 0) {
            unknowns.add("source size: no Java file under " + String.join(", ", names));
        } else {
            Provenance provenance = Provenance.of(SOURCE, (names.size() == 1 ? names.get(0)
                    : names.get(0) + " and " + (names.size() - 1) + " more") + ", " + files + " Java files", at);
            evidence.add(Measurement.of(QualityMetrics.LINES_OF_CODE, Quantity.count(codeLines), provenance));
            evidence.add(Measurement.of(QualityMetrics.OVERSIZED_FILES, Quantity.count(bigFiles.size()), provenance));
            evidence.add(Measurement.of(QualityMetrics.OVERSIZED_CLASSES, Quantity.count(bigClasses.size()), provenance));
        }
        return new SourceSizeReport(names, files, lines, codeLines, fileBound, classBound, bigFiles, bigClasses,
                unknowns, evidence);
    }

    private static List<Path> javaFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".java") && Files.isRegularFile(p)).sorted()
                    .toList();
        } catch (IOException e) {
            throw new ReportReadException("cannot list " + root + ": " + e.getMessage(), e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new ReportReadException(file + " is not UTF-8 text: expected a Java source file in UTF-8", e);
        } catch (IOException e) {
            throw new ReportReadException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
