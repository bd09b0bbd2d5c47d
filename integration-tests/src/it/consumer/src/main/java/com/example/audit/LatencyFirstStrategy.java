package com.example.audit;

import dev.backendaudit.model.Area;
import dev.backendaudit.model.Assessment;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Decision;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Severity;
import dev.backendaudit.checklist.Areas;
import dev.backendaudit.scoring.ScoringStrategy;
import java.util.List;

/**
 * A team's own strategy, found by name ({@code Strategies.byName("latency-first")}) through
 * {@code META-INF/services/dev.backendaudit.scoring.ScoringStrategy}: a critical Performance finding
 * means REBUILD, any other present finding OPTIMIZE. The engine's evidence policy still applies.
 */
public final class LatencyFirstStrategy implements ScoringStrategy {

    @Override
    public String name() {
        return "latency-first";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public Decision decide(Assessment assessment, AuditHistory history) {
        List<Finding> present = assessment.present();
        Area performance = Areas.PERFORMANCE;
        if (present.stream().anyMatch(f -> f.area().equals(performance) && f.isAtLeast(Severity.CRITICAL))) {
            return Decision.of(Outcome.REBUILD, "critical-latency", "A Performance finding is critical");
        }
        if (!present.isEmpty()) {
            return Decision.of(Outcome.OPTIMIZE, "findings-present", present.size() + " findings are present");
        }
        return Decision.of(Outcome.HEALTHY, "nothing-present", "No finding is present");
    }
}
