package dev.backendaudit.scoring.history;

import dev.backendaudit.internal.Checks;
import dev.backendaudit.model.AreaAssessment;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.FindingStatus;
import dev.backendaudit.model.Health;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Verdict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What changed between two verdicts of one subject, finding by finding (matched by criterion id):
 * <ul>
 *   <li>{@link #newFindings()}: present now, not present before (absent, undecided or not audited);</li>
 *   <li>{@link #worsened()}: present in both, more severe now;</li>
 *   <li>{@link #improved()}: present in both, less severe now;</li>
 *   <li>{@link #resolved()}: present before, and evidence now shows the sign absent;</li>
 *   <li>{@link #unconfirmed()}: present before, but now without evidence either way (undecided, not
 *       applicable or not audited): not resolved, since missing evidence is never health;</li>
 *   <li>{@link #areaChanges()}: every area whose health differs;</li>
 *   <li>the outcomes before and after.</li>
 * </ul>
 *
 * <p>Verdicts made by different strategies, or by different versions of one strategy, are not
 * directly comparable: {@link #comparable()} is false and {@link #toString()} says so. The findings
 * still compare, since they do not depend on the strategy.
 *
 * <pre>{@code
 * VerdictDiff diff = VerdictDiff.between(january, march);
 * diff.newFindings();          // what appeared
 * diff.resolved();             // what evidence shows fixed
 * diff.comparable();           // false if the strategy or its version changed
 * System.out.println(diff);    // one-paragraph summary
 * }</pre>
 *
 * @param older       the earlier verdict
 * @param newer       the later verdict
 * @param newFindings present now, not before, most important first
 * @param worsened    present in both and more severe now
 * @param improved    present in both and less severe now
 * @param resolved    present before, absent on evidence now
 * @param unconfirmed present before, undecided or not audited now
 * @param areaChanges the areas whose health changed, in the newer verdict's area order
 */
public record VerdictDiff(Verdict older, Verdict newer, List<FindingChange> newFindings, List<FindingChange> worsened,
                          List<FindingChange> improved, List<FindingChange> resolved, List<FindingChange> unconfirmed,
                          List<AreaChange> areaChanges) {

    /** @throws IllegalArgumentException if the verdicts are of different subjects or out of time order */
    public VerdictDiff {
        Checks.notNull("older verdict", older);
        Checks.notNull("newer verdict", newer);
        newFindings = Checks.listCopy("diff new findings", newFindings);
        worsened = Checks.listCopy("diff worsened", worsened);
        improved = Checks.listCopy("diff improved", improved);
        resolved = Checks.listCopy("diff resolved", resolved);
        unconfirmed = Checks.listCopy("diff unconfirmed", unconfirmed);
        areaChanges = Checks.listCopy("diff area changes", areaChanges);
        if (!older.subject().equals(newer.subject())) {
            throw new IllegalArgumentException("verdicts to diff must be of one subject, but were \"" + older.subject()
                    + "\" and \"" + newer.subject() + "\"");
        }
        if (older.at().isAfter(newer.at())) {
            throw new IllegalArgumentException("older verdict must not be later than the newer one, but was at "
                    + older.at() + " against " + newer.at());
        }
    }

    /**
     * The changes from {@code older} to {@code newer}.
     *
     * @throws IllegalArgumentException if the verdicts are of different subjects, or {@code older} is the later one
     */
    public static VerdictDiff between(Verdict older, Verdict newer) {
        Checks.notNull("older verdict", older);
        Checks.notNull("newer verdict", newer);
        Map<String, Finding> before = byId(older);
        Map<String, Finding> after = byId(newer);
        List<FindingChange> appeared = new ArrayList<>();
        List<FindingChange> worsened = new ArrayList<>();
        List<FindingChange> improved = new ArrayList<>();
        for (Finding now : newer.findings()) {
            if (!now.isPresent()) {
                continue;
            }
            Optional<Finding> then = Optional.ofNullable(before.get(now.criterion().id()));
            FindingChange change = new FindingChange(now.criterion().id(), then, Optional.of(now));
            if (then.isEmpty() || !then.get().isPresent()) {
                appeared.add(change);
            } else {
                int compared = now.severity().get().compareTo(then.get().severity().get());
                if (compared > 0) {
                    worsened.add(change);
                } else if (compared < 0) {
                    improved.add(change);
                }
            }
        }
        List<FindingChange> resolved = new ArrayList<>();
        List<FindingChange> unconfirmed = new ArrayList<>();
        for (Finding then : older.findings()) {
            if (!then.isPresent()) {
                continue;
            }
            Optional<Finding> now = Optional.ofNullable(after.get(then.criterion().id()));
            if (now.isPresent() && now.get().isPresent()) {
                continue;
            }
            FindingChange change = new FindingChange(then.criterion().id(), Optional.of(then), now);
            if (now.isPresent() && now.get().status() == FindingStatus.ABSENT) {
                resolved.add(change);
            } else {
                unconfirmed.add(change);
            }
        }
        return new VerdictDiff(older, newer, appeared, worsened, improved, resolved, unconfirmed,
                areaChanges(older, newer));
    }

    private static Map<String, Finding> byId(Verdict verdict) {
        Map<String, Finding> byId = new HashMap<>();
        for (Finding finding : verdict.findings()) {
            byId.put(finding.criterion().id(), finding);
        }
        return byId;
    }

    private static List<AreaChange> areaChanges(Verdict older, Verdict newer) {
        Map<String, AreaAssessment> before = new LinkedHashMap<>();
        older.areas().forEach(a -> before.put(a.area().id(), a));
        List<AreaChange> changes = new ArrayList<>();
        for (AreaAssessment now : newer.areas()) {
            AreaAssessment then = before.remove(now.area().id());
            Optional<Health> was = Optional.ofNullable(then).map(AreaAssessment::health);
            if (was.isEmpty() || was.get() != now.health()) {
                changes.add(new AreaChange(now.area(), was, Optional.of(now.health())));
            }
        }
        before.values().forEach(then -> changes.add(new AreaChange(then.area(), Optional.of(then.health()),
                Optional.empty())));
        return changes;
    }

    /** Whether both verdicts were made by the same strategy in the same version, so their outcomes compare directly. */
    public boolean comparable() {
        return older.strategy().equals(newer.strategy());
    }

    /** The older verdict's outcome. */
    public Outcome outcomeBefore() {
        return older.outcome();
    }

    /** The newer verdict's outcome. */
    public Outcome outcomeAfter() {
        return newer.outcome();
    }

    /** Whether the outcome changed. */
    public boolean outcomeChanged() {
        return older.outcome() != newer.outcome();
    }

    /** Whether nothing changed: same outcome, no finding or area change. */
    public boolean isEmpty() {
        return !outcomeChanged() && newFindings.isEmpty() && worsened.isEmpty() && improved.isEmpty()
                && resolved.isEmpty() && unconfirmed.isEmpty() && areaChanges.isEmpty();
    }

    /**
     * {@code "checkout-service from 2026-01-05T09:00:00Z to 2026-03-05T09:00:00Z: OPTIMIZE -> REBUILD; 2 new,
     * 1 worsened, 0 improved, 1 resolved, 0 unconfirmed; 1 area changed (Scalability: NEEDS_ATTENTION -> CRITICAL)"},
     * followed by a warning when the verdicts are not directly comparable.
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(newer.subject()).append(" from ").append(older.at())
                .append(" to ").append(newer.at()).append(": ").append(older.outcome());
        text.append(outcomeChanged() ? " -> " + newer.outcome() : " (unchanged)");
        text.append("; ").append(newFindings.size()).append(" new, ").append(worsened.size()).append(" worsened, ")
                .append(improved.size()).append(" improved, ").append(resolved.size()).append(" resolved, ")
                .append(unconfirmed.size()).append(" unconfirmed; ").append(areaChanges.size())
                .append(areaChanges.size() == 1 ? " area changed" : " areas changed");
        if (!areaChanges.isEmpty()) {
            text.append(" (").append(String.join(", ", areaChanges.stream().map(AreaChange::toString).toList()))
                    .append(")");
        }
        if (!comparable()) {
            text.append("; not directly comparable: made by ").append(older.strategy()).append(" and ")
                    .append(newer.strategy());
        }
        return text.toString();
    }
}
