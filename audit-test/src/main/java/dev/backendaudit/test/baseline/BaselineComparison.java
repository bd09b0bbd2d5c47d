package dev.backendaudit.test.baseline;

import dev.backendaudit.internal.Checks;
import dev.backendaudit.internal.NearestMatch;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.FindingStatus;
import dev.backendaudit.model.Severity;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.test.internal.Describe;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A verdict held against a {@link Baseline} and {@link Waivers}.
 *
 * <ul>
 *   <li>{@link #failures()}: findings that are new or worse than accepted and not excused by a
 *       waiver that still holds (an expired waiver is named in the message), and baseline entries
 *       or waivers that name a criterion the audit does not have (with the nearest id it has);</li>
 *   <li>{@link #waived()}: new or worse findings excused by a waiver that still holds;</li>
 *   <li>{@link #improved()}: accepted findings that are now less severe or absent;
 *       {@link #tightened()} is the baseline with those improvements locked in;</li>
 *   <li>{@link #stale()}: accepted findings whose criterion the verdict does not have at all (each is
 *       also a failure: an entry that matches nothing is a typo or a leftover, and says so);</li>
 *   <li>{@link #undecided()}: accepted findings the verdict could not judge for want of evidence (kept:
 *       no evidence is not an improvement).</li>
 * </ul>
 *
 * @param verdict   the verdict compared
 * @param baseline  the baseline it was compared with
 * @param failures  lines describing each failing finding
 * @param waived    lines describing each waived finding
 * @param improved  the accepted findings that improved
 * @param stale     the accepted findings that match nothing
 * @param undecided the accepted findings without evidence now
 * @param tightened the baseline with improvements locked in
 */
public record BaselineComparison(Verdict verdict, Baseline baseline, List<String> failures, List<String> waived,
                                 List<AcceptedFinding> improved, List<AcceptedFinding> stale,
                                 List<AcceptedFinding> undecided, Baseline tightened) {

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
        List<String> failures = new ArrayList<>();
        List<String> waived = new ArrayList<>();
        for (AcceptedFinding accepted : baseline.accepted()) {
            if (!byCriterion.containsKey(accepted.criterion())) {
                failures.add("baseline entry '" + accepted.criterion() + "' names no criterion of this audit"
                        + nearest(accepted.criterion(), byCriterion.keySet()) + " (remove it, or correct its id)");
            }
        }
        for (Waiver waiver : waivers.waivers()) {
            if (!byCriterion.containsKey(waiver.criterion())) {
                failures.add("waiver of '" + waiver.criterion() + "' by " + waiver.owner()
                        + " names no criterion of this audit" + nearest(waiver.criterion(), byCriterion.keySet())
                        + " (remove it, or correct its id)");
            }
        }
        for (Finding finding : verdict.present()) {
            Severity severity = finding.severity().orElseThrow();
            Optional<AcceptedFinding> accepted = baseline.find(finding.criterion().id());
            if (accepted.isPresent() && severity.compareTo(accepted.get().severity()) <= 0) {
                continue;
            }
            String what = (accepted.isPresent() ? "worse than the accepted " + accepted.get().severity() + ": "
                    : "new: ") + Describe.finding(finding);
            Optional<Waiver> waiver = waivers.find(finding.criterion().id());
            if (waiver.isPresent() && waiver.get().holdsOn(today)) {
                waived.add(what + " (waived by " + waiver.get().owner() + " until " + waiver.get().expires() + ": "
                        + waiver.get().reason() + ")");
            } else if (waiver.isPresent()) {
                failures.add(what + " (the waiver by " + waiver.get().owner() + " expired on " + waiver.get().expires()
                        + ": " + waiver.get().reason() + ")");
            } else {
                failures.add(what);
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
        return new BaselineComparison(verdict, baseline, List.copyOf(failures), List.copyOf(waived),
                List.copyOf(improved), List.copyOf(stale), List.copyOf(undecided),
                new Baseline(baseline.subject(), kept));
    }

    private static String nearest(String id, java.util.Set<String> criteria) {
        return NearestMatch.nearest(id, criteria).map(n -> "; did you mean '" + n + "'?")
                .orElse("; no criterion of the audit is near it");
    }

    /** Everything the comparison found, for a failure message or a report. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        section(text, "New or worse than the baseline, or matching nothing", failures);
        section(text, "Waived", waived);
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
