package dev.backendaudit.benchmarks.scoring;

import dev.backendaudit.checklist.Areas;
import dev.backendaudit.checklist.Signs;
import dev.backendaudit.checklist.StandardChecklist;
import dev.backendaudit.engine.Evaluator;
import dev.backendaudit.model.AnswerCriterion;
import dev.backendaudit.model.Area;
import dev.backendaudit.model.Assessment;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.Criterion;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.Provenance;
import dev.backendaudit.model.Question;
import dev.backendaudit.model.Severity;
import dev.backendaudit.model.Sign;
import dev.backendaudit.test.AuditFixtures.Level;
import dev.backendaudit.test.AuditFixtures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Realistic audits for the benchmarks: the six standard areas with the 41 standard criteria plus 9
 * team-specific questions (50 criteria), and evidence of every kind (measurements, answers, weekly
 * time series) put at random places of a level's band by the public {@link AuditFixtures}, so that
 * findings are a mix of healthy, warning, critical and unknown, and a fleet a mix of outcomes. A
 * seed makes every audit reproducible.
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
     * The audit the scoring, assessment and certainty benchmarks measure: {@code checkout-service} at
     * {@link #START}, seed 42, fifty criteria (the figures in BENCHMARKS.md are quoted for it).
     *
     * @return the audit
     */
    public static Audit checkout() {
        return audit("checkout-service", START, 42);
    }

    /**
     * {@code checkout}'s assessment, checked to hold the fifty criteria the benchmarks' figures are quoted for.
     *
     * @param checkout the audit of {@link #checkout()}
     * @return its assessment
     * @throws IllegalStateException if it does not have fifty criteria
     */
    public static Assessment assessedCheckout(Audit checkout) {
        Assessment assessment = Evaluator.assess(checkout);
        if (assessment.findings().size() != 50) {
            throw new IllegalStateException("the realistic audit must have 50 criteria, but has "
                    + assessment.findings().size());
        }
        return assessment;
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
        List<Evidence> evidence = new ArrayList<>();
        for (Criterion criterion : CRITERIA) {
            if (random.nextDouble() < 0.1) {
                continue;
            }
            Level level = random.nextDouble() >= problemShare ? Level.HEALTHY
                    : random.nextDouble() < 0.2 && LEVELS.get(criterion).contains(Level.CRITICAL) ? Level.CRITICAL
                    : LEVELS.get(criterion).contains(Level.WARNING) ? Level.WARNING : Level.CRITICAL;
            evidence.add(AuditFixtures.evidenceAt(criterion, level, at, random.nextDouble(), source).orElseThrow());
        }
        // percentiles drawn independently can ask for what cannot be (a p95 below its p50): the fixture raises them
        return audit.evidence(AuditFixtures.possible(evidence)).build();
    }

    /** The standard criteria and the team's, in audit order. */
    private static final List<Criterion> CRITERIA;
    /** The levels each criterion can be put at (a team question has no critical answer). */
    private static final Map<Criterion, Set<Level>> LEVELS = new HashMap<>();

    static {
        List<Criterion> criteria = new ArrayList<>(StandardChecklist.checklist().criteria());
        criteria.addAll(TEAM_CRITERIA);
        CRITERIA = List.copyOf(criteria);
        CRITERIA.forEach(c -> LEVELS.put(c, AuditFixtures.levelsOf(c)));
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
