package dev.backendaudit.model;

import dev.backendaudit.internal.Checks;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
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
 */
public record Verdict(String subject, Instant evaluatedAt, Outcome outcome, List<AreaAssessment> areas,
                      List<Finding> findings, List<Reason> rationale, Coverage coverage, List<NextStep> nextSteps,
                      StrategyId strategy, SortedMap<String, String> details) {

    /** @throws IllegalArgumentException if the rationale is empty */
    public Verdict {
        Checks.notBlank("verdict subject", subject);
        Checks.instant("verdict evaluatedAt", evaluatedAt);
        Checks.notNull("verdict outcome", outcome);
        areas = Checks.listCopy("verdict areas", areas);
        findings = Checks.listCopy("verdict findings", findings);
        rationale = Checks.listCopy("verdict rationale", rationale);
        Checks.notNull("verdict coverage", coverage);
        nextSteps = Checks.listCopy("verdict next steps", nextSteps);
        Checks.notNull("verdict strategy", strategy);
        Checks.mapCopy("verdict details", details);
        details = Collections.unmodifiableSortedMap(new TreeMap<>(details));
        if (rationale.isEmpty()) {
            throw new IllegalArgumentException("verdict rationale must name at least one rule, but was empty"
                    + " (strategy " + strategy + ")");
        }
    }

    /** Assembles a verdict from an assessment and a strategy's decision. */
    public static Verdict of(Assessment assessment, Outcome outcome, List<Reason> rationale, List<NextStep> nextSteps,
                             StrategyId strategy, Map<String, String> details) {
        Checks.notNull("assessment", assessment);
        return new Verdict(assessment.subject(), assessment.at(), outcome, assessment.areas(), assessment.findings(),
                rationale, assessment.coverage(), nextSteps, strategy,
                new TreeMap<>(Checks.mapCopy("verdict details", details)));
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

    /** The ids of the rules that fired, in order. */
    public List<String> firedRules() {
        return rationale.stream().map(Reason::rule).toList();
    }
}
