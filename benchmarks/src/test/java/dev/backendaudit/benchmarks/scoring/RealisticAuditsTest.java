package dev.backendaudit.benchmarks.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendaudit.engine.Evaluator;
import dev.backendaudit.model.Assessment;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.FindingStatus;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Severity;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The benchmarks' audits can be built and are the mix they say they are (a fleet of them failed to build once). */
class RealisticAuditsTest {

    @Test
    void should_build_the_audit_of_the_scoring_benchmarks_with_fifty_criteria() {
        Assessment assessment = Evaluator.assess(RealisticAudits.checkout());
        assertThat(assessment.findings()).hasSize(50);
    }

    @Test
    void should_build_a_fleet_holding_every_status_severity_and_outcome() {
        // WHEN the fleet of the fleet benchmarks is built
        List<Audit> fleet = RealisticAudits.fleet(1_000, 7);
        // THEN every kind of finding and every outcome occurs in it
        Set<FindingStatus> statuses = EnumSet.noneOf(FindingStatus.class);
        Set<Severity> severities = EnumSet.noneOf(Severity.class);
        Set<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
        for (Audit audit : fleet.subList(0, 200)) {
            var verdict = Evaluator.evaluate(audit);
            verdict.findings().forEach(f -> {
                statuses.add(f.status());
                f.severity().ifPresent(severities::add);
            });
            outcomes.add(verdict.outcome());
        }
        assertThat(fleet).hasSize(1_000);
        assertThat(statuses).contains(FindingStatus.ABSENT, FindingStatus.PRESENT, FindingStatus.UNKNOWN);
        assertThat(severities).containsExactlyInAnyOrder(Severity.WARNING, Severity.CRITICAL);
        assertThat(outcomes).contains(Outcome.HEALTHY, Outcome.OPTIMIZE, Outcome.REBUILD);
    }
}
