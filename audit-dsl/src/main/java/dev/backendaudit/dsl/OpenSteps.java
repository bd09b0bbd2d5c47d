package dev.backendaudit.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The steps taken inside one run of an area clause's function: whether any was, and the unfinished ones
 * not yet continued. Steps are values,
 * so a step the function drops is simply not part of its result; but an unfinished one dropped (a
 * latency whose load never came) can only be a mistake, and the clause fails naming it when the
 * function returns; so is returning the very clause the function was given after taking steps from it
 * (the statement style of a mutable builder, whose steps would all be lost). Shared by every step of one run of a clause's function; the only state a step
 * holds that is not a value, and never part of the audit.
 */
final class OpenSteps {

    private final List<Pending> open = new ArrayList<>(2);
    /** How many clauses this run made, the one it started with included. */
    private int made;

    /** A clause of this run was made: the start, or a step. */
    synchronized void made() {
        made++;
    }

    /** Whether any step was taken in this run, on whichever clause. */
    synchronized boolean stepTaken() {
        return made > 1;
    }

    /** {@code pending} was just made; it is open until a step continues it. */
    synchronized void opened(Pending pending) {
        if (!pending.finished()) {
            open.add(pending);
        }
    }

    /** A step continued {@code pending} (by identity: two equal steps are two steps). */
    synchronized void continued(Pending pending) {
        for (int i = 0; i < open.size(); i++) {
            if (open.get(i) == pending) {
                open.remove(i);
                return;
            }
        }
    }

    /** The first unfinished step no step continued, if any. */
    synchronized Optional<Pending> firstOpen() {
        return open.isEmpty() ? Optional.empty() : Optional.of(open.get(0));
    }
}
