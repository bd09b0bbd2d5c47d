package dev.backendaudit.examples;

import static dev.backendaudit.test.AuditAssertions.assertThat;

import dev.backendaudit.checklist.Areas;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Severity;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.test.junit.AuditRun;
import dev.backendaudit.test.junit.AuditTest;
import org.junit.jupiter.api.Test;

/**
 * The checkout service's audit as a unit test, the way a team runs it in CI: the build goes red
 * when the service slides toward a rebuild, or when a finding appears that the team has not
 * accepted in its baseline. Each run stores its verdict under {@code target/audit-history} (the
 * next run's history) and writes one report per test under {@code target/audit-reports}; in CI the
 * baseline is checked and never rewritten.
 */
// tag::audit-test[]
@AuditTest(baseline = "src/test/resources/checkout-service-baseline.json")
class CheckoutServiceAuditTest {

    @Test
    void checkout_service_stays_out_of_rebuild_territory(AuditRun run) {
        Verdict verdict = run.evaluate(CheckoutServiceAudit.audit());

        assertThat(verdict)
                .isNotWorseThan(Outcome.OPTIMIZE)
                .area(Areas.ARCHITECTURE).isHealthy();
    }

    @Test
    void checkout_service_has_no_finding_beyond_its_baseline(AuditRun run) {
        Verdict verdict = run.evaluate(CheckoutServiceAudit.audit());

        run.assertConformsToBaseline(verdict);     // new or worse findings fail; improvements tighten the file
        assertThat(verdict).area(Areas.DEPLOYMENT).hasCoverageAtLeast(0.8);
    }
}
// end::audit-test[]
