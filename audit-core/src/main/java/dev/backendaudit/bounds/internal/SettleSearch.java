package dev.backendaudit.bounds.internal;

import static dev.backendaudit.bounds.internal.Resolutions.rank;

import dev.backendaudit.bounds.EvidenceSources;
import dev.backendaudit.bounds.SettleStep;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.Outcome;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What would settle a verdict: every unknown criterion, ranked by how much resolving it narrows the
 * bounds, alone and then greedily in sequence (see {@code CertaintySearch} for the documented algorithm).
 * Not part of the API.
 */
final class SettleSearch {

    /** The steps, and whether the search finished within its budget. */
    record Result(List<SettleStep> steps, boolean complete) {
    }

    private final Resolutions r;
    private final Outcome best;
    private final Outcome worst;
    private final int n;
    private final Outcome[] ifWorst;
    private final Outcome[] ifAbsent;
    private final Outcome[] worstOnce;
    private final List<Integer> sequence = new ArrayList<>();
    private Outcome finalWorst;

    private SettleSearch(Resolutions r, Outcome best, Outcome worst) {
        this.r = r;
        this.best = best;
        this.worst = worst;
        this.n = r.unknownCount();
        this.ifWorst = new Outcome[n];
        this.ifAbsent = new Outcome[n];
        this.worstOnce = new Outcome[n];
        this.finalWorst = worst;
    }

    /** Ranks the unknown criteria of {@code r}, whose bounds are {@code best} .. {@code worst}. */
    static Result run(Resolutions r, Outcome best, Outcome worst) {
        SettleSearch search = new SettleSearch(r, best, worst);
        List<Integer> priority = search.priority();
        boolean complete = true;
        if (best.isDecided() && worst.isDecided()) {
            try {
                search.alone(priority);
                search.rounds(priority);
            } catch (Resolutions.Exhausted e) {
                complete = false;
            }
        } else {
            complete = false;
        }
        return new Result(search.steps(priority, complete), complete);
    }

    /** Foundation areas first, then the worst each could be, rebuild indicators first, then by id. */
    private List<Integer> priority() {
        Comparator<Integer> order = Comparator
                .comparing((Integer k) -> !r.finding(r.unknownIndex(k)).area().foundation())
                .thenComparing(k -> r.worstOf(k).severity().orElse(null), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(k -> !r.finding(r.unknownIndex(k)).sign().isRebuildIndicator())
                .thenComparing(k -> r.finding(r.unknownIndex(k)).criterion().id());
        return IntStream.range(0, n).boxed().sorted(order).toList();
    }

    /** Each unknown alone: at its worst with the others absent, and absent with the others at their worst. */
    private void alone(List<Integer> priority) {
        for (int k : priority) {
            Finding[] up = r.allAbsent();
            up[r.unknownIndex(k)] = r.worstOf(k);
            ifWorst[k] = r.resolve(up);
            Finding[] down = r.allWorst();
            down[r.unknownIndex(k)] = r.absentOf(k);
            ifAbsent[k] = r.resolve(down);
        }
    }

    /**
     * Greedily, round by round: the unknowns that must all be found absent for the worst bound to come down
     * one step, found by one linear pass from "all absent" that puts each unknown (least important first) at
     * its worst unless that reaches the current worst bound; then the worst bound after each step in turn.
     */
    private void rounds(List<Integer> priority) {
        boolean[] taken = new boolean[n];
        Outcome current = worst;
        while (rank(current) > rank(best)) {
            Finding[] state = r.allAbsent();
            List<Integer> round = new ArrayList<>();
            for (int i = priority.size() - 1; i >= 0; i--) {
                int k = priority.get(i);
                if (taken[k]) {
                    continue;
                }
                state[r.unknownIndex(k)] = r.worstOf(k);
                Outcome outcome = r.resolve(state);
                if (!outcome.isDecided() || rank(outcome) >= rank(current)) {
                    state[r.unknownIndex(k)] = r.absentOf(k);
                    round.add(k);
                }
            }
            if (round.isEmpty()) {
                return;
            }
            round.sort(Comparator.comparingInt((Integer k) -> -narrowing(k)).thenComparingInt(priority::indexOf));
            Finding[] cumulative = r.allWorst();
            for (int k : sequence) {
                cumulative[r.unknownIndex(k)] = r.absentOf(k);
            }
            Outcome after = current;
            for (int k : round) {
                cumulative[r.unknownIndex(k)] = r.absentOf(k);
                after = r.resolve(cumulative);
                worstOnce[k] = after;
                sequence.add(k);
                taken[k] = true;
            }
            if (!after.isDecided() || rank(after) >= rank(current)) {
                return;     // the strategy broke monotonicity: the pass promised a lower worst bound
            }
            current = after;
            finalWorst = after;
        }
    }

    private int narrowing(int k) {
        return rank(ifWorst[k]) - rank(best) + rank(worst) - rank(ifAbsent[k]);
    }

    private List<SettleStep> steps(List<Integer> priority, boolean complete) {
        List<SettleStep> steps = new ArrayList<>(n);
        for (int k : sequence) {
            steps.add(step(k, true, worstOnce[k] != null && ifAbsent[k] != null));
        }
        for (int k : priority) {
            if (!sequence.contains(k)) {
                boolean examined = complete && ifAbsent[k] != null;
                steps.add(step(k, !examined || ifWorst[k] != best || ifAbsent[k] != worst, examined));
            }
        }
        return steps;
    }

    private SettleStep step(int k, boolean matters, boolean examined) {
        Finding finding = r.finding(r.unknownIndex(k));
        if (!examined) {
            return new SettleStep(finding.criterion(), EvidenceSources.of(finding.criterion().topic()), best, worst,
                    worst, true, false);
        }
        Outcome once = worstOnce[k] != null ? worstOnce[k] : finalWorst;
        return new SettleStep(finding.criterion(), EvidenceSources.of(finding.criterion().topic()), ifWorst[k],
                ifAbsent[k], once, matters, true);
    }
}
