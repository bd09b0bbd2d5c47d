package dev.backendaudit.test.junit;

import static dev.backendaudit.test.AuditAssertions.assertThat;

import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Provenance;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.test.VerdictsAccess;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * Example audit test classes that {@link AuditExtensionTest} runs through the JUnit Platform test
 * kit. Their names do not end in "Test", so the build does not run them on their own.
 */
final class SampleAuditTests {

    static final String ROOT = "target/audit-extension-samples/";
    static final AtomicInteger HISTORY_SEEN = new AtomicInteger(-1);

    private SampleAuditTests() {
    }

    /** An OPTIMIZE audit (p95 at peak too high), timed now so that runs build up history. */
    static Audit optimizeAudit() {
        return VerdictsAccess.withoutTopics(Instant.now(), Metrics.LATENCY_P95_PEAK.id())
                .evidence(Measurement.of(Metrics.LATENCY_P95_PEAK, Quantity.millis(870), Provenance.manual()))
                .build();
    }

    /** The same audit with one standard criterion lacking evidence. */
    static Audit auditMissingAlerting() {
        return VerdictsAccess.withoutTopics(Instant.now(), Metrics.LATENCY_P95_PEAK.id(), "monitoring.alerting")
                .evidence(Measurement.of(Metrics.LATENCY_P95_PEAK, Quantity.millis(870), Provenance.manual()))
                .build();
    }

    /** The same audit without the main-sequence distance, which at its worst means REBUILD. */
    static Audit auditMissingMainSequence() {
        return VerdictsAccess.withoutTopics(Instant.now(), Metrics.LATENCY_P95_PEAK.id(),
                        Metrics.MAIN_SEQUENCE_DISTANCE.id())
                .evidence(Measurement.of(Metrics.LATENCY_P95_PEAK, Quantity.millis(870), Provenance.manual()))
                .build();
    }

    @AuditTest(historyDir = ROOT + "history-bounds", reportDir = ROOT + "reports-bounds")
    static class ChecksBounds {
        @Test
        void alerting_cannot_make_it_worse(AuditRun run) {
            assertThat(run.evaluate(auditMissingAlerting())).isSettled().cannotBecomeWorseThan(Outcome.OPTIMIZE);
        }

        @Test
        void the_foundation_could(AuditRun run) {
            assertThat(run.evaluate(auditMissingMainSequence())).cannotBecomeWorseThan(Outcome.OPTIMIZE);
        }
    }

    @AuditTest(historyDir = ROOT + "history", reportDir = ROOT + "reports")
    static class RecordsHistory {
        @Test
        void evaluates_with_history(AuditRun run) {
            HISTORY_SEEN.set(run.history("checkout-service").verdicts().size());
            Verdict verdict = run.evaluate(auditMissingAlerting());
            assertThat(verdict).isNotWorseThan(Outcome.OPTIMIZE);
        }
    }

    @AuditTest(historyDir = ROOT + "history-fail", reportDir = ROOT + "reports-fail")
    static class FailsOnOutcome {
        @Test
        void must_be_healthy(AuditRun run) {
            assertThat(run.evaluate(optimizeAudit())).isHealthy();
        }
    }

    @AuditTest(historyDir = ROOT + "history-baseline", reportDir = ROOT + "reports-baseline",
            baseline = ROOT + "baseline.json", waivers = ROOT + "waivers.json")
    static class ChecksBaseline {
        @Test
        void conforms_to_baseline(AuditRun run) {
            run.assertConformsToBaseline(run.evaluate(optimizeAudit()));
        }
    }

    @AuditTest(historyDir = ROOT + "history-nobaseline", reportDir = ROOT + "reports-nobaseline",
            baseline = ROOT + "missing-baseline.json")
    static class MissingBaseline {
        @Test
        void conforms_to_baseline(AuditRun run) {
            run.assertConformsToBaseline(run.evaluate(optimizeAudit()));
        }
    }

    @AuditTest(historyDir = ROOT + "history-two", reportDir = ROOT + "reports-two")
    static class TwoTestsOneSubject {
        @Test
        void first(AuditRun run) {
            run.evaluate(optimizeAudit());
        }

        @Test
        void second(AuditRun run) {
            run.evaluate(auditMissingAlerting());
        }

        @RepeatedTest(2)
        void repeated(AuditRun run) {
            run.evaluate(optimizeAudit());
        }
    }
}
