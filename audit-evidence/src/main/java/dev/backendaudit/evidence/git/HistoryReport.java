package dev.backendaudit.evidence.git;

import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.Quantity;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a history analysis measured: the evidence for an audit, and the detail behind it.
 *
 * <pre>{@code
 * HistoryReport report = GitHistory.analyze(HistoryOptions.of(Path.of(".")));
 * Audit audit = Audit.builder("checkout-service")
 *         .checklist(StandardChecklist.checklist())
 *         .evidence(report.evidence())
 *         .build();
 * report.unknowns().forEach(System.err::println); // what could not be measured, and why
 * }</pre>
 *
 * <p>Merge commits are counted apart and left out of every other count: their changes were made,
 * and counted, in the commits they merge. Commits by automation and dependency or release chores
 * are counted apart too; every other count is of people's commits.
 *
 * @param repository        the repository analysed
 * @param path              the directory inside the repository whose history was read (its git pathspec);
 *                          empty for the whole repository
 * @param backend           what read it: {@code "jgit"} or {@code "git-cli"}
 * @param head              the commit HEAD resolved to
 * @param range             people's commits in the window, oldest..newest (short ids); empty with none
 * @param since             start of the window measured, inclusive
 * @param until             end of the window measured, exclusive
 * @param windowNotes       how the window asked for was clipped to the data, one sentence each
 * @param commits           people's non-merge commits in the window
 * @param merges            merge commits in the window
 * @param automation        commits by automation (bot authors) in the window, set apart
 * @param chores            dependency and release chores in the window, set apart
 * @param fixes             people's commits whose subject matches a fix pattern (cosmetic fixes and reverts not)
 * @param cosmeticFixes     fixes of typos, docs, Javadoc, formatting and follow-ups, not counted as fixes
 * @param reverts           reverts, counted apart from fixes
 * @param judgedFixes       fixes old enough for their whole refix window to lie in the window
 * @param refixedFixes      of those, fixes followed by another fix of one of their files within the refix window
 * @param weeklyCommits     people's commits in each complete week of the window, oldest first
 * @param throughputTrend   the trend of people's commits per week over complete quarters; empty below its minimum
 * @param hotspots          the most changed files that exist at the window's end, most revisions first
 * @param removedFiles      files changed in the window that do not exist at its end (removed, or only on another
 *                          line of history such as a maintenance branch): never hotspots, never coupled
 * @param couplings         file pairs past the coupling filters, strongest first, of every kind
 * @param refixedFiles      files whose fixes needed another fix, most refixes first
 * @param leftOut           generated and hub files left out of hotspots, refixes and coupling, most changed first
 * @param releases          releases read from tags
 * @param outOfOrderCommits commits whose commit time is later than a newer commit's (clock skew)
 * @param unknowns          what could not be measured, and why, one sentence each
 * @param evidence          the evidence, ready for {@code Audit.Builder.evidence(...)}
 */
public record HistoryReport(String repository, Optional<String> path, String backend, String head,
                            Optional<String> range, Instant since, Instant until, List<String> windowNotes,
                            long commits, long merges, long automation, long chores, long fixes, long cosmeticFixes,
                            long reverts, long judgedFixes, long refixedFixes, List<Long> weeklyCommits,
                            Optional<ThroughputTrend> throughputTrend, List<Hotspot> hotspots, long removedFiles,
                            List<CoupledFiles> couplings, List<RefixedFile> refixedFiles, List<LeftOutFile> leftOut,
                            ReleaseSummary releases, long outOfOrderCommits, List<String> unknowns,
                            List<Evidence> evidence) {

    /** Copies the lists. */
    public HistoryReport {
        windowNotes = List.copyOf(windowNotes);
        weeklyCommits = List.copyOf(weeklyCommits);
        hotspots = List.copyOf(hotspots);
        couplings = List.copyOf(couplings);
        refixedFiles = List.copyOf(refixedFiles);
        leftOut = List.copyOf(leftOut);
        unknowns = List.copyOf(unknowns);
        evidence = List.copyOf(evidence);
    }

    /** How many coupled pairs of each kind were found. */
    public Map<CouplingKind, Long> couplingsByKind() {
        Map<CouplingKind, Long> counts = new EnumMap<>(CouplingKind.class);
        for (CouplingKind kind : CouplingKind.values()) {
            counts.put(kind, couplings.stream().filter(c -> c.kind() == kind).count());
        }
        return counts;
    }

    /** A few lines a person reads: counts, what was set apart, trend, top hotspots, what is unknown. */
    public String summary() {
        StringBuilder text = new StringBuilder();
        text.append("git history of ").append(repository).append(path.map(p -> " (path " + p + ")").orElse(""))
                .append(" (").append(backend).append("), ").append(since).append(" .. ").append(until)
                .append(range.map(r -> ", commits " + r).orElse("")).append('\n');
        windowNotes.forEach(n -> text.append("  window: ").append(n).append('\n'));
        text.append("  ").append(commits).append(" commits by people; set apart: ").append(automation)
                .append(" by automation, ").append(chores).append(" dependency/release chores, ").append(merges)
                .append(path.isPresent() ? " merges (not examined in a path's history)" : " merges").append('\n');
        text.append("  ").append(fixes).append(" fixes (").append(cosmeticFixes).append(" cosmetic fixes and ")
                .append(reverts).append(" reverts not counted); ").append(refixedFixes).append(" of ")
                .append(judgedFixes).append(" judged fixes were fixed again\n");
        if (!weeklyCommits.isEmpty()) {
            double mean = weeklyCommits.stream().mapToLong(Long::longValue).sum() / (double) weeklyCommits.size();
            text.append("  ").append(String.format(Locale.ROOT, "%.1f", mean)).append(" commits by people per week over ")
                    .append(weeklyCommits.size()).append(" complete weeks\n");
        }
        throughputTrend.ifPresent(t -> text.append("  throughput ").append(t.describe()).append('\n'));
        for (Hotspot h : hotspots.subList(0, Math.min(5, hotspots.size()))) {
            text.append("  hotspot ").append(h.path()).append(": ").append(h.revisions()).append(" revisions, ")
                    .append(h.churn()).append(" lines, ").append(h.authors()).append(h.authors() == 1 ? " author" : " authors")
                    .append('\n');
        }
        if (removedFiles > 0) {
            text.append("  ").append(removedFiles).append(" files changed in the window do not exist at its end"
                    + " (not hotspots, not coupled)\n");
        }
        for (LeftOutFile f : leftOut.subList(0, Math.min(5, leftOut.size()))) {
            text.append("  left out (").append(f.reason()).append(") ").append(f.path()).append(": ")
                    .append(f.revisions()).append(" revisions, ")
                    .append(String.format(Locale.ROOT, "%.1f%%", f.share() * 100)).append(" of commits\n");
        }
        if (leftOut.size() > 5) {
            text.append("  left out: ").append(leftOut.size() - 5).append(" more generated or hub files\n");
        }
        Map<CouplingKind, Long> kinds = couplingsByKind();
        text.append("  coupled pairs: ").append(kinds.get(CouplingKind.PRODUCTION)).append(" of production code; apart: ")
                .append(kinds.get(CouplingKind.CLASS_AND_TEST)).append(" class and its test, ")
                .append(kinds.get(CouplingKind.CI_OR_CONFIGURATION)).append(" with CI/configuration, ")
                .append(kinds.get(CouplingKind.OTHER)).append(" other\n");
        couplings.stream().filter(c -> c.kind() == CouplingKind.PRODUCTION).limit(3).forEach(c -> text
                .append("  coupled ").append(c.first()).append(" + ").append(c.second()).append(": ")
                .append(c.sharedRevisions()).append(" shared revisions, ")
                .append(Math.round(c.degree() * 100)).append("%\n"));
        text.append("  releases: ").append(releases.releases()).append(" in the window (")
                .append(releases.tagsMatched()).append(" matching tags)")
                .append(releases.medianLeadTime().map(d -> ", median lead time " + Quantity.of(d)).orElse(""))
                .append('\n');
        if (outOfOrderCommits > 0) {
            text.append("  note: ").append(outOfOrderCommits)
                    .append(" commits have commit times out of order (clock skew); they are counted at their recorded time\n");
        }
        unknowns.forEach(u -> text.append("  UNKNOWN: ").append(u).append('\n'));
        return text.toString();
    }
}
