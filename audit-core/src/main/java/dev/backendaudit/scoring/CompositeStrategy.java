package dev.backendaudit.scoring;

import dev.backendaudit.checklist.Areas;
import dev.backendaudit.internal.Checks;
import dev.backendaudit.model.Assessment;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Decision;
import dev.backendaudit.model.Figure;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Reason;
import dev.backendaudit.scoring.internal.Outcomes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Combines strategies: a base strategy decides, and {@link Floor}s (conditions, or other strategies
 * acting as vetoes) put a lower bound under its outcome. The outcome is the worst of the base
 * outcome and every floor that fired; it is never better than any fired floor allows. When the
 * base is INCONCLUSIVE it stays so, unless a floor demands REBUILD, which needs no more evidence.
 *
 * <p>The rationale lists the floors that raised the outcome, then the base's reasons, then floors
 * that fired without changing anything; each floor's reason carries the floor's id as its rule.
 * The figures hold {@link #BASE_OUTCOME}, {@link #FLOORS_FIRED}, and the base's own figures under their
 * own keys, so that {@code verdict.figure(WeightedScoreStrategy.SCORE)} reads a composite's score too.
 *
 * <p>The default (the one loaded by name) is the weighted score with these floors: a critical
 * finding in Scalability or in Architecture means at least OPTIMIZE, a critical rebuild indicator
 * means REBUILD, and the default {@link GateStrategy} vetoes outcomes better than its own.
 *
 * <p>Choose it when one number or model should decide most of the time, but some facts must
 * override it ("any critical finding in Scalability means at least OPTIMIZE, whatever the score").
 * The version names the parts, so verdicts of differently composed strategies are not comparable.
 *
 * <pre>{@code
 * Strategies.composite(Strategies.weightedScore(), List.of(
 *         Floor.criticalIn(Areas.SCALABILITY, Outcome.OPTIMIZE),
 *         Floor.veto(Strategies.gate())));
 * }</pre>
 */
public final class CompositeStrategy implements ScoringStrategy {

    /** The strategy's name. */
    public static final String NAME = "composite";
    /** The version of the combining rules; {@link #version()} adds the parts. */
    public static final String VERSION = "2.0";
    /** Figure: what the base strategy decided before the floors. */
    public static final Figure<Outcome> BASE_OUTCOME = Figure.outcome(NAME, "base-outcome");
    /** Figure: the ids of the floors that fired, in order. */
    public static final Figure<List<String>> FLOORS_FIRED = Figure.names(NAME, "floors-fired");

    private final ScoringStrategy base;
    private final List<Floor> floors;
    private final String version;

    /** The default composite described above; public for {@link java.util.ServiceLoader}. */
    public CompositeStrategy() {
        this(new WeightedScoreStrategy(), List.of(Floor.criticalIn(Areas.SCALABILITY, Outcome.OPTIMIZE),
                Floor.criticalIn(Areas.ARCHITECTURE, Outcome.OPTIMIZE), Floor.criticalRebuildIndicator(),
                Floor.veto(new GateStrategy())));
    }

    /**
     * {@code base} under {@code floors}.
     *
     * @throws IllegalArgumentException if two floors share an id
     */
    public CompositeStrategy(ScoringStrategy base, List<Floor> floors) {
        this.base = Checks.notNull("composite base", base);
        this.floors = Checks.listCopy("composite floors", floors);
        Set<String> ids = new HashSet<>();
        for (Floor floor : this.floors) {
            if (!ids.add(floor.id())) {
                throw new IllegalArgumentException("composite floor ids must be unique, but '" + floor.id()
                        + "' appears twice");
            }
        }
        this.version = VERSION + " (" + base.id() + (this.floors.isEmpty() ? "" : "; floors "
                + this.floors.stream().map(Floor::id).collect(Collectors.joining(", "))) + ")";
    }

    /** The base strategy. */
    public ScoringStrategy base() {
        return base;
    }

    /** The floors, in order. */
    public List<Floor> floors() {
        return floors;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** {@code "1.0 (weighted-score 1.0; floors critical-in-scalability, veto-gate)"}. */
    @Override
    public String version() {
        return version;
    }

    @Override
    public Decision decide(Assessment assessment, AuditHistory history) {
        Checks.notNull("assessment", assessment);
        Checks.notNull("history", history);
        Decision baseDecision = base.decide(assessment, history);
        Outcome outcome = baseDecision.outcome();
        List<Reason> raised = new ArrayList<>();
        List<Reason> alsoFired = new ArrayList<>();
        List<String> firedIds = new ArrayList<>();
        List<Floor.Fired> fired = new ArrayList<>();
        List<Floor> firedFloors = new ArrayList<>();
        for (Floor floor : floors) {
            Optional<Floor.Fired> result = floor.apply(assessment, history);
            if (result.isPresent()) {
                fired.add(result.get());
                firedFloors.add(floor);
                firedIds.add(floor.id());
            }
        }
        Outcome combined = combine(outcome, fired);
        for (int i = 0; i < fired.size(); i++) {
            Floor.Fired floor = fired.get(i);
            boolean raising = combined != outcome && floor.atLeast() == combined;
            String text = floor.text() + (raising ? "; raises " + outcome + " to " + combined
                    : "; the outcome " + combined + " already meets it");
            (raising ? raised : alsoFired).add(new Reason(firedFloors.get(i).id(), text));
        }
        Decision.Builder decision = Decision.builder(combined).reasons(raised).reasons(baseDecision.rationale())
                .reasons(alsoFired).conditions(baseDecision.conditions());
        if (combined == outcome && baseDecision.nextSteps().isPresent()) {
            decision.nextSteps(baseDecision.nextSteps().get());
        }
        return decision.figures(baseDecision.figures()).figure(BASE_OUTCOME, outcome).figure(FLOORS_FIRED, firedIds)
                .build();
    }

    private static Outcome combine(Outcome base, List<Floor.Fired> fired) {
        if (!base.isDecided()) {
            return fired.stream().anyMatch(f -> f.atLeast() == Outcome.REBUILD) ? Outcome.REBUILD : base;
        }
        Outcome combined = base;
        for (Floor.Fired floor : fired) {
            combined = Outcomes.worse(combined, floor.atLeast());
        }
        return combined;
    }

    @Override
    public String toString() {
        return NAME + " " + version;
    }
}
