package dev.backendaudit.evidence.git;

import dev.backendaudit.model.Evidence;
import java.time.Instant;
import java.util.List;
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
 * and counted, in the commits they merge.
 *
 * @param repository        the repository analysed
 * @param backend           what read it: {@code "jgit"} or {@code "git-cli"}
 * @param head              the commit HEAD resolved to
 * @param range             the commits in the window, oldest..newest (short ids); empty with none
 * @param since             start of the window, inclusive
 * @param until             end of the window, exclusive
 * @param commits           non-merge commits in the window
 * @param merges            merge commits in the window
 * @param fixes             commits whose message matches a fix pattern
 * @param judgedFixes       fixes old enough for their whole refix window to lie in the window
 * @param refixedFixes      of those, fixes followed by another fix of one of their files within the refix window
 * @param throughputTrend   the trend of weekly commit counts, with fewer than 3 complete weeks empty
 * @param hotspots          the most changed files, most revisions first
 * @param couplings         file pairs past the coupling filters, strongest first
 * @param refixedFiles      files whose fixes needed another fix, most refixes first
 * @param releases          releases read from tags
 * @param outOfOrderCommits commits whose commit time is later than a newer commit's (clock skew)
 * @param unknowns          what could not be measured, and why, one sentence each
 * @param evidence          the evidence, ready for {@code Audit.Builder.evidence(...)}
 */
public record HistoryReport(String repository, String backend, String head, Optional<String> range, Instant since,
                            Instant until, long commits, long merges, long fixes, long judgedFixes, long refixedFixes,
                            Optional<ThroughputTrend> throughputTrend, List<Hotspot> hotspots,
                            List<CoupledFiles> couplings, List<RefixedFile> refixedFiles, ReleaseSummary releases,
                            long outOfOrderCommits, List<String> unknowns, List<Evidence> evidence) {

    /** Copies the lists. */
    public HistoryReport {
        hotspots = List.copyOf(hotspots);
        couplings = List.copyOf(couplings);
        refixedFiles = List.copyOf(refixedFiles);
        unknowns = List.copyOf(unknowns);
        evidence = List.copyOf(evidence);
    }

    /** A few lines a person reads: counts, trend, top hotspots, what is unknown. */
    public String summary() {
        StringBuilder text = new StringBuilder();
        text.append("git history of ").append(repository).append(" (").append(backend).append("), ")
                .append(since).append(" .. ").append(until).append(range.map(r -> ", commits " + r).orElse(""))
                .append('\n');
        text.append("  ").append(commits).append(" commits (").append(merges).append(" merges not counted), ")
                .append(fixes).append(" fixes; ").append(refixedFixes).append(" of ").append(judgedFixes)
                .append(" judged fixes were fixed again\n");
        throughputTrend.ifPresent(t -> text.append("  throughput ").append(t.describe()).append('\n'));
        for (Hotspot h : hotspots.subList(0, Math.min(5, hotspots.size()))) {
            text.append("  hotspot ").append(h.path()).append(": ").append(h.revisions()).append(" revisions, ")
                    .append(h.churn()).append(" lines, ").append(h.authors()).append(h.authors() == 1 ? " author" : " authors")
                    .append('\n');
        }
        for (CoupledFiles c : couplings.subList(0, Math.min(3, couplings.size()))) {
            text.append("  coupled ").append(c.first()).append(" + ").append(c.second()).append(": ")
                    .append(c.sharedRevisions()).append(" shared revisions, ")
                    .append(Math.round(c.degree() * 100)).append("%\n");
        }
        text.append("  releases: ").append(releases.releases()).append(" in the window (")
                .append(releases.tagsMatched()).append(" matching tags)")
                .append(releases.medianLeadTime().map(d -> ", median lead time "
                        + dev.backendaudit.model.Quantity.of(d)).orElse("")).append('\n');
        if (outOfOrderCommits > 0) {
            text.append("  note: ").append(outOfOrderCommits)
                    .append(" commits have commit times out of order (clock skew); they are counted at their recorded time\n");
        }
        unknowns.forEach(u -> text.append("  UNKNOWN: ").append(u).append('\n'));
        return text.toString();
    }
}
