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

    /**
     * The configuration parameter that, set to {@code true}, writes the baseline from the current verdict instead
     * of checking it. Like every parameter here it is read as JUnit Platform reads configuration parameters: the
     * launcher's (Surefire's {@code configurationParameters}), then JVM system properties
     * ({@code -Dbackendaudit.acceptBaseline=true}), then {@code junit-platform.properties}. Only {@code true} and
     * {@code false} are accepted; in CI it is refused, since CI never rewrites a baseline.
     */
    String ACCEPT_BASELINE_PROPERTY = "backendaudit.acceptBaseline";

    /**
     * The configuration parameter that says whether the run is in CI: {@code true} or {@code false}. When it is
     * not set, the environment variable {@code CI} decides (any value but {@code false}, {@code 0} or blank means
     * CI; GitHub Actions, GitLab CI and most CI services set {@code CI=true}). In CI a baseline file is never
     * rewritten: an improvement passes and the test output says how to tighten the file locally.
     */
    String CI_PARAMETER = "backendaudit.ci";

    /**
     * The configuration parameter naming the folder where verdicts are stored and history is read; when set it
     * overrides {@link AuditTest#historyDir()}, so that a CI job can keep the history in a cached folder that
     * survives {@code mvn clean} ({@code -Dbackendaudit.historyDir=/home/runner/audit-history}). A relative path
     * is relative to the working directory (the module's folder under Maven and Gradle).
     */
    String HISTORY_DIR_PARAMETER = "backendaudit.historyDir";

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
     * accepts, after the waivers of {@link AuditTest#waivers()} valid today, or if a baseline entry or waiver names
     * no criterion of the audit. When nothing fails and findings improved, the baseline file is tightened (unless
     * {@link AuditTest#tightenBaseline()} is false, or the run is in CI: see {@link #CI_PARAMETER}); either way
     * the improvements, and the findings that pass only by a waiver, are printed on standard output after the
     * test. A missing baseline file accepts nothing; run once locally with
     * {@code -Dbackendaudit.acceptBaseline=true} to write it from the current verdict.
     *
     * @param verdict the verdict to check, usually from {@link #evaluate(Audit)}
     * @throws IllegalStateException if the test class names no baseline file
     * @throws AssertionError        listing every failing finding and entry
     */
    void assertConformsToBaseline(Verdict verdict);

    /**
     * The verdicts this test evaluated so far.
     *
     * @return the verdicts evaluated by this test, in the order of evaluation
     */
    List<Verdict> verdicts();
}
