package com.example.audit;

import static dev.backendaudit.test.AuditAssertions.assertThat;

import dev.backendaudit.checklist.Areas;
import dev.backendaudit.model.Health;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.report.MarkdownReport;
import dev.backendaudit.scoring.ScoringStrategy;
import dev.backendaudit.scoring.Strategies;
import dev.backendaudit.test.junit.AuditRun;
import dev.backendaudit.test.junit.AuditTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The checkout service's audit as a unit test: CI fails when the service slides toward REBUILD. */
@AuditTest
class CheckoutAuditTest {

    @Test
    void checkout_service_stays_out_of_rebuild_territory(AuditRun run) throws IOException {
        ScoringStrategy strategy = Strategies.byName("latency-first");    // our own, found by name
        Verdict verdict = run.evaluate(CheckoutAudit.audit(), strategy);

        assertThat(verdict.outcome()).isNotEqualTo(Outcome.REBUILD);
        assertThat(verdict).area(Areas.SCALABILITY).isNotWorseThan(Health.NEEDS_ATTENTION);
        assertThat(verdict.strategy().name()).isEqualTo("latency-first");

        Path report = Path.of("target", "checkout-audit.md");
        Files.writeString(report, MarkdownReport.render(verdict));
    }
}
