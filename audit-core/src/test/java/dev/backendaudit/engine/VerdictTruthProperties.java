package dev.backendaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendaudit.checklist.Areas;
import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.model.AreaAssessment;
import dev.backendaudit.model.Assessment;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.ConditionCheck;
import dev.backendaudit.model.Decision;
import dev.backendaudit.model.Dimension;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.EvidencePolicy;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.Health;
import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.Metric;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Provenance;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.Reason;
import dev.backendaudit.model.Unit;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.scoring.ChecklistStrategy;
import dev.backendaudit.scoring.CompositeStrategy;
import dev.backendaudit.scoring.Floor;
import dev.backendaudit.scoring.GateStrategy;
import dev.backendaudit.scoring.MaturityLevelsStrategy;
import dev.backendaudit.scoring.RiskCountStrategy;
import dev.backendaudit.scoring.ScoringStrategy;
import dev.backendaudit.scoring.WeightedScoreStrategy;
import dev.backendaudit.scoring.WorstAreaStrategy;
import dev.backendaudit.scoring.testing.ScoringFixtures;
import dev.backendaudit.test.AuditFixtures.Level;
import dev.backendaudit.text.VerdictText;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A verdict states only what was checked: laws the engine keeps for every built-in strategy under
 * random valid settings, and for a deliberately lax strategy of a user's.
 */
class VerdictTruthProperties {

    /** A user's strategy that calls everything healthy, whatever the evidence. */
    static final class AlwaysHealthy implements ScoringStrategy {
        @Override
        public String name() {
            return "always-healthy";
        }

        @Override
        public String version() {
            return "1";
        }

        @Override
        public Decision decide(Assessment assessment, AuditHistory history) {
            return Decision.of(Outcome.HEALTHY, "looks-fine", "Looks fine to me");
        }
    }

    /** A user's strategy that advises optimizing, whatever the evidence. */
    static final class AlwaysOptimize implements ScoringStrategy {
        @Override
        public String name() {
            return "always-optimize";
        }

        @Override
        public String version() {
            return "1";
        }

        @Override
        public Decision decide(Assessment assessment, AuditHistory history) {
            return Decision.of(Outcome.OPTIMIZE, "tune-it", "Tune it");
        }
    }

    @Provide
    Arbitrary<Map<String, Level>> levels() {
        return ScoringFixtures.randomLevels(8, 3, 1, 4, 1);
    }

    @Provide
    Arbitrary<ScoringStrategy> strategies() {
        Arbitrary<ScoringStrategy> checklist = Arbitraries.integers().between(2, 6)
                .map(n -> new ChecklistStrategy(new ChecklistStrategy.Config(n)));
        Arbitrary<ScoringStrategy> weighted = Combinators.combine(Arbitraries.doubles().between(0, 3),
                        Arbitraries.doubles().between(0, 3), Arbitraries.integers().between(0, 100),
                        Arbitraries.integers().between(0, 100), Arbitraries.doubles().between(0, 1))
                .as((foundation, other, a, b, warning) -> new WeightedScoreStrategy(new WeightedScoreStrategy.Config(
                        Map.of(Areas.PERFORMANCE, other), foundation, other, warning, 1.0, Math.max(a, b), Math.min(a, b))));
        Arbitrary<ScoringStrategy> risk = Combinators.combine(Arbitraries.integers().between(1, 5),
                        Arbitraries.integers().between(1, 5), Arbitraries.integers().between(1, 4),
                        Arbitraries.integers().between(0, 10))
                .as((high, perArea, optimize, extra) -> new RiskCountStrategy(
                        new RiskCountStrategy.Config(high, perArea, optimize + extra, optimize)));
        Arbitrary<ScoringStrategy> fixed = Arbitraries.of(new WorstAreaStrategy(), new MaturityLevelsStrategy(),
                new GateStrategy(), new CompositeStrategy(), new AlwaysHealthy(), new AlwaysOptimize(),
                new CompositeStrategy(new AlwaysHealthy(), List.of(Floor.criticalRebuildIndicator())));
        return Arbitraries.oneOf(checklist, weighted, risk, fixed);
    }

    @Provide
    Arbitrary<EvidencePolicy> policies() {
        return Arbitraries.doubles().between(0, 1).map(EvidencePolicy::minimumCoverage);
    }

    @Property(tries = 400)
    void no_verdict_is_healthy_with_an_unknown_counted_area_or_coverage_under_the_minimum(
            @ForAll("levels") Map<String, Level> levels, @ForAll("strategies") ScoringStrategy strategy,
            @ForAll("policies") EvidencePolicy policy) {
        // WHEN
        Verdict verdict = Evaluator.evaluate(ScoringFixtures.audit(ScoringFixtures.T0, levels), strategy,
                AuditHistory.empty(), policy);
        // THEN
        assertThat(verdict.policy()).isEqualTo(policy);
        if (verdict.outcome() == Outcome.HEALTHY) {
            assertThat(verdict.areas()).as("%s", strategy.id())
                    .noneMatch(a -> a.coverage().applicable() > 0 && a.health() == Health.UNKNOWN);
            assertThat(policy.covers(verdict.coverage())).as("%s at %s", strategy.id(), verdict.coverage()).isTrue();
        }
        if (verdict.outcome() == Outcome.OPTIMIZE) {
            assertThat(policy.covers(verdict.coverage())).as("%s at %s", strategy.id(), verdict.coverage()).isTrue();
        }
    }

    @Property(tries = 400)
    void no_rationale_claims_a_condition_holds_unless_it_was_checked_and_holds(
            @ForAll("levels") Map<String, Level> levels, @ForAll("strategies") ScoringStrategy strategy) {
        // WHEN
        Verdict verdict = Evaluator.evaluate(ScoringFixtures.audit(ScoringFixtures.T0, levels), strategy);
        // THEN every condition is named in a rationale only with its own status
        for (ConditionCheck condition : verdict.conditions()) {
            for (Reason reason : verdict.rationale()) {
                int at = reason.text().indexOf(condition.statement() + " (");
                if (at >= 0) {
                    String status = reason.text().substring(at + condition.statement().length() + 2);
                    assertThat(status).as("%s in [%s]", condition.id(), reason.rule())
                            .startsWith(condition.status().word() + ":");
                }
            }
        }
        // and an OPTIMIZE of the checklist strategy rests on no failing condition
        if (verdict.outcome() == Outcome.OPTIMIZE && strategy instanceof ChecklistStrategy) {
            assertThat(verdict.conditions()).noneMatch(c -> c.status() == dev.backendaudit.model.CheckStatus.FAILS);
        }
    }

    @Property(tries = 100)
    void evaluation_gives_equal_verdicts_whatever_the_default_locale(@ForAll("levels") Map<String, Level> levels,
                                                                    @ForAll("strategies") ScoringStrategy strategy) {
        Locale original = Locale.getDefault();
        Audit audit = ScoringFixtures.audit(ScoringFixtures.T0, levels);
        try {
            Locale.setDefault(Locale.ROOT);
            Verdict expected = Evaluator.evaluate(audit, strategy);
            String text = VerdictText.render(expected);
            for (String tag : List.of("de-DE", "fr-FR", "ar-SA", "hi-IN", "th-TH-u-nu-thai")) {
                Locale.setDefault(Locale.forLanguageTag(tag));
                Verdict actual = Evaluator.evaluate(audit, strategy);
                assertThat(actual).as(tag).isEqualTo(expected);
                assertThat(VerdictText.render(actual)).as(tag).isEqualTo(text);
            }
        } finally {
            Locale.setDefault(original);
        }
    }

    @Property(tries = 200)
    void every_piece_of_evidence_appears_in_the_verdict_judged_or_as_context(
            @ForAll("levels") Map<String, Level> levels, @ForAll("strategies") ScoringStrategy strategy) {
        // GIVEN the checklist's evidence plus evidence no criterion reads: a team's own metric, throughput,
        // and a single measurement of a metric only a trend criterion reads
        Metric cost = Metric.of("cost.monthly-bill", Areas.DEPLOYMENT, "monthly cloud bill", Dimension.COUNT);
        Audit base = ScoringFixtures.audit(ScoringFixtures.T0, levels);
        List<Evidence> evidence = new java.util.ArrayList<>(base.evidence());
        evidence.add(Measurement.of(cost, Quantity.count(1200), Provenance.of("billing-export")));
        evidence.add(Measurement.of(Metrics.THROUGHPUT, Quantity.of(120, Unit.PER_SECOND), Provenance.manual()));
        if (levels.get(Criteria.THROUGHPUT_TREND.id()) != Level.NOT_APPLICABLE) {
            evidence.add(Measurement.of(Metrics.COMMIT_THROUGHPUT, Quantity.of(40, Unit.PER_WEEK), Provenance.manual()));
        }
        Audit audit = new Audit(base.subject(), base.at(), base.areas(), base.criteria(), evidence);
        // WHEN
        Verdict verdict = Evaluator.evaluate(audit, strategy);
        // THEN
        Set<Evidence> shown = Collections.newSetFromMap(new IdentityHashMap<>());
        verdict.findings().forEach(f -> f.evidence().ifPresent(shown::add));
        shown.addAll(verdict.context());
        assertThat(audit.evidence()).allMatch(shown::contains);
        assertThat(verdict.context()).extracting(e -> e.topic().id())
                .contains("cost.monthly-bill", Metrics.THROUGHPUT.id());
        boolean seriesJudged = levels.get(Criteria.THROUGHPUT_TREND.id()).isDecided();
        if (seriesJudged) {
            // the trend criterion reads the series; the single measurement of the same metric is context
            assertThat(verdict.context()).extracting(e -> e.topic().id()).contains(Metrics.COMMIT_THROUGHPUT.id());
        }
        for (Finding finding : verdict.findings()) {
            finding.evidence().ifPresent(e -> assertThat(verdict.context()).doesNotContain(e));
        }
        assertThat(verdict.areas()).extracting(AreaAssessment::area).doesNotHaveDuplicates();
    }
}
