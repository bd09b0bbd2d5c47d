package dev.backendaudit.benchmarks.scoring;

import dev.backendaudit.checklist.Areas;
import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.checklist.Questions;
import dev.backendaudit.checklist.Signs;
import dev.backendaudit.checklist.StandardChecklist;
import dev.backendaudit.model.Answer;
import dev.backendaudit.model.AnswerCriterion;
import dev.backendaudit.model.Area;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.Metric;
import dev.backendaudit.model.Provenance;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.Question;
import dev.backendaudit.model.Severity;
import dev.backendaudit.model.Sign;
import dev.backendaudit.model.TimeSeries;
import dev.backendaudit.model.Unit;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Realistic audits for the benchmarks: the six standard areas with the 41 standard criteria plus 9
 * team-specific questions (50 criteria), and evidence drawn from plausible distributions, so that
 * findings are a mix of healthy, warning, critical and unknown, as in a real fleet. A seed makes
 * every audit reproducible.
 */
public final class RealisticAudits {

    /** The time of the first audit of every subject. */
    public static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

    /** The nine team-specific criteria added to the standard 41. */
    static final List<AnswerCriterion> TEAM_CRITERIA = List.of(
            expect(Areas.ARCHITECTURE, "architecture.boundaries-documented", "Are module boundaries documented?",
                    Signs.TIGHT_COUPLING),
            expect(Areas.PERFORMANCE, "performance.caching", "Are hot reads cached?", Signs.SLOW_PERFORMANCE),
            expect(Areas.SCALABILITY, "scalability.load-tested", "Is peak load rehearsed before big events?",
                    Signs.SCALING_ISSUES),
            expect(Areas.CODE_QUALITY, "code-quality.reviewed", "Is every change reviewed?", Signs.MESSY_CODE),
            expect(Areas.CODE_QUALITY, "code-quality.static-analysis", "Does static analysis gate merges?",
                    Signs.MESSY_CODE),
            expect(Areas.DEPLOYMENT, "deployment.rollback-automated", "Can a release be rolled back in one step?",
                    Signs.DEPLOYMENT_FAILURES),
            expect(Areas.DEPLOYMENT, "deployment.feature-flags", "Are risky changes behind feature flags?",
                    Signs.SLOW_DELIVERY),
            expect(Areas.MONITORING, "monitoring.tracing", "Are requests traced across services?",
                    Signs.REACTIVE_DETECTION),
            expect(Areas.MONITORING, "monitoring.runbooks", "Does every alert have a runbook?",
                    Signs.REACTIVE_DETECTION));

    private static AnswerCriterion expect(Area area, String id, String text, Sign sign) {
        return AnswerCriterion.expect(id, sign, Question.yesNo(id, area, text), "yes", Severity.WARNING);
    }

    private RealisticAudits() {
    }

    /** The audit of {@code subject} at {@code at}, its evidence drawn from {@code seed}. */
    public static Audit audit(String subject, Instant at, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Provenance load = Provenance.of("load-test", "perf/rehearsal-" + seed + ".hlog", at);
        Provenance dora = Provenance.of("delivery-records", "ops/deployments.csv", at);
        Provenance git = Provenance.of("git-history", "main (52 weeks)", at);
        Audit.Builder audit = Audit.builder(subject).at(at).checklist(StandardChecklist.checklist());
        TEAM_CRITERIA.forEach(audit::criterion);
        Evidence evidence = new Evidence(audit, random);
        // Architecture
        evidence.answer(Questions.ARCHITECTURE_MODULAR, 0.8);
        evidence.answer(Questions.COMPONENTS_SCALE_INDEPENDENTLY, 0.7);
        evidence.answer(Questions.ARCHITECTURE_SUPPORTS_GROWTH, 0.85);
        evidence.answer(Questions.ARCHITECTURE_AT_SCALING_LIMIT, 0.05);
        evidence.measure(Metrics.DEPENDENCY_CYCLES, Math.floor(random.nextDouble() * random.nextDouble() * 8), Unit.COUNT, load);
        evidence.measure(Metrics.MAIN_SEQUENCE_DISTANCE, random.nextDouble() * 0.6, Unit.RATIO, load);
        // Performance: latencies grow together; peak is slower than normal
        double p50 = 20 + random.nextDouble() * 150;
        double slowdown = 1 + random.nextDouble() * random.nextDouble() * 5;
        evidence.measure(Metrics.LATENCY_P50_NORMAL, p50, Unit.MILLISECONDS, load);
        evidence.measure(Metrics.LATENCY_P95_NORMAL, p50 * 3, Unit.MILLISECONDS, load);
        evidence.measure(Metrics.LATENCY_P99_NORMAL, p50 * 6, Unit.MILLISECONDS, load);
        evidence.measure(Metrics.LATENCY_P50_PEAK, p50 * slowdown, Unit.MILLISECONDS, load);
        evidence.measure(Metrics.LATENCY_P95_PEAK, p50 * 3 * slowdown, Unit.MILLISECONDS, load);
        evidence.measure(Metrics.LATENCY_P99_PEAK, p50 * 6 * slowdown, Unit.MILLISECONDS, load);
        evidence.measure(Metrics.PEAK_SLOWDOWN, slowdown, Unit.TIMES, load);
        evidence.answer(Questions.QUERIES_EFFICIENT, 0.7);
        evidence.answer(Questions.KNOWN_BOTTLENECKS, 0.3);
        // Scalability
        evidence.answer(Questions.HANDLES_TRAFFIC_SPIKES, 0.9);
        evidence.answer(Questions.AUTOMATIC_SCALING, 0.6);
        evidence.answer(Questions.SINGLE_POINTS_OF_FAILURE, 0.3);
        evidence.measure(Metrics.PEAK_HEADROOM, 0.8 + random.nextDouble() * 2, Unit.TIMES, load);
        // Code quality
        evidence.answer(Questions.CODE_READABLE, 0.8);
        evidence.answer(Questions.CODE_DOCUMENTED, 0.6);
        evidence.answer(Questions.REDUNDANT_CODE, 0.4);
        evidence.answer(Questions.FIXES_CREATE_NEW_ISSUES, 0.05);
        evidence.answer(Questions.DEVELOPMENT_SPEED_DECLINING, 0.1);
        evidence.answer(Questions.COMPLEXITY_UNMANAGEABLE, 0.05);
        evidence.measure(Metrics.TEST_COVERAGE, 0.2 + random.nextDouble() * 0.7, Unit.RATIO, git);
        evidence.measure(Metrics.DUPLICATION, random.nextDouble() * 0.2, Unit.RATIO, git);
        evidence.measure(Metrics.MEAN_COMPLEXITY, 1.5 + random.nextDouble() * 8, Unit.COUNT, git);
        evidence.measure(Metrics.BUG_FIX_SHARE, random.nextDouble() * 0.5, Unit.RATIO, git);
        evidence.measure(Metrics.REFIX_SHARE, random.nextDouble() * 0.35, Unit.RATIO, git);
        if (evidence.known()) {
            TimeSeries throughput = TimeSeries.of(Metrics.COMMIT_THROUGHPUT, Unit.PER_WEEK, git);
            double level = 20 + random.nextDouble() * 40;
            double drift = (random.nextDouble() - 0.6) * 2;
            for (int week = 0; week < 12; week++) {
                throughput = throughput.point(at.minus(7L * (12 - week), ChronoUnit.DAYS),
                        Math.max(1, level + drift * week + (random.nextDouble() - 0.5) * 6));
            }
            audit.evidence(throughput);
        }
        // Deployment & DevOps
        evidence.answer(Questions.CI_CD_PIPELINE, 0.9);
        evidence.answer(Questions.DEPLOYMENTS_AUTOMATED, 0.75);
        evidence.measure(Metrics.DEPLOYMENT_FREQUENCY, 0.1 + random.nextDouble() * 10, Unit.PER_WEEK, dora);
        evidence.measure(Metrics.LEAD_TIME, 0.2 + random.nextDouble() * random.nextDouble() * 20, Unit.DAYS, dora);
        evidence.measure(Metrics.CHANGE_FAILURE_RATE, random.nextDouble() * 0.35, Unit.RATIO, dora);
        // Monitoring & reliability
        evidence.answer(Questions.REAL_TIME_MONITORING, 0.85);
        evidence.answer(Questions.ALERTING, 0.85);
        evidence.answer(Questions.INCIDENTS_DETECTED_FIRST, 0.6);
        evidence.measure(Metrics.TIME_TO_RESTORE, 0.5 + random.nextDouble() * random.nextDouble() * 200, Unit.HOURS, dora);
        evidence.measure(Metrics.ERROR_RATE, random.nextDouble() * random.nextDouble() * 0.06, Unit.RATIO, load);
        for (AnswerCriterion team : TEAM_CRITERIA) {
            evidence.answer(team.question(), 0.7);
        }
        return audit.build();
    }

    /** {@code count} audits of distinct subjects, the fleet of one organisation. */
    public static List<Audit> fleet(int count, long seed) {
        Random seeds = new Random(seed);
        List<Audit> fleet = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            fleet.add(audit("service-" + i, START, seeds.nextLong()));
        }
        return fleet;
    }

    /** Adds evidence, leaving about one item in ten out, as real audits do. */
    private static final class Evidence {
        private final Audit.Builder audit;
        private final SplittableRandom random;

        Evidence(Audit.Builder audit, SplittableRandom random) {
            this.audit = audit;
            this.random = random;
        }

        boolean known() {
            return random.nextDouble() >= 0.1;
        }

        void answer(Question question, double yes) {
            if (known()) {
                audit.evidence(Answer.of(question, random.nextDouble() < yes, null));
            }
        }

        void measure(Metric metric, double value, Unit unit, Provenance provenance) {
            if (known()) {
                audit.evidence(dev.backendaudit.model.Measurement.of(metric, Quantity.of(value, unit).value(), unit,
                        provenance));
            }
        }
    }
}
