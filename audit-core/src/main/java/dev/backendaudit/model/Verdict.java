package dev.backendaudit.model;

import dev.backendaudit.bounds.Certainty;
import dev.backendaudit.internal.Checks;
import dev.backendaudit.internal.NearestMatch;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The result of an audit: the {@link Outcome}, each area's health, the findings behind it ranked
 * by impact, the rationale (which rules fired), the evidence coverage, the recommended next steps,
 * and the strategy that decided.
 *
 * <pre>{@code
 * Verdict verdict = Evaluator.evaluate(audit);
 * verdict.outcome();                          // OPTIMIZE
 * verdict.health(Areas.PERFORMANCE);          // NEEDS_ATTENTION
 * verdict.rationale().get(0).text();          // why
 * verdict.nextSteps();                        // what to do
 * System.out.println(VerdictText.render(verdict));
 * }</pre>
 *
 * <p>Verdicts are immutable values: equal audits evaluated by the same strategy give equal
 * verdicts.
 *
 * @param subject     the audited system
 * @param evaluatedAt when the audit describes the system (the audit's time, not the wall clock of evaluation)
 * @param outcome     the recommendation
 * @param areas       each area's assessment, in the audit's area order
 * @param findings    every finding, most important first
 * @param rationale   the rules that fired, at least one
 * @param coverage    how much of the audit evidence decided
 * @param nextSteps   what to do next, most important first
 * @param strategy    the strategy that decided, with its version
 * @param details     strategy-specific figures (a score, a maturity level), by key, sorted
 * @param indicators  each rebuild indicator the audit bears on, decided from every finding that bears on it
 * @param conditions  the conditions the strategy checked before it advised (the checklist strategy's
 *                    four optimization conditions), each holding, failing or unknown; empty for
 *                    strategies that check none
 * @param context     the evidence no criterion judged, shown in every report so that nothing given is lost
 * @param policy      the evidence policy the engine enforced
 * @param certainty   how sure the verdict is and what would change it (the best and worst outcomes the
 *                    unknown findings allow, what would settle it, what would flip it); every verdict of the
 *                    engine carries one, a verdict built by hand or read from a document older than schema
 *                    1.2 does not
 */
public record Verdict(String subject, Instant evaluatedAt, Outcome outcome, List<AreaAssessment> areas,
                      List<Finding> findings, List<Reason> rationale, Coverage coverage, List<NextStep> nextSteps,
                      StrategyId strategy, SortedMap<String, String> details, List<IndicatorCheck> indicators,
                      List<ConditionCheck> conditions, List<Evidence> context, EvidencePolicy policy,
                      Optional<Certainty> certainty) {

    /**
     * @throws IllegalArgumentException if the rationale is empty, or the certainty calls the verdict settled
     *                                  when its bounds are not its outcome (or the other way round)
     */
    public Verdict {
        Checks.notBlank("verdict subject", subject);
        Checks.notNull("verdict evaluatedAt", evaluatedAt);
        Checks.notNull("verdict outcome", outcome);
        areas = Checks.listCopy("verdict areas", areas);
        findings = Checks.listCopy("verdict findings", findings);
        rationale = Checks.listCopy("verdict rationale", rationale);
        Checks.notNull("verdict coverage", coverage);
        nextSteps = Checks.listCopy("verdict next steps", nextSteps);
        Checks.notNull("verdict strategy", strategy);
        Checks.mapCopy("verdict details", details);
        details = Collections.unmodifiableSortedMap(new TreeMap<>(details));
        indicators = Checks.listCopy("verdict indicators", indicators);
        conditions = Checks.listCopy("verdict conditions", conditions);
        context = Checks.listCopy("verdict context", context);
        Checks.notNull("verdict policy", policy);
        Checks.notNull("verdict certainty", certainty);
        if (rationale.isEmpty()) {
            throw new IllegalArgumentException("verdict rationale must name at least one rule, but was empty"
                    + " (strategy " + strategy + ")");
        }
        if (certainty.isPresent() && certainty.get().settled() != certainty.get().settles(outcome)) {
            throw new IllegalArgumentException("verdict certainty must be settled exactly when both bounds are the"
                    + " outcome " + outcome + ", but settled was " + certainty.get().settled() + " with bounds "
                    + certainty.get().bounds());
        }
    }

    /**
     * A verdict without a certainty: the form of schema 1.1, kept for verdicts built by hand.
     *
     * @param subject     the audited system
     * @param evaluatedAt when the audit describes the system
     * @param outcome     the recommendation
     * @param areas       each area's assessment
     * @param findings    every finding, most important first
     * @param rationale   the rules that fired, at least one
     * @param coverage    how much of the audit evidence decided
     * @param nextSteps   what to do next
     * @param strategy    the strategy that decided
     * @param details     strategy-specific figures
     * @param indicators  each rebuild indicator the audit bears on
     * @param conditions  the conditions the strategy checked
     * @param context     the evidence no criterion judged
     * @param policy      the evidence policy the engine enforced
     */
    public Verdict(String subject, Instant evaluatedAt, Outcome outcome, List<AreaAssessment> areas,
                   List<Finding> findings, List<Reason> rationale, Coverage coverage, List<NextStep> nextSteps,
                   StrategyId strategy, SortedMap<String, String> details, List<IndicatorCheck> indicators,
                   List<ConditionCheck> conditions, List<Evidence> context, EvidencePolicy policy) {
        this(subject, evaluatedAt, outcome, areas, findings, rationale, coverage, nextSteps, strategy, details,
                indicators, conditions, context, policy, Optional.empty());
    }

    /**
     * A verdict without indicator or condition checks or context evidence, under the default policy:
     * the form of earlier versions, kept for verdicts built by hand.
     *
     * @param subject     the audited system
     * @param evaluatedAt when the audit describes the system
     * @param outcome     the recommendation
     * @param areas       each area's assessment
     * @param findings    every finding, most important first
     * @param rationale   the rules that fired, at least one
     * @param coverage    how much of the audit evidence decided
     * @param nextSteps   what to do next
     * @param strategy    the strategy that decided
     * @param details     strategy-specific figures
     */
    public Verdict(String subject, Instant evaluatedAt, Outcome outcome, List<AreaAssessment> areas,
                   List<Finding> findings, List<Reason> rationale, Coverage coverage, List<NextStep> nextSteps,
                   StrategyId strategy, SortedMap<String, String> details) {
        this(subject, evaluatedAt, outcome, areas, findings, rationale, coverage, nextSteps, strategy, details,
                List.of(), List.of(), List.of(), EvidencePolicy.DEFAULT, Optional.empty());
    }

    /**
     * Assembles a verdict from an assessment and what was decided about it.
     *
     * @param assessment what evidence says
     * @param outcome    the outcome
     * @param rationale  the rules that fired
     * @param nextSteps  what to do next
     * @param strategy   the strategy that decided
     * @param details    strategy-specific figures
     * @param conditions the conditions the strategy checked
     * @param policy     the evidence policy the engine enforced
     * @return the verdict
     */
    public static Verdict of(Assessment assessment, Outcome outcome, List<Reason> rationale, List<NextStep> nextSteps,
                             StrategyId strategy, Map<String, String> details, List<ConditionCheck> conditions,
                             EvidencePolicy policy) {
        return of(assessment, outcome, rationale, nextSteps, strategy, details, conditions, policy, Optional.empty());
    }

    /**
     * Assembles a verdict from an assessment, what was decided about it and how sure that is.
     *
     * @param assessment what evidence says
     * @param outcome    the outcome
     * @param rationale  the rules that fired
     * @param nextSteps  what to do next
     * @param strategy   the strategy that decided
     * @param details    strategy-specific figures
     * @param conditions the conditions the strategy checked
     * @param policy     the evidence policy the engine enforced
     * @param certainty  the bounds, what would settle and what would flip the verdict
     * @return the verdict
     */
    public static Verdict of(Assessment assessment, Outcome outcome, List<Reason> rationale, List<NextStep> nextSteps,
                             StrategyId strategy, Map<String, String> details, List<ConditionCheck> conditions,
                             EvidencePolicy policy, Optional<Certainty> certainty) {
        Checks.notNull("assessment", assessment);
        return new Verdict(assessment.subject(), assessment.at(), outcome, assessment.areas(), assessment.findings(),
                rationale, assessment.coverage(), nextSteps, strategy,
                new TreeMap<>(Checks.mapCopy("verdict details", details)), assessment.indicators(), conditions,
                assessment.context(), policy, certainty);
    }

    /**
     * The assessment of {@code area}.
     *
     * @throws NoSuchElementException naming the verdict's areas if {@code area} was not audited
     */
    public AreaAssessment area(Area area) {
        return AreaLookup.find(areas, area, "the verdict on " + subject);
    }

    /** The health of {@code area}; see {@link #area(Area)}. */
    public Health health(Area area) {
        return area(area).health();
    }

    /** The findings whose sign is present, most important first. */
    public List<Finding> present() {
        return AreaLookup.withStatus(findings, FindingStatus.PRESENT);
    }

    /** The findings no evidence decided: the evidence that would make the verdict surer. */
    public List<Finding> unknown() {
        return AreaLookup.withStatus(findings, FindingStatus.UNKNOWN);
    }

    /**
     * The check of the condition with {@code id}.
     *
     * @param id a condition id, e.g. {@code "architecture-scalable"}
     * @return the check
     * @throws NoSuchElementException naming the nearest condition id if the verdict has none with {@code id}
     */
    public ConditionCheck condition(String id) {
        Checks.notNull("condition id", id);
        return conditions.stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("the verdict on " + subject + " checked no condition '"
                        + id + "'" + NearestMatch.suggestion(id, conditions.stream().map(ConditionCheck::id).toList())));
    }

    /**
     * The check of rebuild indicator {@code indicator}.
     *
     * @param indicator a rebuild indicator sign
     * @return the check
     * @throws NoSuchElementException naming the checked indicators if nothing in the audit bore on it
     */
    public IndicatorCheck indicator(Sign indicator) {
        Checks.notNull("indicator", indicator);
        return indicators.stream().filter(i -> i.indicator().equals(indicator)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("nothing in the audit of " + subject + " bears on"
                        + " rebuild indicator '" + indicator.id() + "'" + NearestMatch.suggestion(indicator.id(),
                        indicators.stream().map(i -> i.indicator().id()).toList())));
    }

    /** The ids of the rules that fired, in order. */
    public List<String> firedRules() {
        return rationale.stream().map(Reason::rule).toList();
    }
}
