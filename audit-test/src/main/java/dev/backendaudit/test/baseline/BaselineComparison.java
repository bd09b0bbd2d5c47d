package dev.backendaudit.test.baseline;

import dev.backendaudit.internal.Checks;
import dev.backendaudit.internal.NearestMatch;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.FindingStatus;
import dev.backendaudit.model.Severity;
import dev.backendaudit.model.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A verdict held against a {@link Baseline} and {@link Waivers}. Every result is typed; each
 * {@link Departure} renders to the line a failing test prints ({@link Departure#describe()}), and
 * {@link #describe()} renders them all.
 *
 * <ul>
 *   <li>{@link #failures()}: findings that are new or worse than accepted and not excused by a
 *       waiver that still holds ({@link Regression}; an expired waiver is named in its line), and
 *       baseline entries or waivers that name a criterion the audit does not have
 *       ({@link UnmatchedEntry}, with the nearest id it has);</li>
 *   <li>{@link #waived()}: new or worse findings excused by a waiver that still holds;</li>
 *   <li>{@link #improved()}: accepted findings that are now less severe or absent;
 *       {@link #tightened()} is the baseline with those improvements locked in;</li>
 *   <li>{@link #stale()}: accepted findings whose criterion the verdict does not have at all (each is
 *       also a failure: an entry that matches nothing is a typo or a leftover, and says so);</li>
 *   <li>{@link #undecided()}: accepted findings the verdict could not judge for want of evidence (kept:
 *       no evidence is not an improvement).</li>
 * </ul>
 *
 * <pre>{@code
 * BaselineComparison comparison = BaselineComparison.of(verdict, baseline, waivers, LocalDate.now());
 * List<Regression> regressions = comparison.regressions();   // typed: finding, accepted entry, waiver
 * String message = comparison.describe();                    // the lines a failing test prints
 * }</pre>
 *
 * @param verdict   the verdict compared
 * @param baseline  the baseline it was compared with
 * @param failures  what fails the comparison: unmatched entries first, then regressions without a holding waiver
 * @param waived    the regressions a waiver excuses
 * @param improved  the accepted findings that improved
 * @param stale     the accepted findings that match nothing
 * @param undecided the accepted findings without evidence now
 * @param tightened the baseline with improvements locked in
 */
public record BaselineComparison(Verdict verdict, Baseline baseline, List<Departure> failures, List<Regression> waived,
                                 List<AcceptedFinding> improved, List<AcceptedFinding> stale,
                                 List<AcceptedFinding> undecided, Baseline tightened) {

    /** @throws IllegalArgumentException if a field is null */
    public BaselineComparison {
        Checks.notNull("verdict", verdict);
        Checks.notNull("baseline", baseline);
        failures = List.copyOf(Checks.notNull("failures", failures));
        waived = List.copyOf(Checks.notNull("waived", waived));
        improved = List.copyOf(Checks.notNull("improved", improved));
        stale = List.copyOf(Checks.notNull("stale", stale));
        undecided = List.copyOf(Checks.notNull("undecided", undecided));
        Checks.notNull("tightened", tightened);
    }

    /** Compares {@code verdict} with {@code baseline}, applying the {@code waivers} that hold on {@code today}. */
    public static BaselineComparison of(Verdict verdict, Baseline baseline, Waivers waivers, LocalDate today) {
        Checks.notNull("verdict", verdict);
        Checks.notNull("baseline", baseline);
        Checks.notNull("waivers", waivers);
        Checks.notNull("today", today);
        if (!baseline.subject().equals(verdict.subject())) {
            throw new IllegalArgumentException("baseline subject must be the verdict's \"" + verdict.subject()
                    + "\", but was \"" + baseline.subject() + "\"");
        }
        Map<String, Finding> byCriterion = verdict.findings().stream()
                .collect(Collectors.toMap(f -> f.criterion().id(), Function.identity()));
        List<Departure> failures = new ArrayList<>();
        List<Regression> waived = new ArrayList<>();
        for (AcceptedFinding accepted : baseline.accepted()) {
            if (!byCriterion.containsKey(accepted.criterion())) {
                failures.add(new UnmatchedEntry(accepted.criterion(), Optional.empty(),
                        NearestMatch.nearest(accepted.criterion(), byCriterion.keySet())));
            }
        }
        for (Waiver waiver : waivers.waivers()) {
            if (!byCriterion.containsKey(waiver.criterion())) {
                failures.add(new UnmatchedEntry(waiver.criterion(), Optional.of(waiver),
                        NearestMatch.nearest(waiver.criterion(), byCriterion.keySet())));
            }
        }
        for (Finding finding : verdict.present()) {
            Severity severity = finding.severity().orElseThrow();
            Optional<AcceptedFinding> accepted = baseline.find(finding.criterion().id());
            if (accepted.isPresent() && severity.compareTo(accepted.get().severity()) <= 0) {
                continue;
            }
            Optional<Waiver> waiver = waivers.find(finding.criterion().id());
            boolean holds = waiver.isPresent() && waiver.get().holdsOn(today);
            Regression regression = new Regression(finding, accepted, waiver, holds);
            if (holds) {
                waived.add(regression);
            } else {
                failures.add(regression);
            }
        }
        List<AcceptedFinding> improved = new ArrayList<>();
        List<AcceptedFinding> stale = new ArrayList<>();
        List<AcceptedFinding> undecided = new ArrayList<>();
        List<AcceptedFinding> kept = new ArrayList<>();
        for (AcceptedFinding accepted : baseline.accepted()) {
            Finding now = byCriterion.get(accepted.criterion());
            if (now == null) {
                stale.add(accepted);
                kept.add(accepted);
            } else if (now.status() == FindingStatus.UNKNOWN || now.status() == FindingStatus.NOT_APPLICABLE) {
                undecided.add(accepted);
                kept.add(accepted);
            } else if (now.status() == FindingStatus.ABSENT) {
                improved.add(accepted);
            } else if (now.severity().orElseThrow().compareTo(accepted.severity()) < 0) {
                improved.add(accepted);
                kept.add(new AcceptedFinding(accepted.criterion(), now.severity().orElseThrow(), now.explanation()));
            } else {
                kept.add(accepted);
            }
        }
        return new BaselineComparison(verdict, baseline, failures, waived, improved, stale, undecided,
                new Baseline(baseline.subject(), kept));
    }

    /** Whether nothing fails: every present finding is accepted or waived, and every entry matches a criterion. */
    public boolean passes() {
        return failures.isEmpty();
    }

    /** The failing findings new or worse than the baseline, without the unmatched entries. */
    public List<Regression> regressions() {
        return failures.stream().filter(Regression.class::isInstance).map(Regression.class::cast).toList();
    }

    /** The baseline entries and waivers that name no criterion of the audit. */
    public List<UnmatchedEntry> unmatched() {
        return failures.stream().filter(UnmatchedEntry.class::isInstance).map(UnmatchedEntry.class::cast).toList();
    }

    /** Everything the comparison found, for a failure message or a report: one line per result, in sections. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        section(text, "New or worse than the baseline, or matching nothing",
                failures.stream().map(Departure::describe).toList());
        section(text, "Waived", waived.stream().map(Regression::describe).toList());
        section(text, "Improved (the baseline tightens)", improved.stream().map(a -> a.criterion() + " was "
                + a.severity()).toList());
        section(text, "Accepted findings without evidence now (kept)", undecided.stream()
                .map(AcceptedFinding::criterion).toList());
        return text.toString();
    }

    private static void section(StringBuilder text, String title, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        text.append(title).append(":\n");
        lines.forEach(line -> text.append("  ").append(line).append('\n'));
    }
}
