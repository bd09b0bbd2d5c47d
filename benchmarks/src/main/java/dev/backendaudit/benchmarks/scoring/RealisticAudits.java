package dev.backendaudit.benchmarks.scoring;

import dev.backendaudit.checklist.Areas;
import dev.backendaudit.checklist.Signs;
import dev.backendaudit.checklist.StandardChecklist;
import dev.backendaudit.model.Answer;
import dev.backendaudit.model.AnswerCriterion;
import dev.backendaudit.model.Area;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.Criterion;
import dev.backendaudit.model.Dimension;
import dev.backendaudit.model.Direction;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.Provenance;
import dev.backendaudit.model.Question;
import dev.backendaudit.model.Severity;
import dev.backendaudit.model.Sign;
import dev.backendaudit.model.ThresholdCriterion;
import dev.backendaudit.model.TimeSeries;
import dev.backendaudit.model.TrendCriterion;
import dev.backendaudit.model.Unit;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Realistic audits for the benchmarks: the six standard areas with the 41 standard criteria plus 9
 * team-specific questions (50 criteria), and evidence of every kind (measurements, answers, a
 * 12-week time series) drawn so that findings are a mix of healthy, warning, critical and unknown,
 * and a fleet a mix of outcomes. A seed makes every audit reproducible.
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

    /**
     * The audit of {@code subject} at {@code at}, its evidence drawn from {@code seed}. Each service
     * gets its own share of problems, between none and one criterion in eight, so that a fleet holds
     * healthy services, services to optimize and services to rebuild; about one item of evidence in
     * ten is missing. A problem is usually a warning and sometimes critical.
     */
    public static Audit audit(String subject, Instant at, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double problemShare = random.nextDouble() * 0.125;
        Provenance source = Provenance.of("collected", "evidence/" + subject + ".json", at);
        Audit.Builder audit = Audit.builder(subject).at(at).checklist(StandardChecklist.checklist());
        TEAM_CRITERIA.forEach(audit::criterion);
        List<Criterion> criteria = new ArrayList<>(StandardChecklist.checklist().criteria());
        criteria.addAll(TEAM_CRITERIA);
        for (Criterion criterion : criteria) {
            if (random.nextDouble() < 0.1) {
                continue;
            }
            boolean problem = random.nextDouble() < problemShare;
            boolean critical = problem && random.nextDouble() < 0.2;
            audit.evidence(evidence(criterion, problem, critical, random, at, source));
        }
        return audit.build();
    }

    private static Evidence evidence(Criterion criterion, boolean problem, boolean critical, SplittableRandom random,
                                     Instant at, Provenance source) {
        if (criterion instanceof AnswerCriterion) {
            AnswerCriterion answer = (AnswerCriterion) criterion;
            List<String> choices = problem ? List.copyOf(answer.severities().keySet()) : answer.healthyChoices();
            return Answer.choice(answer.question(), choices.get(random.nextInt(choices.size())), null);
        }
        if (criterion instanceof TrendCriterion) {
            TrendCriterion trend = (TrendCriterion) criterion;
            double change = problem ? (critical ? trend.criticalChange() * 1.5
                    : (trend.warningChange() + trend.criticalChange()) / 2) : trend.warningChange() * random.nextDouble() * 0.5;
            double sign = trend.direction() == Direction.LOWER_IS_WORSE ? -1 : 1;
            TimeSeries series = TimeSeries.of(trend.metric(), Unit.PER_WEEK, source);
            double level = 20 + random.nextDouble() * 40;
            for (int week = 0; week < 12; week++) {
                double drift = sign * change * level * (week - 5.5) / 11;
                series = series.point(at.minus(7L * (12 - week), ChronoUnit.DAYS),
                        Math.max(0.5, level + drift + (random.nextDouble() - 0.5) * level * 0.05));
            }
            return series;
        }
        ThresholdCriterion threshold = (ThresholdCriterion) criterion;
        double warning = threshold.warning().baseValue();
        double critical_ = threshold.critical().baseValue();
        boolean higherWorse = threshold.direction() == Direction.HIGHER_IS_WORSE;
        double value;
        if (!problem) {
            value = higherWorse ? warning * (0.2 + 0.8 * random.nextDouble()) : warning * (1 + random.nextDouble());
        } else if (!critical && warning != critical_) {
            value = warning + (critical_ - warning) * (0.05 + 0.9 * random.nextDouble());
        } else {
            value = higherWorse ? critical_ * (1.1 + random.nextDouble()) + 1e-3 : critical_ * 0.9 * random.nextDouble();
        }
        if (threshold.metric().dimension() == Dimension.RATIO) {
            value = Math.min(1, value);
        }
        if (threshold.metric().dimension() == Dimension.COUNT) {
            // a count is whole: round towards the side of the bound the scenario wants
            value = higherWorse == problem ? Math.ceil(value) : Math.floor(value);
        }
        return Measurement.of(threshold.metric(), value, baseUnit(threshold.metric().dimension()), source);
    }

    private static Unit baseUnit(Dimension dimension) {
        switch (dimension) {
            case DURATION: return Unit.MILLISECONDS;
            case RATIO: return Unit.RATIO;
            case FACTOR: return Unit.TIMES;
            case COUNT: return Unit.COUNT;
            case RATE: return Unit.PER_DAY;
            default: throw new AssertionError(dimension);
        }
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
}
