package dev.backendaudit.dsl;

import dev.backendaudit.model.Quantity;
import java.time.Instant;

/**
 * The vocabulary of the Code quality area: readability, documentation, dead or duplicated code,
 * complexity, coverage, bug-fix and re-fix shares, the pace of development, and the three rebuild
 * indicators that live here. Defaults come from {@code dev.backendaudit.checklist.Criteria}.
 *
 * <pre>{@code
 * BackendAudit.of("checkout-service")
 *     .codeQuality(c -> c
 *         .readable(true)
 *         .testCoverage(Quantity.percent(71))
 *         .duplication(Quantity.percent(3))
 *         .bugFixShare(Quantity.percent(22))
 *         .weeklyCommits(Instant.parse("2026-08-31T00:00:00Z"), 41, 44, 39, 43, 40, 42))
 *     .evaluate();
 * }</pre>
 *
 * <p>Every answer comes with and without a note; a note must not be null or blank.
 */
public interface CodeQualityClause extends AreaClause<CodeQualityClause> {

    /**
     * Whether the code is readable and consistently structured; "no" is a warning.
     *
     * <pre>{@code c -> c.readable(true)}</pre>
     *
     * @param yes the answer
     * @return the clause, with the answer
     */
    CodeQualityClause readable(boolean yes);

    /**
     * Whether the code is readable and consistently structured, with a note; "no" is a warning.
     *
     * <pre>{@code c -> c.readable(false, "three naming schemes in one module")}</pre>
     *
     * @param yes  the answer
     * @param note why
     * @return the clause, with the answer
     * @throws NullPointerException     naming the clause if {@code note} is null (leave it out instead)
     * @throws IllegalArgumentException naming the clause if {@code note} is blank
     */
    CodeQualityClause readable(boolean yes, String note);

    /**
     * Whether documentation lets a newcomer change the code safely; "no" is a warning.
     *
     * <pre>{@code c -> c.documented(true)}</pre>
     *
     * @param yes the answer
     * @return the clause, with the answer
     */
    CodeQualityClause documented(boolean yes);

    /**
     * Whether documentation lets a newcomer change the code safely, with a note; "no" is a warning.
     *
     * <pre>{@code c -> c.documented(true, "architecture notes and runbooks in the repository")}</pre>
     *
     * @param yes  the answer
     * @param note why
     * @return the clause, with the answer
     * @throws NullPointerException     naming the clause if {@code note} is null (leave it out instead)
     * @throws IllegalArgumentException naming the clause if {@code note} is blank
     */
    CodeQualityClause documented(boolean yes, String note);

    /**
     * Whether dead, redundant or outdated code weighs on the codebase; "yes" is a warning.
     *
     * <pre>{@code c -> c.deadOrDuplicatedCode(false)}</pre>
     *
     * @param yes the answer
     * @return the clause, with the answer
     */
    CodeQualityClause deadOrDuplicatedCode(boolean yes);

    /**
     * Whether dead, redundant or outdated code weighs on the codebase, with a note; "yes" is a warning.
     *
     * <pre>{@code c -> c.deadOrDuplicatedCode(true, "two payment integrations, one unused")}</pre>
     *
     * @param yes  the answer
     * @param note why
     * @return the clause, with the answer
     * @throws NullPointerException     naming the clause if {@code note} is null (leave it out instead)
     * @throws IllegalArgumentException naming the clause if {@code note} is blank
     */
    CodeQualityClause deadOrDuplicatedCode(boolean yes, String note);

    /**
     * Whether fixes regularly introduce new defects; "yes" is a critical rebuild indicator.
     *
     * <pre>{@code c -> c.fixesCreateNewIssues(false)}</pre>
     *
     * @param yes the answer
     * @return the clause, with the answer
     */
    CodeQualityClause fixesCreateNewIssues(boolean yes);

    /**
     * Whether fixes regularly introduce new defects, with a note; "yes" is a critical rebuild indicator.
     *
     * <pre>{@code c -> c.fixesCreateNewIssues(true, "a third of fixes are followed by a fix of the same files")}</pre>
     *
     * @param yes  the answer
     * @param note why
     * @return the clause, with the answer
     * @throws NullPointerException     naming the clause if {@code note} is null (leave it out instead)
     * @throws IllegalArgumentException naming the clause if {@code note} is blank
     */
    CodeQualityClause fixesCreateNewIssues(boolean yes, String note);

    /**
     * Whether the pace of delivery keeps falling; "yes" is a critical rebuild indicator.
     *
     * <pre>{@code c -> c.developmentSpeedDeclining(false)}</pre>
     *
     * @param yes the answer
     * @return the clause, with the answer
     */
    CodeQualityClause developmentSpeedDeclining(boolean yes);

    /**
     * Whether the pace of delivery keeps falling, with a note; "yes" is a critical rebuild indicator.
     *
     * <pre>{@code c -> c.developmentSpeedDeclining(true, "features take twice as long as a year ago")}</pre>
     *
     * @param yes  the answer
     * @param note why
     * @return the clause, with the answer
     * @throws NullPointerException     naming the clause if {@code note} is null (leave it out instead)
     * @throws IllegalArgumentException naming the clause if {@code note} is blank
     */
    CodeQualityClause developmentSpeedDeclining(boolean yes, String note);

    /**
     * Whether complexity is past what the team can manage; "yes" is a critical rebuild indicator.
     *
     * <pre>{@code c -> c.complexityUnmanageable(false)}</pre>
     *
     * @param yes the answer
     * @return the clause, with the answer
     */
    CodeQualityClause complexityUnmanageable(boolean yes);

    /**
     * Whether complexity is past what the team can manage, with a note; "yes" is a critical rebuild indicator.
     *
     * <pre>{@code c -> c.complexityUnmanageable(true, "nobody dares to touch the pricing engine")}</pre>
     *
     * @param yes  the answer
     * @param note why
     * @return the clause, with the answer
     * @throws NullPointerException     naming the clause if {@code note} is null (leave it out instead)
     * @throws IllegalArgumentException naming the clause if {@code note} is blank
     */
    CodeQualityClause complexityUnmanageable(boolean yes, String note);

    /**
     * Share of lines covered by tests. Default bounds: warning below 60%, critical below 30%.
     *
     * <pre>{@code c -> c.testCoverage(Quantity.percent(71)).warnBelow(Quantity.percent(80)).criticalBelow(Quantity.percent(50))}</pre>
     *
     * @param coverage the covered share, as a ratio or percentage
     * @return the step that may bound the measurement
     * @throws IllegalArgumentException naming the clause if the quantity is not a ratio in [0, 1]
     */
    CodeQualityBelowStep testCoverage(Quantity coverage);

    /**
     * Share of duplicated lines. Default bounds: warning above 5%, critical above 15%.
     *
     * <pre>{@code c -> c.duplication(Quantity.percent(7)).warnAbove(Quantity.percent(10)).criticalAbove(Quantity.percent(20))}</pre>
     *
     * @param share the duplicated share, as a ratio or percentage
     * @return the step that may bound the measurement
     * @throws IllegalArgumentException naming the clause if the quantity is not a ratio in [0, 1]
     */
    CodeQualityAboveStep duplication(Quantity share);

    /**
     * Mean cyclomatic complexity per method. Default bounds: warning above 5, critical above 10.
     *
     * <pre>{@code c -> c.meanComplexity(2.4)}</pre>
     *
     * @param complexity the mean complexity
     * @return the step that may bound the measurement
     * @throws IllegalArgumentException naming the clause if {@code complexity} is negative or not finite
     */
    CodeQualityAboveStep meanComplexity(double complexity);

    /**
     * Share of commits that fix bugs. Default bounds: warning above 30%, critical above 50%.
     *
     * <pre>{@code c -> c.from(git).bugFixShare(Quantity.percent(22))}</pre>
     *
     * @param share the bug-fix share, as a ratio or percentage
     * @return the step that may bound the measurement
     * @throws IllegalArgumentException naming the clause if the quantity is not a ratio in [0, 1]
     */
    CodeQualityAboveStep bugFixShare(Quantity share);

    /**
     * Share of fixes whose files needed another fix soon after: "fixes create new issues", measured.
     * Default bounds: warning above 15%, critical above 30% (critical is a rebuild indicator).
     *
     * <pre>{@code c -> c.from(git).refixShare(Quantity.percent(6))}</pre>
     *
     * @param share the re-fixed share, as a ratio or percentage
     * @return the step that may bound the measurement
     * @throws IllegalArgumentException naming the clause if the quantity is not a ratio in [0, 1]
     */
    CodeQualityAboveStep refixShare(Quantity share);

    /**
     * Commits per week, one value per consecutive week starting at {@code firstWeek}: the measured pace
     * of development, judged by its trend. Default bounds: warning on a significant decline (Mann–Kendall
     * test, Sen's slope, p below 5%) of more than 20%, critical on more than 40% over the series (a rebuild
     * indicator). At least five weeks are needed to judge a trend.
     *
     * <pre>{@code c -> c.weeklyCommits(Instant.parse("2026-08-31T00:00:00Z"), 52, 47, 41, 36, 30, 26)}</pre>
     *
     * @param firstWeek the start of the first week
     * @param commits   commits of each week, in order
     * @return the clause, with the series
     * @throws IllegalArgumentException naming the clause if a count is negative or not finite, or none is given
     */
    CodeQualityClause weeklyCommits(Instant firstWeek, double... commits);
}
