package dev.backendaudit.bounds;

import dev.backendaudit.internal.Checks;
import dev.backendaudit.model.Outcome;
import java.util.List;

/**
 * What would flip a settled verdict worse than HEALTHY: the smallest set of present findings the search
 * found whose improvement (each by the {@link FlipChange#threshold()} it names) would make the outcome
 * better, and the outcome it would become: "bring p95 latency under peak load to at most 1 s and the
 * change failure rate to at most 30 %, and the verdict becomes OPTIMIZE". Every member is needed: with any
 * one of them left as it is, the outcome would not improve. See {@link CertaintySearch} for the search.
 *
 * @param assumption what the set takes the criteria without evidence to be
 * @param becomes    the outcome with every change made, better than the verdict's
 * @param changes    the changes, most important finding first; at least one
 */
public record FlipSet(Assumption assumption, Outcome becomes, List<FlipChange> changes) {

    /**
     * @param assumption what the set takes the criteria without evidence to be
     * @param becomes    the outcome with every change made, better than the verdict's
     * @param changes    the changes, most important finding first; at least one
     * @throws IllegalArgumentException if there are no changes or the outcome is not decided
     */
    public FlipSet {
        Checks.notNull("flip set assumption", assumption);
        Checks.notNull("flip set becomes", becomes);
        changes = Checks.listCopy("flip set changes", changes);
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("flip set changes must name at least one finding, but was empty");
        }
        if (!becomes.isDecided()) {
            throw new IllegalArgumentException("flip set becomes must be HEALTHY, OPTIMIZE or REBUILD, but was "
                    + becomes);
        }
    }
}
