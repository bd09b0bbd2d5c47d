package dev.backendaudit.scoring;

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
import dev.backendaudit.scoring.internal.Outcomes;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * Counts risks, the way risk registers and architecture reviews do: a critical finding is a high
 * risk, a warning a medium risk, counted per area and in total, and compared with thresholds.
 *
 * <ol>
 *   <li>REBUILD ({@value #TOO_MANY_RISKS}) when the high risks reach {@link Config#rebuildHigh()} in
 *       total (default 3) or {@link Config#rebuildHighPerArea()} in one area (default 2), or the
 *       risks of medium or higher severity reach {@link Config#rebuildMedium()} in total (default 10);</li>
 *   <li>OPTIMIZE ({@value #RISKS_PRESENT}) when there is a high risk or at least
 *       {@link Config#optimizeMedium()} risks of medium or higher severity (default 1);</li>
 *   <li>HEALTHY ({@value #NO_RISKS}) when none of that holds.</li>
 * </ol>
 *
 * <p>How much evidence each outcome needs is the engine's {@link dev.backendaudit.model.EvidencePolicy}:
 * "no risk found" on thin evidence is not HEALTHY.
 *
 * <p>The medium thresholds count high risks too, so that a medium risk turning high can never make
 * the outcome better: more or worse risks never give a better outcome. The verdict's figures hold {@link #HIGH}
 * and {@link #MEDIUM} (totals) and {@link #high(Area)}, {@link #medium(Area)} per area.
 *
 * <p>Choose it when the organisation already tracks risks by count (a review board, a risk
 * register), or when the number of problems matters more than which area they are in.
 *
 * <pre>{@code
 * Strategies.riskCount();
 * Strategies.riskCount(new RiskCountStrategy.Config(2, 1, 6, 3));
 * }</pre>
 */
@Value.Enclosing
public final class RiskCountStrategy extends ConfiguredStrategy<RiskCountStrategy.Config> {

    /** The strategy's name. */
    public static final String NAME = "risk-count";
    /** The strategy's version. */
    public static final String VERSION = "2.0";
    /** Rule id: a rebuild threshold is reached. */
    public static final String TOO_MANY_RISKS = "too-many-risks";
    /** Rule id: risks are present but under the rebuild thresholds. */
    public static final String RISKS_PRESENT = "risks-present";
    /** Rule id: no risk was found. */
    public static final String NO_RISKS = "no-risks";

    /** Figure: the number of high risks (critical findings). */
    public static final Figure<Double> HIGH = Figure.number(NAME, "high");
    /** Figure: the number of medium risks (warnings). */
    public static final Figure<Double> MEDIUM = Figure.number(NAME, "medium");

    /**
     * Figure: the high risks of {@code area}.
     *
     * @param area an area
     * @return the key
     */
    public static Figure<Double> high(Area area) {
        return Figure.number(NAME, "high." + area.id());
    }

    /**
     * Figure: the medium risks of {@code area}.
     *
     * @param area an area
     * @return the key
     */
    public static Figure<Double> medium(Area area) {
        return Figure.number(NAME, "medium." + area.id());
    }

    /**
     * The strategy's settings; every threshold is "at least".
     *
     * @param rebuildHigh        total high risks that mean REBUILD, &gt;= 1
     * @param rebuildHighPerArea high risks in one area that mean REBUILD, &gt;= 1
     * @param rebuildMedium      total risks of medium or higher severity that mean REBUILD, &gt;= {@code optimizeMedium}
     * @param optimizeMedium     total risks of medium or higher severity that mean OPTIMIZE, &gt;= 1
     */
    @Value.Builder
    public record Config(int rebuildHigh, int rebuildHighPerArea, int rebuildMedium, int optimizeMedium) implements RiskCountStrategySettings.WithConfig {

        /** 3 high risks, 2 in one area or 10 medium risks mean REBUILD; 1 medium risk means OPTIMIZE. */
        public static final Config DEFAULTS = new Config(3, 2, 10, 1);

        /** @throws IllegalArgumentException naming the threshold that breaks the rules above */
        public Config {
            atLeastOne("rebuildHigh", rebuildHigh);
            atLeastOne("rebuildHighPerArea", rebuildHighPerArea);
            atLeastOne("optimizeMedium", optimizeMedium);
            if (rebuildMedium < optimizeMedium) {
                throw new IllegalArgumentException("risk-count rebuildMedium must be >= optimizeMedium " + optimizeMedium
                        + ", but was " + rebuildMedium);
            }
        }

        private static void atLeastOne(String field, int value) {
            if (value < 1) {
                throw new IllegalArgumentException("risk-count " + field + " must be >= 1, but was " + value);
            }
        }
    }


    /** The strategy with {@link Config#DEFAULTS}; public for {@link java.util.ServiceLoader}. */
    public RiskCountStrategy() {
        this(Config.DEFAULTS);
    }

    /** The strategy with {@code config}. */
    public RiskCountStrategy(Config config) {
        super(NAME, VERSION, config);
    }




    @Override
    public Decision decide(Assessment assessment, AuditHistory history) {
        Checks.notNull("assessment", assessment);
        Checks.notNull("history", history);
        int high = 0;
        int medium = 0;
        List<String> crowded = new ArrayList<>();
        List<Object[]> perArea = new ArrayList<>();
        for (AreaAssessment area : assessment.areas()) {
            int areaHigh = 0;
            int areaMedium = 0;
            for (Finding finding : area.findings()) {
                if (finding.isAtLeast(Severity.CRITICAL)) {
                    areaHigh++;
                } else if (finding.isPresent()) {
                    areaMedium++;
                }
            }
            high += areaHigh;
            medium += areaMedium;
            if (areaHigh >= config().rebuildHighPerArea()) {
                crowded.add(area.area().name() + " has " + areaHigh);
            }
            perArea.add(new Object[] {area.area(), (double) areaHigh, (double) areaMedium});
        }
        Decision.Builder decision = choose(assessment, high, medium, crowded);
        decision.figure(HIGH, (double) high).figure(MEDIUM, (double) medium);
        for (Object[] counts : perArea) {
            decision.figure(high((Area) counts[0]), (Double) counts[1]).figure(medium((Area) counts[0]), (Double) counts[2]);
        }
        return decision.build();
    }

    private Decision.Builder choose(Assessment assessment, int high, int medium, List<String> crowded) {
        String counts = high + " high and " + medium + " medium risks";
        List<String> rebuild = new ArrayList<>();
        if (high >= config().rebuildHigh()) {
            rebuild.add(high + " high risks in total, at least " + config().rebuildHigh());
        }
        if (!crowded.isEmpty()) {
            rebuild.add("high risks concentrate in one area (" + String.join(", ", crowded) + "; at least "
                    + config().rebuildHighPerArea() + " in one area)");
        }
        if (high + medium >= config().rebuildMedium()) {
            rebuild.add((high + medium) + " risks of medium or higher severity in total, at least "
                    + config().rebuildMedium());
        }
        if (!rebuild.isEmpty()) {
            return Decision.builder(Outcome.REBUILD).reason(TOO_MANY_RISKS, "Too many risks to optimize away: "
                    + String.join("; ", rebuild));
        }
        if (high > 0 || high + medium >= config().optimizeMedium()) {
            return Decision.builder(Outcome.OPTIMIZE).reason(RISKS_PRESENT, counts + ", under the rebuild thresholds ("
                    + config().rebuildHigh() + " high, " + config().rebuildHighPerArea() + " high in one area, "
                    + config().rebuildMedium() + " medium or higher)");
        }
        return Decision.builder(Outcome.HEALTHY).reason(NO_RISKS, counts + " found among the " + assessment.coverage()
                .decided() + " decided criteria");
    }

}
