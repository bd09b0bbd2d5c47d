package dev.backendaudit.bounds.internal;

import static dev.backendaudit.bounds.internal.Resolutions.rank;

import dev.backendaudit.bounds.Assumption;
import dev.backendaudit.bounds.FlipChange;
import dev.backendaudit.bounds.FlipSet;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Severity;
import dev.backendaudit.model.Area;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What would flip a settled verdict worse than HEALTHY: a smallest set of present findings, found by two
 * linear deletion passes in different orders (see {@code CertaintySearch}), whose improvement makes the
 * outcome better. Not part of the API.
 */
final class FlipSearch {

    private FlipSearch() {
    }

    /** The flip set of a verdict with {@code outcome}, if one exists among its present findings. */
    static Optional<FlipSet> run(Resolutions r, Outcome outcome) {
        List<Integer> present = new ArrayList<>();
        for (int i = 0; i < r.size(); i++) {
            if (r.finding(i).isPresent()) {
                present.add(i);
            }
        }
        if (present.isEmpty()) {
            return Optional.empty();
        }
        List<Assumption> assumptions = r.unknownCount() == 0 ? List.of(Assumption.NO_UNKNOWNS)
                : List.of(Assumption.UNKNOWNS_AT_WORST, Assumption.UNKNOWNS_ABSENT);
        for (Assumption assumption : assumptions) {
            Optional<FlipSet> found = search(r, outcome, present, assumption);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<FlipSet> search(Resolutions r, Outcome outcome, List<Integer> present,
                                            Assumption assumption) {
        Finding[] start = assumption == Assumption.UNKNOWNS_AT_WORST ? r.allWorst() : r.allAbsent();
        Finding[] absent = new Finding[r.size()];
        for (int i : present) {
            absent[i] = Hypotheticals.lowered(r.finding(i), Optional.empty()).orElseThrow();
            start[i] = absent[i];
        }
        Outcome improved = r.probe(start);
        if (!better(improved, outcome)) {
            return Optional.empty();
        }
        Pass best = null;
        for (List<Integer> order : List.of(byCrowdedArea(r, present), leastImportantFirst(present))) {
            Pass pass = restore(r, outcome, start.clone(), absent, improved, order);
            if (best == null || pass.members().size() < best.members().size()) {
                best = pass;
            }
        }
        return Optional.of(soften(r, outcome, best, absent, assumption));
    }

    /** The state and outcome after a deletion pass, and the findings it had to leave changed. */
    private record Pass(Finding[] state, Outcome outcome, List<Integer> members) {
    }

    /** Restores findings in {@code order} while the outcome stays better: the ones it cannot restore are needed. */
    private static Pass restore(Resolutions r, Outcome outcome, Finding[] state, Finding[] absent, Outcome current,
                                List<Integer> order) {
        List<Integer> members = new ArrayList<>();
        for (int i : order) {
            state[i] = r.finding(i);
            Outcome restored = r.probe(state);
            if (better(restored, outcome)) {
                current = restored;
            } else {
                state[i] = absent[i];
                members.add(i);
            }
        }
        members.sort(null);
        return new Pass(state, current, members);
    }

    /** A critical member may need only to come down to a warning. */
    private static FlipSet soften(Resolutions r, Outcome outcome, Pass pass, Finding[] absent, Assumption assumption) {
        Finding[] state = pass.state();
        Outcome current = pass.outcome();
        List<FlipChange> changes = new ArrayList<>();
        for (int i : pass.members()) {
            Finding finding = r.finding(i);
            Optional<Severity> to = Optional.empty();
            Finding lowered = absent[i];
            Optional<Finding> warning = finding.isAtLeast(Severity.CRITICAL)
                    ? Hypotheticals.lowered(finding, Optional.of(Severity.WARNING)) : Optional.empty();
            if (warning.isPresent()) {
                state[i] = warning.get();
                Outcome partial = r.probe(state);
                if (better(partial, outcome)) {
                    current = partial;
                    to = Optional.of(Severity.WARNING);
                    lowered = warning.get();
                } else {
                    state[i] = absent[i];
                }
            }
            changes.add(new FlipChange(finding.criterion(), finding.severity().orElseThrow(), to,
                    Crossings.improve(finding.criterion(), to, lowered)));
        }
        return new FlipSet(assumption, current, changes);
    }

    /** The present findings, least important first. */
    private static List<Integer> leastImportantFirst(List<Integer> present) {
        List<Integer> order = new ArrayList<>(present);
        Collections.reverse(order);
        return order;
    }

    /**
     * The present findings area by area, the areas with the most present findings first (so that the pass
     * keeps whole areas as they are rather than a finding here and there), least important first within each.
     */
    private static List<Integer> byCrowdedArea(Resolutions r, List<Integer> present) {
        Map<Area, Integer> count = new HashMap<>();
        for (int i : present) {
            count.merge(r.finding(i).area(), 1, Integer::sum);
        }
        List<Integer> order = leastImportantFirst(present);
        order.sort(Comparator.comparingInt((Integer i) -> -count.get(r.finding(i).area()))
                .thenComparing(i -> r.finding(i).area().id()));
        return order;
    }

    private static boolean better(Outcome candidate, Outcome than) {
        return candidate.isDecided() && rank(candidate) < rank(than);
    }
}
