package dev.backendaudit.scoring;

import dev.backendaudit.model.Assessment;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Decision;
import dev.backendaudit.model.StrategyId;

/**
 * Turns an {@link Assessment} (every finding, each area's health, the coverage) and, where
 * given, the {@link AuditHistory} into a {@link Decision}: the outcome, the rules that fired, and
 * optionally the next steps and extra figures. The engine wraps the decision into a
 * {@code Verdict} that names this strategy and its version.
 *
 * <p>A strategy is a few lines:
 *
 * <pre>{@code
 * public final class NoCriticalFindings implements ScoringStrategy {
 *     public String name() { return "no-critical"; }
 *     public String version() { return "1"; }
 *     public Decision decide(Assessment assessment, AuditHistory history) {
 *         boolean critical = assessment.present().stream().anyMatch(f -> f.isAtLeast(Severity.CRITICAL));
 *         return critical
 *                 ? Decision.of(Outcome.REBUILD, "critical-finding", "A critical finding is present")
 *                 : Decision.of(Outcome.HEALTHY, "no-critical-finding", "No critical finding");
 *     }
 * }
 * }</pre>
 *
 * <p>To make a strategy findable by name through {@link Strategies#byName(String)}, give it a public
 * no-argument constructor and list its class in
 * {@code META-INF/services/dev.backendaudit.scoring.ScoringStrategy}.
 *
 * <p>Implementations must be deterministic (the same assessment and history give the same
 * decision) and thread-safe.
 */
public interface ScoringStrategy {

    /** The strategy's name: a lowercase identifier, unique among strategies, e.g. {@code "checklist"}. */
    String name();

    /** The strategy's version; change it whenever the rules change, so verdicts say which rules made them. */
    String version();

    /**
     * Decides the outcome.
     *
     * @param assessment what evidence says about the system
     * @param history    earlier verdicts of the same subject, oldest first; empty when none are known
     * @return the decision; its rationale names at least one rule
     */
    Decision decide(Assessment assessment, AuditHistory history);

    /** The name and version together. */
    default StrategyId id() {
        return new StrategyId(name(), version());
    }
}
