package dev.backendaudit.bounds;

import dev.backendaudit.internal.Checks;
import dev.backendaudit.model.Criterion;
import dev.backendaudit.model.Severity;
import java.util.Optional;

/**
 * One present finding of a {@link FlipSet}, and how far it must improve: from its severity to a milder one,
 * or to absent, by crossing the bound {@code threshold} names.
 *
 * @param criterion the criterion whose finding must improve
 * @param from      the finding's severity now
 * @param to        the severity it must come down to; empty for absent
 * @param threshold what to achieve, in words: {@code "bring p95 latency under peak load to at most 1 s"}
 */
public record FlipChange(Criterion criterion, Severity from, Optional<Severity> to, String threshold) {

    /**
     * @param criterion the criterion whose finding must improve
     * @param from      the finding's severity now
     * @param to        the severity it must come down to; empty for absent
     * @param threshold what to achieve, in words: {@code "bring p95 latency under peak load to at most 1 s"}
     * @throws IllegalArgumentException if {@code to} is not milder than {@code from}
     */
    public FlipChange {
        Checks.notNull("flip change criterion", criterion);
        Checks.notNull("flip change from of '" + criterion.id() + "'", from);
        Checks.notNull("flip change to of '" + criterion.id() + "'", to);
        Checks.notBlank("flip change threshold of '" + criterion.id() + "'", threshold);
        if (to.isPresent() && to.get().compareTo(from) >= 0) {
            throw new IllegalArgumentException("flip change of '" + criterion.id() + "' must go to a milder severity"
                    + " than " + from + ", but went to " + to.get());
        }
    }

    /**
     * The criterion's id.
     *
     * @return {@code criterion().id()}
     */
    public String criterionId() {
        return criterion.id();
    }
}
