package dev.backendaudit.scoring.history;

import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.internal.Checks;
import dev.backendaudit.model.Assessment;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Metric;
import dev.backendaudit.scoring.history.internal.Judges;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * Judges the checklist's words about time from an audit and the verdicts before it:
 * <ul>
 *   <li>{@value #CONSISTENT_PROBLEMS}: at least {@link #consistentSigns()} signs (default 2) are present
 *       in each of the last {@link #consistentAudits()} audits (default 3, the judged one included):
 *       several issues that persist mean more than optimization is needed;</li>
 *   <li>{@value #FIXES_CREATE_ISSUES_REPEATEDLY}: within the last {@link #recurrenceAudits()} audits
 *       (default 6), signs came back after evidence had shown them gone at least
 *       {@link #recurrences()} times (default 2): fixes create new issues repeatedly. Tracked per
 *       criterion: a criterion present, then absent on evidence, then present again is one recurrence;
 *       an audit in which it was not measured neither shows it gone nor back;</li>
 *   <li>{@value #SPEED_CONTINUES_TO_DECLINE}: a measurement of development speed ({@link #speedMetrics()},
 *       default commit throughput, deployment frequency and lead time) worsened from each audit to the next
 *       over the last {@link #declineAudits()} audits (default 3), by at least {@link #minimumDecline()}
 *       in all (default 10 %): development speed continues to decline.</li>
 * </ul>
 *
 * <p>For consistency a sign is present in an audit when any of its criteria is. A time series counts by its mean level. Only the newest few verdicts are read, so judging
 * costs the same whatever the history's length.
 *
 * <pre>{@code
 * TrendRules.DEFAULTS.judge(assessment, history);                          // used by the checklist strategy
 * Strategies.checklist(ChecklistStrategy.Config.DEFAULTS, TrendRules.DEFAULTS.withConsistentAudits(4).withConsistentSigns(2));
 * }</pre>
 *
 * @param consistentAudits  how many audits in a row a problem must be present in, &gt;= 2
 * @param consistentSigns   how many such problems fire the rule, &gt;= 1
 * @param recurrenceAudits  how many of the newest audits are searched for recurrences, &gt;= 3
 * @param recurrences       how many recurrences fire the rule, &gt;= 1
 * @param declineAudits     how many audits in a row a speed measurement must worsen across, &gt;= 3
 * @param minimumDecline    the least relative worsening from the first to the last of them, in [0, 1]
 * @param speedMetrics      the measurements of development speed
 */
@Value.Builder
public record TrendRules(int consistentAudits, int consistentSigns, int recurrenceAudits, int recurrences,
                         int declineAudits, double minimumDecline, List<Metric> speedMetrics) implements WithTrendRules {

    /** Rule id: problems present consistently. */
    public static final String CONSISTENT_PROBLEMS = "consistent-problems";
    /** Rule id: signs recur after they were fixed. */
    public static final String FIXES_CREATE_ISSUES_REPEATEDLY = "fixes-create-issues-repeatedly";
    /** Rule id: development speed worsens from audit to audit. */
    public static final String SPEED_CONTINUES_TO_DECLINE = "speed-continues-to-decline";

    /** The defaults described above. */
    public static final TrendRules DEFAULTS = new TrendRules(3, 2, 6, 2, 3, 0.10,
            List.of(Metrics.COMMIT_THROUGHPUT, Metrics.DEPLOYMENT_FREQUENCY, Metrics.LEAD_TIME));

    /** @throws IllegalArgumentException naming the setting that breaks the bounds above */
    public TrendRules {
        atLeast("consistentAudits", consistentAudits, 2);
        atLeast("consistentSigns", consistentSigns, 1);
        atLeast("recurrenceAudits", recurrenceAudits, 3);
        atLeast("recurrences", recurrences, 1);
        atLeast("declineAudits", declineAudits, 3);
        Checks.ratio("trend rules minimumDecline", minimumDecline);
        speedMetrics = Checks.listCopy("trend rules speedMetrics", speedMetrics);
    }

    private static void atLeast(String field, int value, int least) {
        if (value < least) {
            throw new IllegalArgumentException("trend rules " + field + " must be >= " + least + ", but was " + value);
        }
    }


    /**
     * The judgements that fire for {@code assessment}, the newest audit, given the earlier verdicts
     * in {@code history}; empty when the history is too short for any rule.
     */
    public List<TrendJudgement> judge(Assessment assessment, AuditHistory history) {
        Checks.notNull("assessment", assessment);
        Checks.notNull("history", history);
        List<TrendJudgement> judgements = new ArrayList<>(3);
        if (history.isEmpty()) {
            return judgements;
        }
        Judges.consistentProblems(Judges.window(assessment, history, consistentAudits), consistentAudits,
                consistentSigns).ifPresent(judgements::add);
        Judges.recurrences(Judges.window(assessment, history, recurrenceAudits), recurrences)
                .ifPresent(judgements::add);
        Judges.declines(Judges.window(assessment, history, declineAudits), declineAudits, minimumDecline,
                speedMetrics).ifPresent(judgements::add);
        return judgements;
    }
}
