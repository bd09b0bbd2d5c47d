package dev.backendaudit.evidence.layout;

import dev.backendaudit.model.Evidence;
import java.util.List;

/**
 * What a scan of the repository found: the facts, file by file, and the answers they give.
 *
 * <pre>{@code
 * LayoutReport report = RepositoryLayout.scan(Path.of("."), Instant.now());
 * audit.evidence(report.evidence());
 * report.unknowns().forEach(System.err::println);
 * }</pre>
 *
 * @param root     the directory scanned
 * @param facts    every fact, in file order; {@link FactKind#UNREADABLE_YAML} names the files that could not be read
 * @param unknowns questions the files cannot answer, and why
 * @param evidence answers to {@code Questions.CI_CD_PIPELINE}, {@code AUTOMATIC_SCALING},
 *                 {@code SINGLE_POINTS_OF_FAILURE}, {@code ALERTING} and {@link LayoutQuestions#HEALTH_PROBES}
 */
public record LayoutReport(String root, List<LayoutFact> facts, List<String> unknowns, List<Evidence> evidence) {

    /** Copies the lists. */
    public LayoutReport {
        facts = List.copyOf(facts);
        unknowns = List.copyOf(unknowns);
        evidence = List.copyOf(evidence);
    }

    /** The facts of one kind. */
    public List<LayoutFact> facts(FactKind kind) {
        return facts.stream().filter(f -> f.kind() == kind).toList();
    }

    /** A few lines a person reads. */
    public String summary() {
        StringBuilder text = new StringBuilder("repository layout of ").append(root).append('\n');
        evidence.forEach(e -> text.append("  ").append(e.topic().name()).append(" ").append(e.describe())
                .append(" [").append(e.provenance().location().orElse("")).append("]\n"));
        unknowns.forEach(u -> text.append("  UNKNOWN: ").append(u).append('\n'));
        facts(FactKind.UNREADABLE_YAML).forEach(f -> text.append("  not read: ").append(f.file()).append(" (")
                .append(f.detail()).append(")\n"));
        return text.toString();
    }
}
