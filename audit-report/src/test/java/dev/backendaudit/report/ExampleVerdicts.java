package dev.backendaudit.report;

import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.checklist.Questions;
import dev.backendaudit.checklist.StandardChecklist;
import dev.backendaudit.engine.Evaluator;
import dev.backendaudit.model.Answer;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.NotApplicable;
import dev.backendaudit.model.Provenance;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.TimeSeries;
import dev.backendaudit.model.Unit;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.scoring.Strategies;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The case studies the golden files are made from: three services of an online shop, audited at a
 * fixed time so that every report is reproducible.
 *
 * <ul>
 *   <li>{@link #healthy()}: the catalog service, healthy on evidence in every area;</li>
 *   <li>{@link #optimize()}: the checkout service, slow at peak and scaled by hand;</li>
 *   <li>{@link #rebuild()}: the legacy order service, whose fixes create new issues.</li>
 * </ul>
 */
public final class ExampleVerdicts {

    /** When the case studies were audited. */
    public static final Instant AT = Instant.parse("2026-11-20T09:00:00Z");

    private ExampleVerdicts() {
    }

    /** The catalog service: every area healthy on evidence. */
    public static Verdict healthy() {
        return Evaluator.evaluate(healthyAudit("catalog-service", AT));
    }

    /** The checkout service: performance and scalability need attention, the rest is fine. */
    public static Verdict optimize() {
        return Evaluator.evaluate(optimizeAudit(AT, 870, false));
    }

    /** The order service: a critical rebuild indicator, unstable deployment, a cyclic package. */
    public static Verdict rebuild() {
        return Evaluator.evaluate(rebuildAudit(AT));
    }

    /**
     * Four monthly verdicts of the checkout service, the last one {@link #optimize()}: latency crept
     * up and automatic scaling was switched off along the way.
     */
    public static AuditHistory checkoutHistory() {
        List<Verdict> verdicts = new ArrayList<>();
        verdicts.add(Evaluator.evaluate(optimizeAudit(AT.minus(90, ChronoUnit.DAYS), 240, true)));
        verdicts.add(Evaluator.evaluate(optimizeAudit(AT.minus(60, ChronoUnit.DAYS), 420, true)));
        verdicts.add(Evaluator.evaluate(optimizeAudit(AT.minus(30, ChronoUnit.DAYS), 1300, false)));
        verdicts.add(optimize());
        return AuditHistory.of(verdicts);
    }

    private static Audit.Builder base(String subject, Instant at) {
        return Audit.builder(subject).at(at).checklist(StandardChecklist.checklist());
    }

    private static TimeSeries throughput(Instant at, Provenance git, double... perWeek) {
        TimeSeries series = TimeSeries.of(Metrics.COMMIT_THROUGHPUT, Unit.PER_WEEK, git);
        for (int week = 0; week < perWeek.length; week++) {
            series = series.point(at.minus(7L * (perWeek.length - week), ChronoUnit.DAYS), perWeek[week]);
        }
        return series;
    }

    private static Audit healthyAudit(String subject, Instant at) {
        Provenance loadTest = Provenance.of("load-test", "perf/catalog-peak.hlog", at.minus(2, ChronoUnit.DAYS));
        Provenance dora = Provenance.of("delivery-records", "ops/deployments.csv", at);
        Provenance git = Provenance.of("git-history", "main@9e1d2aa (12 weeks)", at);
        return base(subject, at)
                .evidence(Answer.of(Questions.ARCHITECTURE_MODULAR, true, "search, pricing and media are modules"))
                .evidence(Answer.of(Questions.COMPONENTS_SCALE_INDEPENDENTLY, true, null))
                .evidence(Answer.of(Questions.ARCHITECTURE_SUPPORTS_GROWTH, true, null))
                .evidence(Answer.of(Questions.ARCHITECTURE_AT_SCALING_LIMIT, false, null))
                .evidence(Measurement.of(Metrics.DEPENDENCY_CYCLES, Quantity.count(0), Provenance.of("archunit")))
                .evidence(Measurement.of(Metrics.LATENCY_P95_NORMAL, Duration.ofMillis(120), loadTest))
                .evidence(Measurement.of(Metrics.LATENCY_P95_PEAK, Duration.ofMillis(210), loadTest))
                .evidence(Measurement.of(Metrics.PEAK_SLOWDOWN, Quantity.times(1.4), loadTest))
                .evidence(Answer.of(Questions.QUERIES_EFFICIENT, true, null))
                .evidence(Answer.of(Questions.HANDLES_TRAFFIC_SPIKES, true, null))
                .evidence(Answer.of(Questions.AUTOMATIC_SCALING, true, "horizontal pod autoscaler"))
                .evidence(Answer.of(Questions.SINGLE_POINTS_OF_FAILURE, false, null))
                .evidence(Measurement.of(Metrics.PEAK_HEADROOM, Quantity.times(2.5), loadTest))
                .evidence(Measurement.of(Metrics.TEST_COVERAGE, Quantity.percent(78),
                        Provenance.of("jacoco", "target/site/jacoco/jacoco.xml", at)))
                .evidence(Measurement.of(Metrics.BUG_FIX_SHARE, Quantity.percent(18), git))
                .evidence(throughput(at, git, 30, 32, 31, 33, 34, 32))
                .evidence(Answer.of(Questions.CODE_READABLE, true, null))
                .evidence(Answer.of(Questions.COMPLEXITY_UNMANAGEABLE, false, null))
                .evidence(Answer.of(Questions.CI_CD_PIPELINE, true, null))
                .evidence(Measurement.of(Metrics.DEPLOYMENT_FREQUENCY, Quantity.of(1, Unit.PER_DAY), dora))
                .evidence(Measurement.of(Metrics.LEAD_TIME, Quantity.of(20, Unit.HOURS), dora))
                .evidence(Measurement.of(Metrics.CHANGE_FAILURE_RATE, Quantity.percent(4), dora))
                .evidence(Answer.of(Questions.REAL_TIME_MONITORING, true, null))
                .evidence(Answer.of(Questions.ALERTING, true, null))
                .evidence(Measurement.of(Metrics.TIME_TO_RESTORE, Quantity.of(40, Unit.MINUTES), dora))
                .evidence(Measurement.of(Metrics.ERROR_RATE, Quantity.percent(0.2), loadTest))
                .build();
    }

    private static Audit optimizeAudit(Instant at, long p95PeakMillis, boolean autoscaling) {
        Provenance loadTest = Provenance.of("load-test", "perf/black-friday-rehearsal.hlog", at.minus(3, ChronoUnit.DAYS));
        Provenance dora = Provenance.of("delivery-records", "ops/deployments-2026.csv", at);
        Provenance git = Provenance.of("git-history", "main@4f2a9c1 (12 weeks)", at);
        return base("checkout-service", at)
                .evidence(Answer.of(Questions.ARCHITECTURE_MODULAR, true, "orders, payments and inventory are modules"))
                .evidence(Answer.of(Questions.COMPONENTS_SCALE_INDEPENDENTLY, true, null))
                .evidence(Answer.of(Questions.ARCHITECTURE_SUPPORTS_GROWTH, true, null))
                .evidence(Measurement.of(Metrics.DEPENDENCY_CYCLES, Quantity.count(0), Provenance.of("archunit")))
                .evidence(Measurement.of(Metrics.LATENCY_P95_NORMAL, Duration.ofMillis(180), loadTest))
                .evidence(Measurement.of(Metrics.LATENCY_P95_PEAK, Duration.ofMillis(p95PeakMillis), loadTest))
                .evidence(p95PeakMillis < 300 ? Answer.of(Questions.QUERIES_EFFICIENT, true, null)
                        : Answer.of(Questions.QUERIES_EFFICIENT, false, "order history query scans the orders table"))
                .evidence(Answer.of(Questions.HANDLES_TRAFFIC_SPIKES, true, "with manual pre-scaling"))
                .evidence(Answer.of(Questions.AUTOMATIC_SCALING, autoscaling,
                        autoscaling ? null : "scaled by hand before every sale"))
                .evidence(Measurement.of(Metrics.PEAK_HEADROOM, Quantity.times(1.8), loadTest))
                .evidence(Measurement.of(Metrics.TEST_COVERAGE, Quantity.percent(71),
                        Provenance.of("jacoco", "target/site/jacoco/jacoco.xml", at)))
                .evidence(Measurement.of(Metrics.BUG_FIX_SHARE, Quantity.percent(22), git))
                .evidence(throughput(at, git, 41, 44, 39, 43, 40, 42))
                .evidence(Answer.of(Questions.CODE_READABLE, true, null))
                .evidence(Answer.of(Questions.COMPLEXITY_UNMANAGEABLE, false, null))
                .evidence(Answer.of(Questions.CI_CD_PIPELINE, true, "GitHub Actions"))
                .evidence(Measurement.of(Metrics.DEPLOYMENT_FREQUENCY, Quantity.of(4, Unit.PER_WEEK), dora))
                .evidence(Measurement.of(Metrics.LEAD_TIME, Quantity.of(2, Unit.DAYS), dora))
                .evidence(Measurement.of(Metrics.CHANGE_FAILURE_RATE, Quantity.percent(9), dora))
                .evidence(Answer.of(Questions.REAL_TIME_MONITORING, true, "Prometheus and Grafana"))
                .evidence(Answer.of(Questions.ALERTING, true, null))
                .evidence(Measurement.of(Metrics.TIME_TO_RESTORE, Quantity.of(3, Unit.HOURS), dora))
                .evidence(Measurement.of(Metrics.ERROR_RATE, Quantity.percent(0.4), loadTest))
                .build();
    }

    private static Audit rebuildAudit(Instant at) {
        Provenance git = Provenance.of("git-history", "main@77b01c3 (26 weeks)", at);
        Provenance dora = Provenance.of("delivery-records", "ops/orders-deployments.csv", at);
        Provenance jfr = Provenance.of("jfr", "recordings/orders-peak.jfr", at.minus(1, ChronoUnit.DAYS));
        return base("order-service", at)
                .evidence(Answer.of(Questions.ARCHITECTURE_MODULAR, false, "one module shares the database schema"))
                .evidence(Answer.of(Questions.ARCHITECTURE_SUPPORTS_GROWTH, false, null))
                .evidence(Measurement.of(Metrics.DEPENDENCY_CYCLES, Quantity.count(7),
                        Provenance.of("archunit", "src/main/java/com/shop/orders/billing/Invoice.java:42", at)))
                .evidence(Measurement.of(Metrics.LATENCY_P95_PEAK, Duration.ofMillis(2400), jfr))
                .evidence(Measurement.of(Metrics.LATENCY_P99_PEAK, Duration.ofSeconds(6), jfr))
                .evidence(Answer.of(Questions.HANDLES_TRAFFIC_SPIKES, false, "falls over during sales"))
                .evidence(Answer.of(Questions.AUTOMATIC_SCALING, false, null))
                .evidence(Measurement.of(Metrics.REFIX_SHARE, Quantity.percent(34), git))
                .evidence(Answer.of(Questions.FIXES_CREATE_NEW_ISSUES, true, "every fix reopens a ticket"))
                .evidence(Measurement.of(Metrics.MEAN_COMPLEXITY, Quantity.count(14),
                        Provenance.of("pmd", "src/main/java/com/shop/orders/OrderManager.java", at)))
                .evidence(Measurement.of(Metrics.CHANGE_FAILURE_RATE, Quantity.percent(38), dora))
                .evidence(Measurement.of(Metrics.LEAD_TIME, Quantity.of(45, Unit.DAYS), dora))
                .evidence(Answer.of(Questions.CI_CD_PIPELINE, false, "manual builds on a shared server"))
                .evidence(Answer.of(Questions.REAL_TIME_MONITORING, false, null))
                .evidence(Measurement.of(Metrics.TIME_TO_RESTORE, Quantity.of(3, Unit.DAYS), dora))
                .evidence(NotApplicable.of(Metrics.LATENCY_P50_NORMAL, "only peak traffic was recorded"))
                .build();
    }

    /** The evidence of the healthy case study: every standard area healthy on it. */
    public static List<dev.backendaudit.model.Evidence> healthyEvidence() {
        return healthyAudit("catalog-service", AT).evidence();
    }

    /** All three case studies by name, as the golden files are named. */
    public static List<Case> cases() {
        return List.of(new Case("healthy", healthy()), new Case("optimize", optimize()), new Case("rebuild", rebuild()));
    }

    /**
     * A case study.
     *
     * @param name    the golden files' base name
     * @param verdict its verdict
     */
    public record Case(String name, Verdict verdict) {
        @Override
        public String toString() {
            return name;
        }
    }
}
