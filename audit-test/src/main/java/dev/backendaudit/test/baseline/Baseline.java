package dev.backendaudit.test.baseline;

import dev.backendaudit.internal.Checks;
import dev.backendaudit.model.Verdict;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The findings a team has accepted for one subject: a ratchet. With a baseline, an audit test
 * fails only on findings that are new or worse; findings that improved tighten it.
 *
 * <pre>{@code
 * Baseline baseline = BaselineFile.read(Path.of("audit-baseline.json"));
 * assertThat(verdict).conformsTo(baseline, waivers);
 * }</pre>
 *
 * @param subject  the audited system the baseline belongs to
 * @param accepted the accepted findings, sorted by criterion id, one per criterion
 */
public record Baseline(String subject, List<AcceptedFinding> accepted) {

    /**
     * Creates a {@code Baseline}, checking its components.
     *
     * @param subject  the audited system the baseline belongs to
     * @param accepted the accepted findings, sorted by criterion id, one per criterion
     * @throws IllegalArgumentException if a criterion appears twice
     */
    public Baseline {
        Checks.notBlank("baseline subject", subject);
        accepted = Checks.listCopy("baseline accepted findings", accepted).stream()
                .sorted(Comparator.comparing(AcceptedFinding::criterion)).toList();
        Set<String> seen = new HashSet<>();
        for (AcceptedFinding finding : accepted) {
            if (!seen.add(finding.criterion())) {
                throw new IllegalArgumentException("baseline accepted findings must name each criterion once, but '"
                        + finding.criterion() + "' appears twice");
            }
        }
    }

    /**
     * A baseline that accepts nothing: every present finding fails.
     *
     * @param subject the audited subject the baseline is for, not blank
     * @return a baseline of {@code subject} with no accepted finding
     */
    public static Baseline empty(String subject) {
        return new Baseline(subject, List.of());
    }

    /**
     * A baseline that accepts every finding present in {@code verdict}: the usual way to start a ratchet.
     *
     * @param verdict the verdict whose present findings are accepted as they are; not null
     * @return a baseline of the verdict's subject accepting each present finding at its severity
     */
    public static Baseline of(Verdict verdict) {
        Checks.notNull("verdict", verdict);
        return new Baseline(verdict.subject(), verdict.present().stream()
                .map(f -> new AcceptedFinding(f.criterion().id(), f.severity().orElseThrow(), f.explanation()))
                .toList());
    }

    /**
     * The accepted finding of {@code criterion}, if any.
     *
     * @param criterion a criterion id, matched exactly
     * @return the entry accepting that criterion's finding, or empty when the baseline accepts none
     */
    public Optional<AcceptedFinding> find(String criterion) {
        return accepted.stream().filter(a -> a.criterion().equals(criterion)).findFirst();
    }
}
