package dev.backendaudit.model;

import dev.backendaudit.bounds.Certainty;
import dev.backendaudit.internal.Checks;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * The result of an audit: the {@link Assessment} (what evidence says: each area's health, every
 * finding, the rebuild indicators, the coverage, the context evidence), the {@link Decision} taken on
 * it (the outcome, the rules that fired, the next steps, typed figures, the conditions checked), the
 * strategy that decided and the evidence policy the engine held it to.
 *
 * <pre>{@code
 * Verdict verdict = Evaluator.evaluate(audit);
 * verdict.outcome();                                   // OPTIMIZE
 * verdict.health(Areas.PERFORMANCE);                   // NEEDS_ATTENTION
 * verdict.finding(Criteria.P95_PEAK).severity();       // Optional[WARNING]
 * verdict.rationale().get(0).text();                   // why
 * verdict.figure(WeightedScoreStrategy.SCORE);         // a figure, typed (weighted-score verdicts)
 * verdict.certainty().bounds();                       // OPTIMIZE .. REBUILD: what the unknowns still allow
 * System.out.println(VerdictText.render(verdict));
 * }</pre>
 *
 * <p>Verdicts are immutable values: equal audits evaluated by the same strategy give equal
 * verdicts. A verdict of the engine computes its {@link #certainty()} on first use (see {@link Certainty});
 * {@code equals}, {@code hashCode} and {@code toString} compare, hash and show the computed certainty, so the
 * first of them on such a verdict runs the search.
 *
 * @param assessment what the evidence says, before any scoring
 * @param decision   what the strategy decided, held to the policy; its next steps are always present
 * @param strategy   the strategy that decided, with its version
 * @param policy     the evidence policy the engine enforced
 * @param certainty  how sure the verdict is and what would change it (the best and worst outcomes the
 *                   unknown findings allow, what would settle it, what would flip it): every verdict of the
 *                   engine carries one, computed when first asked for; {@link Certainty#unknown()} for a
 *                   verdict built by hand or read from a document older than schema 1.2
 */
@Value.Builder
public record Verdict(Assessment assessment, Decision decision, StrategyId strategy, EvidencePolicy policy,
                      Certainty certainty) implements WithVerdict {

    /**
     * A copy made with a wither keeps a certainty that describes it (see {@link Certainty#forVerdict}).
     *
     * @param assessment what the evidence says, before any scoring
     * @param decision   what the strategy decided, held to the policy; its next steps are always present
     * @param strategy   the strategy that decided, with its version
     * @param policy     the evidence policy the engine enforced
     * @param certainty  how sure the verdict is and what would change it (the best and worst outcomes the
     *                   unknown findings allow, what would settle it, what would flip it): every verdict of the
     *                   engine carries one, computed when first asked for; {@link Certainty#unknown()} for a
     *                   verdict built by hand or read from a document older than schema 1.2
     * @throws IllegalArgumentException if the decision has no next steps, or a known certainty calls the verdict
     *                                  settled when its bounds are not its outcome (or the other way round)
     */
    public Verdict {
        Checks.notNull("verdict assessment", assessment);
        Checks.notNull("verdict decision", decision);
        Checks.notNull("verdict strategy", strategy);
        Checks.notNull("verdict policy", policy);
        Checks.notNull("verdict certainty", certainty);
        if (decision.nextSteps().isEmpty()) {
            throw new IllegalArgumentException("verdict decision must carry its next steps (the engine adds the"
                    + " standard ones), but had none");
        }
        certainty = certainty.forVerdict(assessment, decision.outcome(), strategy, policy);
    }

    /**
     * A verdict whose certainty is not known ({@link Certainty#unknown()}): one built by hand, or read from a
     * document without one.
     *
     * @param assessment what the evidence says
     * @param decision   what was decided, with its next steps
     * @param strategy   the strategy that decided
     * @param policy     the evidence policy the decision was held to
     * @throws IllegalArgumentException if the decision has no next steps
     */
    public Verdict(Assessment assessment, Decision decision, StrategyId strategy, EvidencePolicy policy) {
        this(assessment, decision, strategy, policy, Certainty.unknown());
    }

    /**
     * The audited system.
     *
     * @return its name
     */
    public String subject() {
        return assessment.subject();
    }

    /**
     * When the audit describes the system: the audit's time, not the wall clock of evaluation.
     *
     * @return the instant
     */
    public Instant at() {
        return assessment.at();
    }

    /**
     * The audit's time; {@link #at()} under its earlier name.
     *
     * @return the instant
     * @deprecated use {@link #at()}, the name {@code Audit} and {@code Assessment} use too
     */
    @Deprecated(since = "0.2")
    public Instant evaluatedAt() {
        return at();
    }

    /**
     * The recommendation.
     *
     * @return the outcome
     */
    public Outcome outcome() {
        return decision.outcome();
    }

    /**
     * Each area's assessment, in the audit's area order.
     *
     * @return the areas
     */
    public List<AreaAssessment> areas() {
        return assessment.areas();
    }

    /**
     * Every finding, most important first.
     *
     * @return the findings
     */
    public List<Finding> findings() {
        return assessment.findings();
    }

    /**
     * The rules that fired, at least one.
     *
     * @return the rationale
     */
    public List<Reason> rationale() {
        return decision.rationale();
    }

    /**
     * How much of the audit evidence decided.
     *
     * @return the coverage
     */
    public Coverage coverage() {
        return assessment.coverage();
    }

    /**
     * What to do next, most important first.
     *
     * @return the next steps
     */
    public List<NextStep> nextSteps() {
        return decision.nextSteps().orElseThrow();
    }

    /**
     * The strategy's typed figures.
     *
     * @return the figures
     */
    public Figures figures() {
        return decision.figures();
    }

    /**
     * The figure of {@code key}, if the strategy reported it.
     *
     * @param key a strategy's figure key, e.g. {@code WeightedScoreStrategy.SCORE}
     * @param <T> the value's type
     * @return its value
     */
    public <T> Optional<T> figure(Figure<T> key) {
        return decision.figures().get(key);
    }

    /**
     * The figures as text, by key: a figure of the verdict's own strategy under its name
     * ({@code "score"}), another owner's under owner and name ({@code "weighted-score.score"}).
     *
     * @return the figures as text, sorted by key
     * @deprecated read figures typed, with {@link #figure(Figure)} or {@link #figures()}
     */
    @Deprecated(since = "0.2")
    public SortedMap<String, String> details() {
        SortedMap<String, String> details = new TreeMap<>();
        for (Figure<?> key : decision.figures().keys()) {
            String name = key.owner().equals(strategy.name()) ? key.name() : key.qualifiedName();
            details.put(name, decision.figures().format(key));
        }
        return Collections.unmodifiableSortedMap(details);
    }

    /**
     * Each rebuild indicator the audit bears on, decided from every finding that bears on it.
     *
     * @return the indicators
     */
    public List<IndicatorCheck> indicators() {
        return assessment.indicators();
    }

    /**
     * The conditions the strategy checked (the checklist strategy's four optimization conditions), each
     * holding, failing or unknown; empty for strategies that check none.
     *
     * @return the conditions
     */
    public List<ConditionCheck> conditions() {
        return decision.conditions();
    }

    /**
     * The evidence no criterion judged, shown in every report so that nothing given is lost.
     *
     * @return the context evidence
     */
    public List<Evidence> context() {
        return assessment.context();
    }

    /**
     * The assessment of {@code area}.
     *
     * @param area an audited area
     * @return its assessment
     * @throws NoSuchElementException naming the nearest area if {@code area} was not audited
     */
    public AreaAssessment area(Area area) {
        return assessment.area(area);
    }

    /**
     * The health of {@code area}; see {@link #area(Area)}.
     *
     * @param area an audited area
     * @return its health
     */
    public Health health(Area area) {
        return area(area).health();
    }

    /**
     * The finding of {@code criterion}.
     *
     * @param criterion a criterion of the audit (matched by id, so one with overridden bounds matches)
     * @return its finding
     * @throws UnknownIdException naming the nearest criterion if the audit has no such criterion
     */
    public Finding finding(Criterion criterion) {
        return finding(Checks.notNull("criterion", criterion).id());
    }

    /**
     * The finding of the criterion with {@code id}.
     *
     * @param id a criterion id
     * @return its finding
     * @throws UnknownIdException naming the nearest criterion if the audit has no such criterion
     */
    public Finding finding(String id) {
        return assessment.finding(id);
    }

    /**
     * The findings whose sign is present, most important first.
     *
     * @return the present findings
     */
    public List<Finding> present() {
        return assessment.present();
    }

    /**
     * The findings no evidence decided: the evidence that would make the verdict surer.
     *
     * @return the unknown findings
     */
    public List<Finding> unknown() {
        return assessment.unknown();
    }

    /**
     * The check of the condition with {@code id}.
     *
     * @param id a condition id, e.g. {@code "architecture-scalable"}
     * @return the check
     * @throws UnknownIdException naming the nearest condition id if the verdict has none with {@code id}
     */
    public ConditionCheck condition(String id) {
        Checks.notNull("condition id", id);
        return conditions().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new UnknownIdException("the verdict on " + subject() + " checked no condition '"
                        + id + "'", id, conditions().stream().map(ConditionCheck::id).toList()));
    }

    /**
     * The check of rebuild indicator {@code indicator}.
     *
     * @param indicator a rebuild indicator sign
     * @return the check
     * @throws UnknownIdException naming the checked indicators if nothing in the audit bore on it
     */
    public IndicatorCheck indicator(Sign indicator) {
        Checks.notNull("indicator", indicator);
        return assessment.indicator(indicator)
                .orElseThrow(() -> new UnknownIdException("nothing in the audit of " + subject() + " bears on"
                        + " rebuild indicator '" + indicator.id() + "'", indicator.id(),
                        indicators().stream().map(i -> i.indicator().id()).toList()));
    }

    /**
     * The ids of the rules that fired, in order.
     *
     * @return the rule ids
     */
    public List<String> firedRules() {
        return rationale().stream().map(Reason::rule).toList();
    }
}
