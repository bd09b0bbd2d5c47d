package dev.backendaudit.scoring.history;

import dev.backendaudit.internal.Checks;
import java.time.Instant;
import java.util.List;

/**
 * One judgement about time that {@link TrendRules} made from an audit and the verdicts before it,
 * naming the audits it compared.
 *
 * <pre>{@code
 * for (TrendJudgement judgement : TrendRules.DEFAULTS.judge(assessment, history)) {
 *     System.out.println(judgement.rule() + ": " + judgement.text() + " " + judgement.audits());
 * }
 * }</pre>
 *
 * @param rule   the rule id, e.g. {@code "consistent-problems"}
 * @param text   what the rule found, naming the audits by time
 * @param audits the times of the audits compared, oldest first; the last is the audit being judged
 */
public record TrendJudgement(String rule, String text, List<Instant> audits) {

    /**
     * Creates a {@code TrendJudgement}, checking its components.
     *
     * @param rule   the rule id, e.g. {@code "consistent-problems"}
     * @param text   what the rule found, naming the audits by time
     * @param audits the times of the audits compared, oldest first; the last is the audit being judged
     * @throws IllegalArgumentException if the rule is not an identifier, the text is blank or fewer than two audits are named
     */
    public TrendJudgement {
        Checks.identifier("trend judgement rule", rule);
        Checks.notBlank("trend judgement text of '" + rule + "'", text);
        audits = Checks.listCopy("trend judgement audits of '" + rule + "'", audits);
        if (audits.size() < 2) {
            throw new IllegalArgumentException("trend judgement audits of '" + rule
                    + "' must name at least two audits, but named " + audits);
        }
    }
}
