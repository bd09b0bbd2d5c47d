package dev.backendaudit.bounds.internal;

import static dev.backendaudit.bounds.internal.Resolutions.rank;

import dev.backendaudit.bounds.Margin;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.FindingStatus;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The margin of a HEALTHY or OPTIMIZE verdict: the decided finding nearest to a bound whose crossing would
 * make the outcome worse, with every unknown finding absent (so that, for a monotone strategy, it makes the
 * outcome worse whatever the missing evidence shows), among the {@value #NEAREST} nearest bounds. Not part of
 * the API.
 */
public final class MarginSearch {

    private record Candidate(int index, Severity to, Optional<Double> headroom) {
    }

    /** How many of the nearest bounds of the decided findings the search tries, one by one. */
    public static final int NEAREST = 12;

    private MarginSearch() {
    }

    /** The margin of a verdict with {@code outcome}, if the worsening of one decided finding would make it worse. */
    static Optional<Margin> run(Resolutions r, Outcome outcome) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < r.size(); i++) {
            Finding finding = r.finding(i);
            boolean absent = finding.status() == FindingStatus.ABSENT;
            if (absent || finding.isPresent() && !finding.isAtLeast(Severity.CRITICAL)) {
                if (absent) {
                    candidates.add(new Candidate(i, Severity.WARNING, Crossings.headroom(finding, Severity.WARNING)));
                }
                candidates.add(new Candidate(i, Severity.CRITICAL, Crossings.headroom(finding, Severity.CRITICAL)));
            }
        }
        // measured findings nearest their bound first, then answers and trends, each in ranked order
        candidates.sort(Comparator.comparing((Candidate c) -> c.headroom().orElse(Double.POSITIVE_INFINITY))
                .thenComparingInt(Candidate::index).thenComparing(Candidate::to));
        Finding[] base = r.allAbsent();
        int tried = 0;
        for (Candidate candidate : candidates) {
            Optional<Finding> raised = Hypotheticals.raised(r.finding(candidate.index()), candidate.to());
            if (raised.isEmpty()) {
                continue;
            }
            Optional<Margin> margin = single(r, outcome, base, candidate, raised.get());
            if (margin.isPresent() || ++tried == NEAREST) {
                return margin;
            }
        }
        return Optional.empty();
    }

    private static Optional<Margin> single(Resolutions r, Outcome outcome, Finding[] base, Candidate candidate,
                                           Finding raised) {
        Finding[] state = base.clone();
        state[candidate.index()] = raised;
        Outcome worse = r.probe(state);
        if (!worse.isDecided() || rank(worse) <= rank(outcome)) {
            return Optional.empty();
        }
        Finding finding = r.finding(candidate.index());
        return Optional.of(new Margin(finding.criterion(), finding.severity(), candidate.to(),
                Crossings.worsen(finding.criterion(), candidate.to(), raised), candidate.headroom(), worse));
    }
}
