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
 *         .readable(true, null)
 *         .testCoverage(Quantity.percent(71))
 *         .duplication(Quantity.percent(3))
 *         .bugFixShare(Quantity.percent(22))
 *         .weeklyCommits(Instant.parse("2026-08-31T00:00:00Z"), 41, 44, 39, 43, 40, 42))
 *     .evaluate();
 * }</pre>
 */
public interface CodeQualityClause extends AreaClause<CodeQualityClause> {

    /** Whether the code is readable and consistently structured; "no" is a warning. */
    CodeQualityClause readable(boolean yes, String note);

    /** Whether documentation lets a newcomer change the code safely; "no" is a warning. */
    CodeQualityClause documented(boolean yes, String note);

    /** Whether dead, redundant or outdated code weighs on the codebase; "yes" is a warning. */
    CodeQualityClause deadOrDuplicatedCode(boolean yes, String note);

    /** Whether fixes regularly introduce new defects; "yes" is a critical rebuild indicator. */
    CodeQualityClause fixesCreateNewIssues(boolean yes, String note);

    /** Whether the pace of delivery keeps falling; "yes" is a critical rebuild indicator. */
    CodeQualityClause developmentSpeedDeclining(boolean yes, String note);

    /** Whether complexity is past what the team can manage; "yes" is a critical rebuild indicator. */
    CodeQualityClause complexityUnmanageable(boolean yes, String note);

    /**
     * Share of lines covered by tests. Default bounds: warning below 60%, critical below 30%.
     *
     * <pre>{@code c -> c.testCoverage(Quantity.percent(71)).warnBelow(Quantity.percent(80)).criticalBelow(Quantity.percent(50))}</pre>
     *
     * @throws IllegalArgumentException naming the clause if the quantity is not a ratio in [0, 1]
     */
    CodeQualityBelowStep testCoverage(Quantity coverage);

    /**
     * Share of duplicated lines. Default bounds: warning above 5%, critical above 15%.
     *
     * @throws IllegalArgumentException naming the clause if the quantity is not a ratio in [0, 1]
     */
    CodeQualityAboveStep duplication(Quantity share);

    /**
     * Mean cyclomatic complexity per method. Default bounds: warning above 5, critical above 10.
     *
     * @throws IllegalArgumentException naming the clause if {@code complexity} is negative or not finite
     */
    CodeQualityAboveStep meanComplexity(double complexity);

    /**
     * Share of commits that fix bugs. Default bounds: warning above 30%, critical above 50%.
     *
     * @throws IllegalArgumentException naming the clause if the quantity is not a ratio in [0, 1]
     */
    CodeQualityAboveStep bugFixShare(Quantity share);

    /**
     * Share of fixes whose files needed another fix soon after: "fixes create new issues", measured.
     * Default bounds: warning above 15%, critical above 30% (critical is a rebuild indicator).
     *
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
     * @throws IllegalArgumentException naming the clause if a count is negative or not finite, or none is given
     */
    CodeQualityClause weeklyCommits(Instant firstWeek, double... commits);
}
