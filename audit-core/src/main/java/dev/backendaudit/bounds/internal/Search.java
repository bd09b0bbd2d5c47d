package dev.backendaudit.bounds.internal;

import dev.backendaudit.bounds.Certainty;
import dev.backendaudit.bounds.FlipSet;
import dev.backendaudit.bounds.Margin;
import dev.backendaudit.bounds.OutcomeBounds;
import dev.backendaudit.bounds.SettleStep;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Runs the parts of the certainty search in order (bounds, sample resolutions, settle, flip, margin) on one
 * {@link Resolutions}; {@code CertaintySearch} documents it. Not part of the API.
 */
public final class Search {

    /** How many random resolutions of the unknowns are checked against the bounds. */
    public static final int SAMPLES = 4;

    private static final long SEED = 0x5EED_B0D5L;

    private Search() {
    }

    /**
     * The certainty of a verdict with {@code outcome} on the audit {@code r} resolves.
     *
     * @param r       the resolutions of the verdict's assessment
     * @param outcome the verdict's outcome, after the evidence policy
     * @return the certainty
     */
    public static Certainty run(Resolutions r, Outcome outcome) {
        Outcome best = r.best();
        Outcome worst = r.worst();
        if (best.isDecided() && worst.isDecided() && best.isWorseThan(worst)) {
            r.breach("with every unknown criterion at its worst the strategy decides " + worst + ", better than "
                    + best + " with every one absent");
        }
        boolean complete = true;
        try {
            samples(r, best, worst);
        } catch (Resolutions.Exhausted e) {
            complete = false;
        }
        boolean settled = best == outcome && worst == outcome;
        List<SettleStep> settle = List.of();
        if (!settled) {
            SettleSearch.Result result = SettleSearch.run(r, best, worst);
            settle = result.steps();
            complete &= result.complete();
        }
        Optional<FlipSet> flip = Optional.empty();
        if (settled && outcome.isDecided() && outcome != Outcome.HEALTHY) {
            try {
                flip = FlipSearch.run(r, outcome);
            } catch (Resolutions.Exhausted e) {
                complete = false;
            }
        }
        Optional<Margin> margin = Optional.empty();
        if (outcome == Outcome.HEALTHY || outcome == Outcome.OPTIMIZE) {
            try {
                margin = MarginSearch.run(r, outcome);
            } catch (Resolutions.Exhausted e) {
                complete = false;
            }
        }
        OutcomeBounds bounds = new OutcomeBounds(best, worst, r.breach().isEmpty(), r.breach());
        return Certainty.of(bounds, settled, settle, flip, margin, r.calls(), complete);
    }

    /** Random resolutions, each unknown absent, at a warning or at its worst, checked against the bounds. */
    private static void samples(Resolutions r, Outcome best, Outcome worst) {
        if (r.unknownCount() == 0 || !best.isDecided() || !worst.isDecided()) {
            return;
        }
        List<List<Finding>> levels = new ArrayList<>(r.unknownCount());
        for (int k = 0; k < r.unknownCount(); k++) {
            List<Finding> own = new ArrayList<>(3);
            own.add(r.absentOf(k));
            Hypotheticals.warning(r.finding(r.unknownIndex(k)), r.base().at()).ifPresent(own::add);
            own.add(r.worstOf(k));
            levels.add(own);
        }
        SplittableRandom random = new SplittableRandom(SEED + r.unknownCount());
        for (int s = 0; s < SAMPLES; s++) {
            Finding[] state = r.allAbsent();
            for (int k = 0; k < r.unknownCount(); k++) {
                List<Finding> own = levels.get(k);
                state[r.unknownIndex(k)] = own.get(random.nextInt(own.size()));
            }
            r.resolve(state);
        }
    }
}
