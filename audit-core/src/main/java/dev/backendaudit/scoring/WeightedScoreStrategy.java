package dev.backendaudit.scoring;

import dev.backendaudit.checklist.Areas;
import dev.backendaudit.internal.Checks;
import dev.backendaudit.model.AreaAssessment;
import dev.backendaudit.model.Assessment;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.Severity;
import dev.backendaudit.scoring.internal.Outcomes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A score from 0 to 100, the way maturity scorecards and code-quality ratings work: every decided
 * criterion of an area is worth the same share of that area's points, a present finding loses
 * {@link Config#warningPenalty()} or {@link Config#criticalPenalty()} of its share, and the areas
 * are combined by their weights. The score falls into a band: at least {@link Config#healthyFrom()}
 * is HEALTHY, at least {@link Config#optimizeFrom()} is OPTIMIZE, anything lower is REBUILD.
 *
 * <p>Only decided criteria are scored, so missing evidence neither earns nor loses points; instead
 * the verdict is INCONCLUSIVE ({@value #INSUFFICIENT_EVIDENCE}) when coverage is under
 * {@link Config#minimumCoverage()}, and a score in the healthy band is INCONCLUSIVE
 * ({@value #UNKNOWN_AREAS}) while a weighted area has no evidence at all. Worsening a finding never
 * raises the score.
 *
 * <p>Choose it when teams want one comparable number per service (for a portfolio or a trend
 * chart) and agree on what each area is worth. The verdict's details hold {@code score}, {@code band}
 * and, per area, {@code contribution.<area-id>} ({@code "13.3 of 16.7"}: points earned of the
 * points the area can give).
 *
 * <pre>{@code
 * Strategies.weightedScore();                                   // foundation areas weigh 2, the others 1
 * Strategies.weightedScore(WeightedScoreStrategy.Config.DEFAULTS
 *         .withWeights(Map.of("performance", 3.0), 1.0)
 *         .withBands(85, 60));
 * }</pre>
 */
public final class WeightedScoreStrategy implements ScoringStrategy {

    /** The strategy's name. */
    public static final String NAME = "weighted-score";
    /** The strategy's version. */
    public static final String VERSION = "1.0";
    /** Rule id: the score fell into a band. */
    public static final String SCORE_BAND = "score-band";
    /** Rule id: coverage is under the minimum. */
    public static final String INSUFFICIENT_EVIDENCE = "insufficient-evidence";
    /** Rule id: the score is healthy but a weighted area has no evidence. */
    public static final String UNKNOWN_AREAS = "unknown-areas";
    /** Rule id: no weighted area has any decided criterion. */
    public static final String NO_EVIDENCE = "no-evidence";

    /**
     * The strategy's settings.
     *
     * @param areaWeights     weight per area id, each &gt;= 0 (0 leaves the area out)
     * @param defaultWeight   weight of areas not in {@code areaWeights}, &gt;= 0
     * @param warningPenalty  share of a criterion's points a warning loses, in [0, 1]
     * @param criticalPenalty share a critical finding loses, in [{@code warningPenalty}, 1]
     * @param healthyFrom     the lowest HEALTHY score, in [{@code optimizeFrom}, 100]
     * @param optimizeFrom    the lowest OPTIMIZE score, in [0, {@code healthyFrom}]; lower is REBUILD
     * @param minimumCoverage the least coverage, in [0, 1], from which a decision is made
     */
    public record Config(Map<String, Double> areaWeights, double defaultWeight, double warningPenalty,
                         double criticalPenalty, double healthyFrom, double optimizeFrom, double minimumCoverage) {

        /**
         * Foundation areas (Architecture, Scalability) weigh 2, the others 1; a warning loses half a
         * criterion's points, a critical finding all of them; 80 and above is HEALTHY, 50 and above
         * OPTIMIZE; at least half of the criteria must be decided.
         */
        public static final Config DEFAULTS = new Config(
                Map.of(Areas.ARCHITECTURE.id(), 2.0, Areas.SCALABILITY.id(), 2.0), 1.0, 0.5, 1.0, 80, 50, 0.5);

        /** @throws IllegalArgumentException naming the field and value that break the rules above */
        public Config {
            areaWeights = Map.copyOf(Checks.mapCopy("weighted-score areaWeights", areaWeights));
            areaWeights.forEach((area, weight) -> weight("weighted-score areaWeights[" + area + "]", weight));
            weight("weighted-score defaultWeight", defaultWeight);
            Checks.ratio("weighted-score warningPenalty", warningPenalty);
            Checks.ratio("weighted-score criticalPenalty", criticalPenalty);
            if (criticalPenalty < warningPenalty) {
                throw new IllegalArgumentException("weighted-score criticalPenalty must be >= warningPenalty "
                        + warningPenalty + ", but was " + criticalPenalty);
            }
            Checks.finite("weighted-score healthyFrom", healthyFrom);
            Checks.finite("weighted-score optimizeFrom", optimizeFrom);
            if (optimizeFrom < 0 || optimizeFrom > healthyFrom || healthyFrom > 100) {
                throw new IllegalArgumentException("weighted-score bands must satisfy 0 <= optimizeFrom <= healthyFrom"
                        + " <= 100, but optimizeFrom was " + optimizeFrom + " and healthyFrom " + healthyFrom);
            }
            Checks.ratio("weighted-score minimumCoverage", minimumCoverage);
        }

        private static void weight(String field, double weight) {
            Checks.finite(field, weight);
            if (weight < 0) {
                throw new IllegalArgumentException(field + " must be >= 0, but was " + weight);
            }
        }

        /** These settings with other area weights. */
        public Config withWeights(Map<String, Double> weights, double otherAreas) {
            return new Config(weights, otherAreas, warningPenalty, criticalPenalty, healthyFrom, optimizeFrom,
                    minimumCoverage);
        }

        /** These settings with other bands. */
        public Config withBands(double healthy, double optimize) {
            return new Config(areaWeights, defaultWeight, warningPenalty, criticalPenalty, healthy, optimize,
                    minimumCoverage);
        }

        /** The weight of the area with {@code areaId}. */
        public double weightOf(String areaId) {
            return areaWeights.getOrDefault(areaId, defaultWeight);
        }
    }

    private final Config config;

    /** The strategy with {@link Config#DEFAULTS}; public for {@link java.util.ServiceLoader}. */
    public WeightedScoreStrategy() {
        this(Config.DEFAULTS);
    }

    /** The strategy with {@code config}. */
    public WeightedScoreStrategy(Config config) {
        this.config = Checks.notNull("config", config);
    }

    /** This strategy's settings. */
    public Config config() {
        return config;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String version() {
        return VERSION;
    }

    /**
     * The score of {@code assessment}, in [0, 100], or NaN when no weighted area has a decided criterion.
     * Exposed so that callers can chart it; {@link #decide} reports it as the {@code score} detail.
     */
    public double score(Assessment assessment) {
        Checks.notNull("assessment", assessment);
        return new Scores(assessment).total;
    }

    /** Each area's score and weight, computed once per decision. */
    private final class Scores {
        final List<AreaAssessment> areas;
        final double[] areaScores;
        final double[] weights;
        final double totalWeight;
        final double total;

        Scores(Assessment assessment) {
            areas = assessment.areas();
            areaScores = new double[areas.size()];
            weights = new double[areas.size()];
            double weighted = 0;
            double sum = 0;
            for (int i = 0; i < areas.size(); i++) {
                areaScores[i] = areaScore(areas.get(i));
                weights[i] = config.weightOf(areas.get(i).area().id());
                if (weights[i] > 0 && !Double.isNaN(areaScores[i])) {
                    weighted += weights[i] * areaScores[i];
                    sum += weights[i];
                }
            }
            totalWeight = sum;
            total = sum == 0 ? Double.NaN : weighted / sum;
        }

        boolean scored(int i) {
            return weights[i] > 0 && !Double.isNaN(areaScores[i]);
        }

        /** The points area {@code i} lost from the whole score. */
        double lost(int i) {
            return weights[i] * (100 - areaScores[i]) / totalWeight;
        }
    }

    /** The area's score in [0, 100] over its decided criteria; NaN when none is decided. */
    private double areaScore(AreaAssessment area) {
        int decided = 0;
        double lost = 0;
        for (Finding finding : area.findings()) {
            if (!finding.status().isDecided()) {
                continue;
            }
            decided++;
            if (finding.isPresent()) {
                lost += finding.isAtLeast(Severity.CRITICAL) ? config.criticalPenalty() : config.warningPenalty();
            }
        }
        return decided == 0 ? Double.NaN : 100 * (1 - lost / decided);
    }

    @Override
    public Decision decide(Assessment assessment, AuditHistory history) {
        Checks.notNull("assessment", assessment);
        Checks.notNull("history", history);
        Scores scores = new Scores(assessment);
        double score = scores.total;
        if (Double.isNaN(score)) {
            return Decision.builder(Outcome.INCONCLUSIVE)
                    .reason(NO_EVIDENCE, "No weighted area of " + assessment.subject() + " has a decided criterion,"
                            + " so there is nothing to score")
                    .detail("score", "none").build();
        }
        String shown = Outcomes.oneDecimal(score);
        Outcome band = score >= config.healthyFrom() ? Outcome.HEALTHY
                : score >= config.optimizeFrom() ? Outcome.OPTIMIZE : Outcome.REBUILD;
        Decision.Builder decision;
        if (assessment.coverage().ratio() < config.minimumCoverage()) {
            decision = Decision.builder(Outcome.INCONCLUSIVE).reason(INSUFFICIENT_EVIDENCE, "The score " + shown
                    + " rests on too little evidence: coverage " + assessment.coverage() + " is under the "
                    + Quantity.ratio(config.minimumCoverage()) + " minimum");
        } else {
            List<AreaAssessment> unknown = Outcomes.unknownAreas(assessment).stream()
                    .filter(a -> config.weightOf(a.area().id()) > 0).toList();
            if (band == Outcome.HEALTHY && !unknown.isEmpty()) {
                decision = Decision.builder(Outcome.INCONCLUSIVE).reason(UNKNOWN_AREAS, "The score " + shown
                        + " is in the healthy band, but " + Outcomes.names(unknown) + (unknown.size() == 1 ? " has" : " have")
                        + " no evidence, so the system cannot be called healthy");
            } else {
                decision = Decision.builder(band).reason(SCORE_BAND, "The weighted score is " + shown + " of 100, in the "
                        + bandText(band) + " band; " + mostLost(scores));
            }
        }
        decision.detail("score", shown).detail("band", bandText(band));
        for (int i = 0; i < scores.areas.size(); i++) {
            String key = "contribution." + scores.areas.get(i).area().id();
            if (scores.weights[i] == 0) {
                decision.detail(key, "not weighted");
            } else if (Double.isNaN(scores.areaScores[i])) {
                decision.detail(key, "not scored (no evidence)");
            } else {
                decision.detail(key, Outcomes.oneDecimal(scores.weights[i] * scores.areaScores[i] / scores.totalWeight)
                        + " of " + Outcomes.oneDecimal(100 * scores.weights[i] / scores.totalWeight));
            }
        }
        return decision.build();
    }

    private String bandText(Outcome band) {
        String healthy = Outcomes.oneDecimal(config.healthyFrom());
        String optimize = Outcomes.oneDecimal(config.optimizeFrom());
        switch (band) {
            case HEALTHY: return "HEALTHY [" + healthy + ", 100]";
            case OPTIMIZE: return "OPTIMIZE [" + optimize + ", " + healthy + ")";
            default: return "REBUILD [0, " + optimize + ")";
        }
    }

    /** Names the (at most three) areas that lost the most points, so that the rationale says where the score went. */
    private static String mostLost(Scores scores) {
        List<Integer> losing = new ArrayList<>();
        for (int i = 0; i < scores.areas.size(); i++) {
            if (scores.scored(i) && scores.lost(i) > 0) {
                losing.add(i);
            }
        }
        // stable sort: equal losses keep the audit's area order
        losing.sort((a, b) -> Double.compare(scores.lost(b), scores.lost(a)));
        List<String> losses = new ArrayList<>();
        for (int i : losing.subList(0, Math.min(3, losing.size()))) {
            losses.add(scores.areas.get(i).area().name() + " lost " + Outcomes.oneDecimal(scores.lost(i)));
        }
        return losses.isEmpty() ? "no area lost points" : "most points lost: " + String.join(", ", losses);
    }

    @Override
    public String toString() {
        return NAME + " " + VERSION + " " + config;
    }
}
