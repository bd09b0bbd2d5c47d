package dev.backendaudit.examples;

import static dev.backendaudit.model.Quantity.percent;

import dev.backendaudit.dsl.AuditStep;
import dev.backendaudit.dsl.BackendAudit;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.Provenance;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.Unit;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The example audit the main job prints: a checkout service of an online shop, three years old,
 * whose peak-season latency and manual scaling worry its team while its delivery still works.
 * Written in the DSL, with each piece of evidence traced to where the team found it.
 *
 * <pre>{@code
 * Verdict verdict = CheckoutServiceAudit.sentence().evaluate();   // OPTIMIZE
 * }</pre>
 */
public final class CheckoutServiceAudit {

    /** The time the example describes, fixed so that the printed verdict is reproducible. */
    public static final Instant AUDITED_AT = Instant.parse("2026-11-20T09:00:00Z");

    private CheckoutServiceAudit() {
    }

    /** The audit, with evidence as a team would gather it: load-test figures, answers, delivery records. */
    public static Audit audit() {
        return sentence().audit();
    }

    /** The audit as a DSL sentence, ready to {@code evaluate()} or to be scored by another strategy. */
    public static AuditStep sentence() {
        Provenance loadTest = Provenance.of("load-test", "perf/black-friday-rehearsal.hlog",
                AUDITED_AT.minus(3, ChronoUnit.DAYS));
        Provenance dora = Provenance.of("delivery-records", "ops/deployments-2026.csv", AUDITED_AT);
        Provenance git = Provenance.of("git-history", "main@4f2a9c1 (52 weeks)", AUDITED_AT);
        Provenance jacoco = Provenance.of("jacoco", "target/site/jacoco/jacoco.xml", AUDITED_AT);
        return BackendAudit.of("checkout-service")
                .at(AUDITED_AT)
                // modular services, no cycles between packages
                .architecture(a -> a
                        .modular("orders, payments and inventory are separate modules")
                        .componentsScaleIndependently(true)
                        .supportsGrowth(true)
                        .atScalingLimit(false)
                        .from(Provenance.of("archunit")).dependencyCycles(0))
                // fine normally, slow at peak
                .performance(p -> p
                        .from(loadTest)
                        .latencyP95(Duration.ofMillis(180)).underNormalLoad()
                        .latencyP95(Duration.ofMillis(870)).underPeakLoad()
                        .latencyP99(Duration.ofMillis(1900)).underPeakLoad()
                        .peakSlowdown(4.8)
                        .errorRate(percent(0.4))
                        .from(Provenance.manual())
                        .queriesEfficient(false, "order history query scans the orders table"))
                // survives, but only because people scale it by hand
                .scalability(s -> s
                        .handlesTrafficSpikes(true, "with manual pre-scaling")
                        .scaledByHand("scaled by hand before every sale")
                        .noSinglePointOfFailure()
                        .from(loadTest).peakHeadroom(1.8))
                .codeQuality(c -> c
                        .from(jacoco).testCoverage(percent(71))
                        .from(git)
                        .bugFixShare(percent(22))
                        .refixShare(percent(6))
                        .weeklyCommits(AUDITED_AT.minus(7L * 12, ChronoUnit.DAYS),
                                41, 44, 39, 43, 40, 42, 45, 41, 40, 43, 42, 44)
                        .from(Provenance.manual())
                        .readable(true)
                        .complexityUnmanageable(false))
                // DORA's four keys, from the delivery records
                .deployment(d -> d
                        .ciCdPipeline(true, "GitHub Actions")
                        .from(dora)
                        .deploymentFrequency(Quantity.of(4, Unit.PER_WEEK))
                        .leadTime(Duration.ofDays(2))
                        .changeFailureRate(percent(9)))
                .monitoring(m -> m
                        .realTimeMonitoring(true, "Prometheus and Grafana")
                        .alertingOnFailure(true)
                        .from(dora).timeToRestore(Duration.ofHours(3)));
    }
}
