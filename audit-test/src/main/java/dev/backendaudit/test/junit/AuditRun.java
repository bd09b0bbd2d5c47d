package dev.backendaudit.test.junit;

import dev.backendaudit.model.Audit;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.scoring.ScoringStrategy;
import java.util.List;

/**
 * What an {@link AuditTest} method receives: evaluation with history, and the baseline check.
 *
 * <pre>{@code
 * @Test
 * void checkout_service_stays_healthy(AuditRun run) {
 *     Verdict verdict = run.evaluate(audit);          // with the stored history of its subject
 *     assertThat(verdict).isNotWorseThan(Outcome.OPTIMIZE);
 *     run.assertConformsToBaseline(verdict);           // new or worse findings fail; improvements tighten
 * }
 * }</pre>
 */
public interface AuditRun {

    /** The system property that, set to {@code true}, writes the baseline from the current verdict instead of checking it. */
    String ACCEPT_BASELINE_PROPERTY = "backendaudit.acceptBaseline";

    /**
     * Evaluates {@code audit} with the checklist strategy and the stored verdicts of its subject that are
     * earlier than the audit's time; the verdict is stored after the test.
     *
     * @param audit the audit to evaluate; its subject names the history it is judged against
     * @return the verdict, which trend rules judged against the earlier verdicts
     */
    Verdict evaluate(Audit audit);

    /**
     * Evaluates {@code audit} with {@code strategy} and the stored history of its subject; the verdict is stored after the test.
     *
     * @param audit    the audit to evaluate; its subject names the history it is judged against
     * @param strategy the strategy that turns the audit's findings into a decision, e.g. a checklist or weighted score
     * @return the verdict of {@code strategy}, with the stored history taken into account
     */
    Verdict evaluate(Audit audit, ScoringStrategy strategy);

    /**
     * The stored history of {@code subject} (empty on a first run).
     *
     * @param subject the audited subject, as the audits name it
     * @return its verdicts stored in {@link AuditTest#historyDir()}, oldest first; empty when there are none
     */
    AuditHistory history(String subject);

    /**
     * Fails if {@code verdict} has findings new or worse than the baseline file of {@link AuditTest#baseline()}
     * accepts, after the waivers of {@link AuditTest#waivers()} valid today. When nothing fails and findings
     * improved, the baseline file is tightened (unless {@link AuditTest#tightenBaseline()} is false). Stale
     * baseline entries are reported, not failed. A missing baseline file accepts nothing; run once with
     * {@code -Dbackendaudit.acceptBaseline=true} to write it from the current verdict.
     *
     * @throws IllegalStateException if the test class names no baseline file
     */
    void assertConformsToBaseline(Verdict verdict);

    /**
     * The verdicts this test evaluated so far.
     *
     * @return the verdicts evaluated by this test, in the order of evaluation
     */
    List<Verdict> verdicts();
}
