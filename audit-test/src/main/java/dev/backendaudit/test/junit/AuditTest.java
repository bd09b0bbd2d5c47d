package dev.backendaudit.test.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Makes a JUnit Jupiter test class an audit test: its test methods receive an {@link AuditRun}
 * that evaluates audits with their history, and after each test the new verdicts are stored
 * (for the next run's history) and a human-readable report is written per audit.
 *
 * <pre>{@code
 * @AuditTest(baseline = "src/test/resources/checkout-baseline.json")
 * class CheckoutServiceAuditTest {
 *
 *     @Test
 *     void stays_out_of_rebuild_territory(AuditRun run) {
 *         Verdict verdict = run.evaluate(CheckoutServiceAudit.audit());
 *         assertThat(verdict).isNotWorseThan(Outcome.OPTIMIZE);
 *         run.assertConformsToBaseline(verdict);
 *     }
 * }
 * }</pre>
 *
 * <p>Paths are relative to the working directory, which Maven and Gradle set to the module's
 * folder.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(AuditExtension.class)
public @interface AuditTest {

    /** Where verdicts are stored and history is read from. */
    String historyDir() default "target/audit-history";

    /** Where a human-readable report per audited subject is written. */
    String reportDir() default "target/audit-reports";

    /** The baseline file for {@link AuditRun#assertConformsToBaseline}; empty for none. */
    String baseline() default "";

    /** The waiver file for {@link AuditRun#assertConformsToBaseline}; empty for none. */
    String waivers() default "";

    /** Whether findings that improved tighten the baseline file automatically. */
    boolean tightenBaseline() default true;
}
