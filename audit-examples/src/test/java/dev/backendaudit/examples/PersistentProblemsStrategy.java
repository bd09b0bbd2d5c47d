package dev.backendaudit.examples;

import dev.backendaudit.model.AreaAssessment;
import dev.backendaudit.model.Assessment;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Decision;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.scoring.ChecklistStrategy;
import dev.backendaudit.scoring.ScoringStrategy;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A team's own scoring strategy, built on the checklist's: when optimization was the advice in each
 * of the last {@code audits} verdicts and the same areas still need attention, the problems are not
 * isolated after all, and the outcome becomes REBUILD. Every other decision is the checklist's on the
 * current snapshot: this team's own rule about time takes the place of the checklist's trend rules.
 *
 * <pre>{@code
 * BackendAudit.of("checkout-service")....history(earlierVerdicts).scoredBy(new PersistentProblemsStrategy(2)).evaluate();
 * }</pre>
 */
final class PersistentProblemsStrategy implements ScoringStrategy {

    /** The rule this strategy adds. */
    static final String PROBLEMS_PERSIST = "problems-persist";

    private final ChecklistStrategy checklist = new ChecklistStrategy();
    private final int audits;

    /** @param audits how many earlier verdicts must all have advised optimization, at least 1 */
    PersistentProblemsStrategy(int audits) {
        if (audits < 1) {
            throw new IllegalArgumentException("audits must be >= 1, but was " + audits);
        }
        this.audits = audits;
    }

    @Override
    public String name() {
        return "persistent-problems";
    }

    @Override
    public String version() {
        return "1.0";
    }

    @Override
    public Decision decide(Assessment assessment, AuditHistory history) {
        // the snapshot decision; this strategy judges the history itself
        Decision decision = checklist.decide(assessment, AuditHistory.empty());
        List<Verdict> recent = history.latest(audits);
        if (decision.outcome() != Outcome.OPTIMIZE || recent.size() < audits
                || !recent.stream().allMatch(v -> v.outcome() == Outcome.OPTIMIZE)) {
            return decision;
        }
        List<String> persisting = assessment.needingAttention().stream().map(AreaAssessment::area)
                .filter(area -> recent.stream().allMatch(v -> v.health(area).needsAttention()))
                .map(area -> area.name()).collect(Collectors.toList());
        if (persisting.isEmpty()) {
            return decision;
        }
        return Decision.of(Outcome.REBUILD, PROBLEMS_PERSIST, String.join(", ", persisting)
                + " still " + (persisting.size() == 1 ? "needs" : "need") + " attention after " + audits
                + " audits that advised optimization: the problems are not isolated");
    }
}
