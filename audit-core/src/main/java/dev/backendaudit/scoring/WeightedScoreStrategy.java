package dev.backendaudit.scoring;

import dev.backendaudit.checklist.Areas;
import dev.backendaudit.internal.Checks;
import dev.backendaudit.model.Area;
import dev.backendaudit.model.AreaAssessment;
import dev.backendaudit.model.Assessment;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Decision;
import dev.backendaudit.model.Figure;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.Severity;
import dev.backendaudit.model.UnknownIdException;
import dev.backendaudit.scoring.internal.Outcomes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A score from 0 to 100, the way maturity scorecards and code-quality ratings work: every decided
 * criterion of an area is worth the same share of that area's points, a present finding loses
 * {@link Config#warningPenalty()} or {@link Config#criticalPenalty()} of its share, and the areas
 * are combined by their weights. The score falls into a band: at least {@link Config#healthyFrom()}
 * is HEALTHY, at least {@link Config#optimizeFrom()} is OPTIMIZE, anything lower is REBUILD.
 *
 * <p>Only decided criteria are scored, so missing evidence neither earns nor loses points; the engine's
 * {@link dev.backendaudit.model.EvidencePolicy} keeps a score on thin evidence from deciding (a score
 * in the healthy band with an area without evidence is not HEALTHY; a low score that more evidence could
 * raise is not REBUILD). Worsening a finding never raises the score.
 *
 * <p>Choose it when teams want one comparable number per service (for a portfolio or a trend
 * chart) and agree on what each area is worth. The verdict's figures hold the {@link #SCORE} (a number),
 * the {@link #BAND} and, per scored area, its {@link #contribution(Area) contribution} (points earned) of
 * its {@link #share(Area) share} (points the area can give): 13.3 of 16.7.
 *
 * <pre>{@code
 * Strategies.weightedScore();                                   // foundation areas weigh 2, the others 1
 * Strategies.weightedScore(WeightedScoreStrategy.Config.DEFAULTS
 *         .withAreaWeights(Map.of(Areas.PERFORMANCE, 3.0))
 *         .withHealthyFrom(85));
 * }</pre>
 */
@Value.Enclosing
public final class WeightedScoreStrategy extends ConfiguredStrategy<WeightedScoreStrategy.Config> {

    /** The strategy's name. */
    public static final String NAME = "weighted-score";
    /** The strategy's version. */
    public static final String VERSION = "2.0";
    /** Rule id: the score fell into a band. */
    public static final String SCORE_BAND = "score-band";
    /** Rule id: no weighted area has any decided criterion. */
    public static final String NO_EVIDENCE = "no-evidence";

    /** Figure: the score, 0 to 100; absent when nothing could be scored. */
    public static final Figure<Double> SCORE = Figure.number(NAME, "score");
    /** Figure: the band the score fell into, e.g. {@code "OPTIMIZE [50, 80)"}. */
    public static final Figure<String> BAND = Figure.text(NAME, "band");

    /**
     * Figure: the points {@code area} earned of the whole score; absent when the area is not weighted or
     * has no decided criterion.
     *
     * @param area an area
     * @return the key
     */
    public static Figure<Double> contribution(Area area) {
        return Figure.number(NAME, "contribution." + area.id());
    }

    /**
     * Figure: the points {@code area} can give to the whole score (its weight's share of 100).
     *
     * @param area an area
     * @return the key
     */
    public static Figure<Double> share(Area area) {
        return Figure.number(NAME, "share." + area.id());
    }

    /**
     * The strategy's settings. Weights are keyed by area, not by id, so a weight cannot name an area
     * by a misspelled id; a weight for an area the audit does not have fails when deciding.
     *
     * @param areaWeights      weight per area, each &gt;= 0 (0 leaves the area out)
     * @param foundationWeight weight of foundation areas not in {@code areaWeights}, &gt;= 0
     * @param defaultWeight    weight of the other areas not in {@code areaWeights}, &gt;= 0
     * @param warningPenalty   share of a criterion's points a warning loses, in [0, 1]
     * @param criticalPenalty  share a critical finding loses, in [{@code warningPenalty}, 1]
     * @param healthyFrom      the lowest HEALTHY score, in [{@code optimizeFrom}, 100]
     * @param optimizeFrom     the lowest OPTIMIZE score, in [0, {@code healthyFrom}]; lower is REBUILD
     */
    @Value.Builder
    public record Config(Map<Area, Double> areaWeights, double foundationWeight, double defaultWeight,
                         double warningPenalty, double criticalPenalty, double healthyFrom, double optimizeFrom) implements WeightedScoreStrategySettings.WithConfig {

        /**
         * Foundation areas (Architecture, Scalability) weigh 2, the others 1; a warning loses half a
         * criterion's points, a critical finding all of them; 80 and above is HEALTHY, 50 and above
         * OPTIMIZE.
         */
        public static final Config DEFAULTS = new Config(Map.of(), 2.0, 1.0, 0.5, 1.0, 80, 50);

        /** @throws IllegalArgumentException naming the field and value that break the rules above */
        public Config {
            areaWeights = Map.copyOf(Checks.mapCopy("weighted-score areaWeights", areaWeights));
            areaWeights.forEach((area, weight) -> weight("weighted-score areaWeights[" + area.id() + "]", weight));
            weight("weighted-score foundationWeight", foundationWeight);
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
        }

        private static void weight(String field, double weight) {
            Checks.finite(field, weight);
            if (weight < 0) {
                throw new IllegalArgumentException(field + " must be >= 0, but was " + weight);
            }
        }


        /**
         * The weight of {@code area}.
         *
         * @param area an area
         * @return its weight
         */
        public double weightOf(Area area) {
            Double given = areaWeights.get(area);
            if (given != null) {
                return given;
            }
            return area.foundation() ? foundationWeight : defaultWeight;
        }
    }


    /** The strategy with {@link Config#DEFAULTS}; public for {@link java.util.ServiceLoader}. */
    public WeightedScoreStrategy() {
        this(Config.DEFAULTS);
    }

    /** The strategy with {@code config}. */
    public WeightedScoreStrategy(Config config) {
        super(NAME, VERSION, config);
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
                weights[i] = config().weightOf(areas.get(i).area());
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
                lost += finding.isAtLeast(Severity.CRITICAL) ? config().criticalPenalty() : config().warningPenalty();
            }
        }
        return decided == 0 ? Double.NaN : 100 * (1 - lost / decided);
    }

    @Override
    public Decision decide(Assessment assessment, AuditHistory history) {
        Checks.notNull("assessment", assessment);
        Checks.notNull("history", history);
        checkWeightedAreas(assessment);
        Scores scores = new Scores(assessment);
        double score = scores.total;
        if (Double.isNaN(score)) {
            return Decision.builder(Outcome.INCONCLUSIVE)
                    .reason(NO_EVIDENCE, "No weighted area of " + assessment.subject() + " has a decided criterion,"
                            + " so there is nothing to score").build();
        }
        String shown = Outcomes.oneDecimal(score);
        Outcome band = score >= config().healthyFrom() ? Outcome.HEALTHY
                : score >= config().optimizeFrom() ? Outcome.OPTIMIZE : Outcome.REBUILD;
        Decision.Builder decision = Decision.builder(band).reason(SCORE_BAND, "The weighted score is " + shown
                + " of 100 over the decided criteria, in the " + bandText(band) + " band; " + mostLost(scores));
        decision.figure(SCORE, score).figure(BAND, bandText(band));
        for (int i = 0; i < scores.areas.size(); i++) {
            if (scores.scored(i)) {
                Area area = scores.areas.get(i).area();
                decision.figure(contribution(area), scores.weights[i] * scores.areaScores[i] / scores.totalWeight)
                        .figure(share(area), 100 * scores.weights[i] / scores.totalWeight);
            }
        }
        return decision.build();
    }

    /** A weight given for an area the audit does not have is a mistake, not a weight of zero. */
    private void checkWeightedAreas(Assessment assessment) {
        List<String> audited = assessment.areas().stream().map(a -> a.area().id()).toList();
        for (Area area : config().areaWeights().keySet().stream().sorted(java.util.Comparator.comparing(Area::id)).toList()) {
            if (!audited.contains(area.id())) {
                throw new UnknownIdException("weighted-score areaWeights name area '" + area.id()
                        + "', which the audit of " + assessment.subject() + " does not have", area.id(), audited);
            }
        }
    }

    private String bandText(Outcome band) {
        String healthy = Outcomes.oneDecimal(config().healthyFrom());
        String optimize = Outcomes.oneDecimal(config().optimizeFrom());
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

}
