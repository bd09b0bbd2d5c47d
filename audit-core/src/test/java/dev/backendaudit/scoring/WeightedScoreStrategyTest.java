package dev.backendaudit.scoring;

import static dev.backendaudit.scoring.testing.ScoringFixtures.assess;
import static dev.backendaudit.scoring.testing.ScoringFixtures.levels;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendaudit.checklist.Areas;
import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.model.Area;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Criterion;
import dev.backendaudit.model.Decision;
import dev.backendaudit.model.EvidencePolicy;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.scoring.testing.ScoringFixtures;
import dev.backendaudit.test.AuditFixtures.Level;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeightedScoreStrategyTest {

    private static final List<Criterion> PERFORMANCE = List.of(Criteria.P50_NORMAL, Criteria.P95_NORMAL,
            Criteria.P99_NORMAL, Criteria.P50_PEAK, Criteria.P95_PEAK, Criteria.P99_PEAK, Criteria.PEAK_SLOWDOWN,
            Criteria.QUERIES_EFFICIENT, Criteria.KNOWN_BOTTLENECKS);

    /** Only Performance counts, so that the expected scores are easy to work out by hand. */
    private final WeightedScoreStrategy performanceOnly = new WeightedScoreStrategy(
            WeightedScoreStrategy.Config.DEFAULTS.withAreaWeights(Map.of(Areas.PERFORMANCE, 1.0))
                    .withFoundationWeight(0).withDefaultWeight(0));

    private static Map<String, Level> performanceAt(int count, Level level) {
        Map<String, Level> levels = levels();
        PERFORMANCE.subList(0, count).forEach(c -> levels.put(c.id(), level));
        return levels;
    }

    /** An area's contribution of its share, as a person reads it: {@code "13.3 of 16.7"}. */
    private static String shown(Decision decision, dev.backendaudit.model.Area area) {
        return decision.figures().format(WeightedScoreStrategy.contribution(area)) + " of "
                + decision.figures().format(WeightedScoreStrategy.share(area));
    }

    @Test
    void should_score_100_and_show_each_areas_share_when_everything_is_healthy() {
        // GIVEN / WHEN
        Decision decision = new WeightedScoreStrategy().decide(assess(levels()), AuditHistory.empty());
        // THEN foundation areas weigh 2 of 8, the others 1 of 8
        assertThat(decision.outcome()).isEqualTo(Outcome.HEALTHY);
        assertThat(decision.figures().get(WeightedScoreStrategy.SCORE)).contains(100.0);
        assertThat(shown(decision, Areas.ARCHITECTURE)).isEqualTo("25 of 25");
        assertThat(shown(decision, Areas.SCALABILITY)).isEqualTo("25 of 25");
        assertThat(shown(decision, Areas.PERFORMANCE)).isEqualTo("12.5 of 12.5");
        assertThat(decision.figures().get(WeightedScoreStrategy.BAND)).contains("HEALTHY [80, 100]");
        assertThat(decision.rationale()).extracting(r -> r.rule()).containsExactly(WeightedScoreStrategy.SCORE_BAND);
    }

    @Test
    void should_lose_half_a_criterions_share_for_a_warning_and_all_of_it_for_a_critical_finding() {
        // GIVEN 3 of 9 Performance criteria at warning: 100 * (1 - 1.5 / 9) = 83.3
        // WHEN
        Decision three = performanceOnly.decide(assess(performanceAt(3, Level.WARNING)), AuditHistory.empty());
        // 6 of 9 at warning: 100 * (1 - 3 / 9) = 66.7
        Decision six = performanceOnly.decide(assess(performanceAt(6, Level.WARNING)), AuditHistory.empty());
        // 6 of 9 critical (threshold criteria): 100 * (1 - 6 / 9) = 33.3
        Decision critical = performanceOnly.decide(assess(performanceAt(6, Level.CRITICAL)), AuditHistory.empty());
        // THEN
        assertThat(three.figures().format(WeightedScoreStrategy.SCORE)).isEqualTo("83.3");
        assertThat(shown(three, Areas.PERFORMANCE)).isEqualTo("83.3 of 100");
        assertThat(three.figures().get(WeightedScoreStrategy.contribution(Areas.ARCHITECTURE))).as("not weighted").isEmpty();
        assertThat(three.outcome()).isEqualTo(Outcome.HEALTHY);
        assertThat(six.figures().format(WeightedScoreStrategy.SCORE)).isEqualTo("66.7");
        assertThat(six.outcome()).isEqualTo(Outcome.OPTIMIZE);
        assertThat(six.rationale().get(0).text()).contains("66.7").contains("OPTIMIZE [50, 80)")
                .contains("Performance lost 33.3");
        assertThat(critical.figures().format(WeightedScoreStrategy.SCORE)).isEqualTo("33.3");
        assertThat(critical.outcome()).isEqualTo(Outcome.REBUILD);
    }

    @Test
    void should_follow_configured_bands() {
        // GIVEN a stricter healthy band
        WeightedScoreStrategy strict = new WeightedScoreStrategy(performanceOnly.config().withHealthyFrom(90).withOptimizeFrom(70));
        // WHEN 83.3 and 66.7
        Outcome three = strict.decide(assess(performanceAt(3, Level.WARNING)), AuditHistory.empty()).outcome();
        Outcome six = strict.decide(assess(performanceAt(6, Level.WARNING)), AuditHistory.empty()).outcome();
        // THEN
        assertThat(three).isEqualTo(Outcome.OPTIMIZE);
        assertThat(six).isEqualTo(Outcome.REBUILD);
    }

    @Test
    void should_be_inconclusive_when_coverage_is_too_low_but_still_show_the_score() {
        // GIVEN only a few criteria decided
        Map<String, Level> levels = ScoringFixtures.all(Level.UNKNOWN);
        levels.put(Criteria.P95_PEAK.id(), Level.HEALTHY);
        levels.put(Criteria.MODULAR.id(), Level.HEALTHY);
        // WHEN
        Verdict verdict = ScoringFixtures.verdict(new WeightedScoreStrategy(), ScoringFixtures.T0, levels,
                AuditHistory.empty());
        // THEN the engine's evidence policy, not the strategy, refuses the healthy band
        assertThat(verdict.outcome()).isEqualTo(Outcome.INCONCLUSIVE);
        assertThat(verdict.firedRules()).containsExactly(EvidencePolicy.RULE, WeightedScoreStrategy.SCORE_BAND);
        assertThat(verdict.figure(WeightedScoreStrategy.SCORE)).contains(100.0);
        assertThat(verdict.figure(WeightedScoreStrategy.contribution(Areas.MONITORING))).as("not scored").isEmpty();
        assertThat(verdict.figure(EvidencePolicy.STRATEGY_OUTCOME)).contains(Outcome.HEALTHY);
    }

    @Test
    void should_not_rebuild_on_a_low_score_that_more_evidence_could_raise() {
        // GIVEN two criteria decided, both critical: a score of 0 over what is known
        Map<String, Level> levels = ScoringFixtures.all(Level.UNKNOWN);
        levels.put(Criteria.P95_PEAK.id(), Level.CRITICAL);
        levels.put(Criteria.P99_PEAK.id(), Level.CRITICAL);
        // WHEN
        Verdict verdict = ScoringFixtures.verdict(new WeightedScoreStrategy(), ScoringFixtures.T0, levels,
                AuditHistory.empty());
        // THEN
        assertThat(verdict.outcome()).isEqualTo(Outcome.INCONCLUSIVE);
        assertThat(verdict.rationale().get(0).text()).contains("the missing evidence could undo it (with every"
                + " undecided criterion absent the strategy decides HEALTHY)");
    }

    @Test
    void should_not_call_a_system_healthy_while_a_weighted_area_has_no_evidence() {
        // GIVEN Monitoring unknown, the rest healthy
        Map<String, Level> levels = levels(Criteria.REAL_TIME_MONITORING, Level.UNKNOWN, Criteria.ALERTING, Level.UNKNOWN,
                Criteria.DETECTED_FIRST, Level.UNKNOWN, Criteria.TIME_TO_RESTORE, Level.UNKNOWN,
                Criteria.ERROR_RATE, Level.UNKNOWN);
        // WHEN
        Verdict verdict = ScoringFixtures.verdict(new WeightedScoreStrategy(), ScoringFixtures.T0, levels,
                AuditHistory.empty());
        // THEN
        assertThat(verdict.outcome()).isEqualTo(Outcome.INCONCLUSIVE);
        assertThat(verdict.firedRules()).startsWith(EvidencePolicy.RULE);
        assertThat(verdict.rationale().get(0).text()).contains("Monitoring & reliability has no evidence");
    }

    @Test
    void should_refuse_a_weight_for_an_area_the_audit_does_not_have() {
        // GIVEN a weight for a team's own area this audit does not have
        Area security = Area.of("security", "Security", "patched", "unpatched");
        WeightedScoreStrategy strategy = new WeightedScoreStrategy(WeightedScoreStrategy.Config.DEFAULTS
                .withAreaWeights(Map.of(security, 3.0)));
        // WHEN / THEN
        assertThatThrownBy(() -> strategy.decide(assess(levels()), AuditHistory.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("weighted-score areaWeights name area 'security', which the audit of checkout-service does"
                        + " not have; known: [architecture, code-quality, deployment, monitoring, performance, scalability]");
    }

    @Test
    void should_be_inconclusive_when_nothing_can_be_scored() {
        // GIVEN / WHEN
        Decision decision = new WeightedScoreStrategy().decide(assess(ScoringFixtures.all(Level.UNKNOWN)),
                AuditHistory.empty());
        // THEN
        assertThat(decision.outcome()).isEqualTo(Outcome.INCONCLUSIVE);
        assertThat(decision.figures().get(WeightedScoreStrategy.SCORE)).isEmpty();
        assertThat(new WeightedScoreStrategy().score(assess(ScoringFixtures.all(Level.UNKNOWN)))).isNaN();
    }

    @Test
    void should_reject_settings_that_break_the_rules_with_the_field_and_value() {
        // GIVEN / WHEN / THEN
        assertThatThrownBy(() -> WeightedScoreStrategy.Config.DEFAULTS.withAreaWeights(Map.of(Areas.PERFORMANCE, -1.0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("weighted-score areaWeights[performance] must be >= 0, but was -1.0");
        assertThatThrownBy(() -> WeightedScoreStrategy.Config.DEFAULTS.withHealthyFrom(40))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("optimizeFrom was 50.0 and healthyFrom 40.0");
        assertThatThrownBy(() -> new WeightedScoreStrategy.Config(Map.of(), 2, 1, 0.8, 0.5, 80, 50))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("weighted-score criticalPenalty must be >= warningPenalty 0.8, but was 0.5");
    }
}
