package dev.backendaudit.scoring;

import dev.backendaudit.internal.Checks;
import dev.backendaudit.model.Area;
import dev.backendaudit.model.Assessment;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Decision;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.IndicatorCheck;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Severity;
import dev.backendaudit.scoring.internal.Outcomes;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A lower bound on the outcome of a {@link CompositeStrategy}: when it fires, the composite's
 * outcome is at least {@link Fired#atLeast()}, whatever its other parts say. A floor of REBUILD
 * is a veto of every better outcome.
 *
 * <pre>{@code
 * Floor.criticalIn(Areas.SCALABILITY, Outcome.OPTIMIZE);   // any critical Scalability finding: at least OPTIMIZE
 * Floor.criticalRebuildIndicator();                        // a critical rebuild indicator: REBUILD
 * Floor.veto(Strategies.gate());                           // a failing gate: at least its failure outcome
 * Floor.when("no-alerting", "alerting is missing", a -> ..., Outcome.OPTIMIZE);
 * }</pre>
 *
 * <p>A floor's id is the rule id its reason carries in the verdict's rationale.
 */
public final class Floor {

    /**
     * A floor that fired.
     *
     * @param atLeast the least outcome it allows, HEALTHY excluded
     * @param text    why, in a sentence
     */
    public record Fired(Outcome atLeast, String text) {

        /** @throws IllegalArgumentException if the outcome is not OPTIMIZE or REBUILD or the text is blank */
        public Fired {
            checkOutcome(atLeast);
            Checks.notBlank("floor text", text);
        }
    }

    private final String id;
    private final String description;
    private final BiFunction<Assessment, AuditHistory, Optional<Fired>> rule;

    private Floor(String id, String description, BiFunction<Assessment, AuditHistory, Optional<Fired>> rule) {
        this.id = Checks.identifier("floor id", id);
        this.description = Checks.notBlank("floor '" + id + "' description", description);
        this.rule = Checks.notNull("floor '" + id + "' rule", rule);
    }

    /** At least {@code atLeast} when any finding of {@code area} is present at critical severity. */
    public static Floor criticalIn(Area area, Outcome atLeast) {
        Checks.notNull("floor area", area);
        checkOutcome(atLeast);
        return new Floor("critical-in-" + area.id(), "any critical finding in " + area.name() + " means at least "
                + atLeast, (assessment, history) -> {
                    List<Finding> critical = assessment.findings().stream()
                            .filter(f -> f.area().equals(area) && f.isAtLeast(Severity.CRITICAL)).toList();
                    return critical.isEmpty() ? Optional.empty() : Optional.of(new Fired(atLeast, "A critical finding in "
                            + area.name() + " means at least " + atLeast + ": " + ids(critical)));
                });
    }

    /**
     * REBUILD when a rebuild indicator is present at critical severity, decided from every finding that
     * bears on it (see {@link dev.backendaudit.model.Assessment#indicators()}).
     *
     * @return the floor
     */
    public static Floor criticalRebuildIndicator() {
        return new Floor("critical-rebuild-indicator", "a critical rebuild indicator means REBUILD",
                (assessment, history) -> {
                    List<IndicatorCheck> indicators = assessment.indicators().stream()
                            .filter(i -> i.isAtLeast(Severity.CRITICAL)).toList();
                    return indicators.isEmpty() ? Optional.empty() : Optional.of(new Fired(Outcome.REBUILD,
                            "A rebuild indicator is present at critical severity: " + indicators.stream()
                                    .map(i -> i.indicator().title() + " (" + i.text() + ")")
                                    .collect(Collectors.joining("; "))));
                });
    }

    /**
     * At least the outcome of {@code strategy} when it decides OPTIMIZE or REBUILD: the other strategy
     * vetoes every better outcome. Its HEALTHY or INCONCLUSIVE decisions do not fire.
     */
    public static Floor veto(ScoringStrategy strategy) {
        Checks.notNull("veto strategy", strategy);
        return new Floor("veto-" + strategy.name(), strategy.id() + " vetoes outcomes better than its own",
                (assessment, history) -> {
                    Decision decision = strategy.decide(assessment, history);
                    if (!decision.outcome().isDecided() || decision.outcome() == Outcome.HEALTHY) {
                        return Optional.empty();
                    }
                    return Optional.of(new Fired(decision.outcome(), strategy.id() + " decides " + decision.outcome()
                            + ": " + decision.rationale().stream().map(r -> r.text()).collect(Collectors.joining("; "))));
                });
    }

    /**
     * At least {@code atLeast} when {@code condition} holds.
     *
     * @param id          the rule id, a lowercase identifier
     * @param description what it checks, e.g. {@code "alerting is missing"}
     */
    public static Floor when(String id, String description, Predicate<Assessment> condition, Outcome atLeast) {
        Checks.notNull("floor condition", condition);
        checkOutcome(atLeast);
        Checks.notBlank("floor description", description);
        return new Floor(id, description + " means at least " + atLeast, (assessment, history) -> condition.test(assessment)
                ? Optional.of(new Fired(atLeast, "Floor " + id + ": " + description + ", so at least " + atLeast))
                : Optional.empty());
    }

    /** The rule id. */
    public String id() {
        return id;
    }

    /** What the floor checks and what it demands. */
    public String description() {
        return description;
    }

    /** Whether and how the floor fires for {@code assessment} and {@code history}. */
    public Optional<Fired> apply(Assessment assessment, AuditHistory history) {
        Optional<Fired> fired = rule.apply(Checks.notNull("assessment", assessment), Checks.notNull("history", history));
        return Checks.notNull("floor '" + id + "' result", fired);
    }

    private static Outcome checkOutcome(Outcome atLeast) {
        Outcomes.decided("floor outcome", atLeast);
        if (atLeast == Outcome.HEALTHY) {
            throw new IllegalArgumentException("floor outcome must be OPTIMIZE or REBUILD, but was HEALTHY");
        }
        return atLeast;
    }

    private static String ids(List<Finding> findings) {
        return findings.stream().map(f -> f.criterion().id() + " (" + f.explanation() + ")")
                .collect(Collectors.joining("; "));
    }

    @Override
    public String toString() {
        return id + ": " + description;
    }
}
