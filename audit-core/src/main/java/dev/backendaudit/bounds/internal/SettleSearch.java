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

    /** Each unknown alone at its worst, the others absent: the best bound once it is found so. */
    private void alone(List<Integer> priority) {
        for (int k : priority) {
            Finding[] up = r.allAbsent();
            up[r.unknownIndex(k)] = r.worstOf(k);
            ifWorst[k] = r.resolve(up);
        }
    }

    /**
     * Greedily, round by round: the unknowns that must all be found absent for the worst bound to come down
     * one step, found by one linear pass from "all absent" that puts each unknown (least important first) at
     * its worst unless that reaches the current worst bound; then the worst bound once the whole round is
     * found absent. Within a round the worst bound stays until its last step: each step of it, at its worst
     * with the others of the round absent, reached the current worst bound in the pass, and more unknowns at
     * their worst cannot make that better (monotonicity).
     */
    private void rounds(List<Integer> priority) {
        java.util.Arrays.fill(ifAbsent, worst);
        boolean[] taken = new boolean[n];
        Outcome current = worst;
        boolean first = true;
        while (rank(current) > rank(best)) {
            Finding[] state = r.allAbsent();
            List<Integer> round = new ArrayList<>();
            List<Integer> keptBeforeAnyMember = new ArrayList<>();
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
                } else if (round.isEmpty()) {
                    keptBeforeAnyMember.add(k);
                }
            }
            if (round.isEmpty()) {
                return;
            }
            round.sort(Comparator.comparingInt((Integer k) -> -rank(ifWorst[k])).thenComparingInt(priority::indexOf));
            Finding[] cumulative = r.allWorst();
            for (int k : sequence) {
                cumulative[r.unknownIndex(k)] = r.absentOf(k);
            }
            for (int k : round) {
                cumulative[r.unknownIndex(k)] = r.absentOf(k);
            }
            Outcome after = r.resolve(cumulative);
            for (int k : round) {
                worstOnce[k] = current;
                sequence.add(k);
                taken[k] = true;
            }
            worstOnce[round.get(round.size() - 1)] = after;
            if (first) {
                absentAlone(round, keptBeforeAnyMember, after);
            }
            first = false;
            if (!after.isDecided() || rank(after) >= rank(current)) {
                return;     // the strategy broke monotonicity: the pass promised a lower worst bound
            }
            current = after;
            finalWorst = after;
        }
    }

    /**
     * Each unknown found absent alone, the others at their worst. A member of the first round, with another
     * member, leaves the worst bound (that other member at its worst, with what the pass kept at worst before
     * it, reached it); so does an unknown the pass kept at worst after it had found a member. The whole round
     * when it is one unknown is {@code after}; the unknowns kept before any member need a call each.
     */
    private void absentAlone(List<Integer> round, List<Integer> keptBeforeAnyMember, Outcome after) {
        if (round.size() == 1) {
            ifAbsent[round.get(0)] = after;
        }
        for (int k : keptBeforeAnyMember) {
            Finding[] down = r.allWorst();
            down[r.unknownIndex(k)] = r.absentOf(k);
            ifAbsent[k] = r.resolve(down);
        }
    }

    private List<SettleStep> steps(List<Integer> priority, boolean complete) {
        List<SettleStep> steps = new ArrayList<>(n);
        for (int k : sequence) {
            steps.add(step(k, true, worstOnce[k] != null && ifWorst[k] != null));
        }
        for (int k : priority) {
            if (!sequence.contains(k)) {
                boolean examined = complete && ifWorst[k] != null && ifAbsent[k] != null;
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
