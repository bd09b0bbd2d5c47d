package dev.backendaudit.examples;

import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.checklist.Questions;
import dev.backendaudit.checklist.StandardChecklist;
import dev.backendaudit.model.Answer;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.Provenance;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.TimeSeries;
import dev.backendaudit.model.Unit;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The example audit the main job prints: a checkout service of an online shop, three years old,
 * whose peak-season latency and manual scaling worry its team while its delivery still works.
 */
public final class CheckoutServiceAudit {

    /** The time the example describes, fixed so that the printed verdict is reproducible. */
    public static final Instant AUDITED_AT = Instant.parse("2026-11-20T09:00:00Z");

    private CheckoutServiceAudit() {
    }

    /** The audit, with evidence as a team would gather it: load-test figures, answers, delivery records. */
    public static Audit audit() {
        Provenance loadTest = Provenance.of("load-test", "perf/black-friday-rehearsal.hlog", AUDITED_AT.minus(3, ChronoUnit.DAYS));
        Provenance dora = Provenance.of("delivery-records", "ops/deployments-2026.csv", AUDITED_AT);
        Provenance git = Provenance.of("git-history", "main@4f2a9c1 (52 weeks)", AUDITED_AT);
        TimeSeries throughput = TimeSeries.of(Metrics.COMMIT_THROUGHPUT, Unit.PER_WEEK, git);
        double[] commitsPerWeek = {41, 44, 39, 43, 40, 42, 45, 41, 40, 43, 42, 44};
        for (int week = 0; week < commitsPerWeek.length; week++) {
            throughput = throughput.point(AUDITED_AT.minus(7L * (commitsPerWeek.length - week), ChronoUnit.DAYS),
                    commitsPerWeek[week]);
        }
        return Audit.builder("checkout-service")
                .at(AUDITED_AT)
                .checklist(StandardChecklist.checklist())
                // Architecture: modular services, no cycles between packages
                .evidence(Answer.of(Questions.ARCHITECTURE_MODULAR, true, "orders, payments and inventory are separate modules"))
                .evidence(Answer.of(Questions.COMPONENTS_SCALE_INDEPENDENTLY, true, null))
                .evidence(Answer.of(Questions.ARCHITECTURE_SUPPORTS_GROWTH, true, null))
                .evidence(Answer.of(Questions.ARCHITECTURE_AT_SCALING_LIMIT, false, null))
                .evidence(Measurement.of(Metrics.DEPENDENCY_CYCLES, Quantity.count(0), Provenance.of("archunit")))
                // Performance: fine normally, slow at peak
                .evidence(Measurement.of(Metrics.LATENCY_P95_NORMAL, Duration.ofMillis(180), loadTest))
                .evidence(Measurement.of(Metrics.LATENCY_P95_PEAK, Duration.ofMillis(870), loadTest))
                .evidence(Measurement.of(Metrics.LATENCY_P99_PEAK, Duration.ofMillis(1900), loadTest))
                .evidence(Measurement.of(Metrics.PEAK_SLOWDOWN, Quantity.times(4.8), loadTest))
                .evidence(Answer.of(Questions.QUERIES_EFFICIENT, false, "order history query scans the orders table"))
                // Scalability: survives, but only because people scale it by hand
                .evidence(Answer.of(Questions.HANDLES_TRAFFIC_SPIKES, true, "with manual pre-scaling"))
                .evidence(Answer.of(Questions.AUTOMATIC_SCALING, false, "scaled by hand before every sale"))
                .evidence(Answer.of(Questions.SINGLE_POINTS_OF_FAILURE, false, null))
                .evidence(Measurement.of(Metrics.PEAK_HEADROOM, Quantity.times(1.8), loadTest))
                // Code quality
                .evidence(Measurement.of(Metrics.TEST_COVERAGE, Quantity.percent(71), Provenance.of("jacoco", "target/site/jacoco/jacoco.xml", AUDITED_AT)))
                .evidence(Measurement.of(Metrics.BUG_FIX_SHARE, Quantity.percent(22), git))
                .evidence(Measurement.of(Metrics.REFIX_SHARE, Quantity.percent(6), git))
                .evidence(throughput)
                .evidence(Answer.of(Questions.CODE_READABLE, true, null))
                .evidence(Answer.of(Questions.COMPLEXITY_UNMANAGEABLE, false, null))
                // Deployment & DevOps (DORA)
                .evidence(Answer.of(Questions.CI_CD_PIPELINE, true, "GitHub Actions"))
                .evidence(Measurement.of(Metrics.DEPLOYMENT_FREQUENCY, Quantity.of(4, Unit.PER_WEEK), dora))
                .evidence(Measurement.of(Metrics.LEAD_TIME, Quantity.of(2, Unit.DAYS), dora))
                .evidence(Measurement.of(Metrics.CHANGE_FAILURE_RATE, Quantity.percent(9), dora))
                // Monitoring & reliability
                .evidence(Answer.of(Questions.REAL_TIME_MONITORING, true, "Prometheus and Grafana"))
                .evidence(Answer.of(Questions.ALERTING, true, null))
                .evidence(Measurement.of(Metrics.TIME_TO_RESTORE, Quantity.of(3, Unit.HOURS), dora))
                .evidence(Measurement.of(Metrics.ERROR_RATE, Quantity.percent(0.4), loadTest))
                .build();
    }
}
