package dev.backendaudit.evidence.quality;

import dev.backendaudit.model.Evidence;
import java.util.List;

/**
 * What a count of the main sources found: files, lines, and the files and classes over the bounds.
 *
 * <pre>{@code
 * SourceSizeReport report = SourceSize.measure(List.of(Path.of("src/main/java")), SourceSize.DEFAULT_FILE_BOUND,
 *         SourceSize.DEFAULT_CLASS_BOUND, Instant.now());
 * report.oversizedClasses().forEach(System.out::println);
 * }</pre>
 *
 * @param roots            the source roots read
 * @param files            Java files counted
 * @param lines            all their lines
 * @param codeLines        their lines of code
 * @param fileBound        a file with more lines of code is oversized
 * @param classBound       a top-level class with more lines of code is oversized
 * @param oversizedFiles   files over the bound, largest first
 * @param oversizedClasses top-level classes over the bound, largest first
 * @param unknowns         what could not be measured, and why
 * @param evidence         the evidence, ready for {@code Audit.Builder.evidence(...)}
 */
public record SourceSizeReport(List<String> roots, int files, long lines, long codeLines, int fileBound, int classBound,
                               List<SourceUnit> oversizedFiles, List<SourceUnit> oversizedClasses,
                               List<String> unknowns, List<Evidence> evidence) {

    /** Copies the lists. */
    public SourceSizeReport {
        roots = List.copyOf(roots);
        oversizedFiles = List.copyOf(oversizedFiles);
        oversizedClasses = List.copyOf(oversizedClasses);
        unknowns = List.copyOf(unknowns);
        evidence = List.copyOf(evidence);
    }

    /**
     * A few lines a person reads.
     *
     * @return the summary, one item per line
     */
    public String summary() {
        StringBuilder text = new StringBuilder("source size: ").append(files).append(" Java files, ").append(codeLines)
                .append(" lines of code (").append(lines).append(" lines) in ").append(roots.size())
                .append(roots.size() == 1 ? " source root\n" : " source roots\n");
        text.append("  ").append(oversizedFiles.size()).append(" files over ").append(fileBound).append(" lines of code, ")
                .append(oversizedClasses.size()).append(" classes over ").append(classBound).append('\n');
        oversizedClasses.stream().limit(3).forEach(c -> text.append("  oversized: ").append(c).append('\n'));
        unknowns.forEach(u -> text.append("  UNKNOWN: ").append(u).append('\n'));
        return text.toString();
    }
}
