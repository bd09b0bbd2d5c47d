package dev.backendaudit.evidence.project;

import dev.backendaudit.model.AreaAssessment;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.EvidenceReport;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.FindingStatus;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.internal.NearestMatch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What {@link ProjectEvidence#collect(ProjectOptions)} measured: each source's report, in the order
 * the sources ran, and all their evidence.
 *
 * <pre>{@code
 * ProjectReport project = ProjectEvidence.collect(ProjectOptions.of(Path.of(".")));
 * Audit.Builder audit = Audit.builder(project.subject()).at(project.at()).evidence(project.evidence());
 * project.source("jacoco").detail(CoverageReport.class).flatMap(CoverageReport::lineCoverage);
 * System.out.print(project.coverage(verdict));   // per area: criteria decided, and by which sources
 * }</pre>
 *
 * @param files   what the project directory holds
 * @param since   the start of the window measured, inclusive (see {@link ProjectEvidence}: the git history's, bounded
 *                by the data; for a directory in no git repository, the one asked for)
 * @param at      the time the audit describes: the end of the window measured, exclusive (by default just after
 *                the newest commit or tag)
 * @param subject the name the audit goes by: {@link ProjectOptions#subject()} if given; else, for a project in a
 *                git repository, {@code RepositorySubject}'s (its remote, else its directory and root commit);
 *                else the project directory's absolute path, which no other directory shares
 * @param sources each source's report
 */
public record ProjectReport(ProjectFiles files, Instant since, Instant at, String subject, List<SourceReport> sources)
        implements EvidenceReport {

    /** Copies the list. */
    public ProjectReport {
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(subject, "subject");
        sources = List.copyOf(sources);
    }

    /**
     * Every source's evidence, in the order the sources ran.
     *
     * @return the evidence, ready for {@code Audit.Builder.evidence(...)}
     */
    @Override
    public List<Evidence> evidence() {
        return sources.stream().flatMap(s -> s.evidence().stream()).toList();
    }

    /**
     * Every source's unknowns, each prefixed with the source's name.
     *
     * @return e.g. {@code "jacoco: no JaCoCo XML report under ..."}
     */
    @Override
    public List<String> unknowns() {
        return sources.stream().flatMap(s -> s.unknowns().stream().map(u -> s.source() + ": " + u)).toList();
    }

    /**
     * The report of the source named {@code name}.
     *
     * @param name a source's name, such as {@code "compiled-classes"}
     * @return its report
     * @throws IllegalArgumentException if no source has that name, naming the nearest one
     */
    public SourceReport source(String name) {
        return sources.stream().filter(s -> s.source().equals(name)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("source name must name a source of this report, but was '" + name + "'"
                        + NearestMatch.suggestion(name, sources.stream().map(SourceReport::source).toList())));
    }

    /**
     * What each source measured, one block per source.
     *
     * @return the summaries, with what stayed unknown
     */
    public String summary() {
        StringBuilder text = new StringBuilder();
        sources.forEach(s -> text.append(s.summary()));
        return text.toString();
    }

    /**
     * Per area of {@code verdict}: how many of its criteria the evidence decided, and which sources
     * decided them.
     *
     * @param verdict the verdict of an audit built from this report's evidence
     * @return one line per area, e.g. {@code "  Architecture     4 of 6 decided  from compiled-classes"}
     */
    public String coverage(Verdict verdict) {
        StringBuilder text = new StringBuilder("Evidence per area:\n");
        int width = verdict.areas().stream().mapToInt(a -> a.area().name().length()).max().orElse(0);
        for (AreaAssessment area : verdict.areas()) {
            Set<String> from = new TreeSet<>();
            for (Finding finding : area.findings()) {
                if (finding.status() != FindingStatus.UNKNOWN) {
                    finding.evidence().ifPresent(e -> from.add(e.provenance().source()));
                }
            }
            String name = area.area().name();
            text.append("  ").append(name).append(" ".repeat(width - name.length())).append("  ")
                    .append(area.coverage().decided()).append(" of ").append(area.coverage().applicable())
                    .append(" decided").append(from.isEmpty() ? "" : "  from " + String.join(", ", new ArrayList<>(from)))
                    .append('\n');
        }
        return text.toString();
    }
}
