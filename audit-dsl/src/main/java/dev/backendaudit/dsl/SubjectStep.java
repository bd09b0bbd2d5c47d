package dev.backendaudit.dsl;

/**
 * An audit whose checklist is chosen but whose subject is not yet named: nothing can be added or
 * evaluated until it is, so {@code BackendAudit.using(checklist).evaluate()} does not compile.
 *
 * <pre>{@code
 * Verdict verdict = BackendAudit.using(teamChecklist)
 *     .of("checkout-service")
 *     .performance(p -> p.latencyP95(Duration.ofMillis(870)).underPeakLoad())
 *     .evaluate();
 * }</pre>
 */
public interface SubjectStep {

    /**
     * Names the audited system: {@code BackendAudit.using(teamChecklist).of("checkout-service")}.
     *
     * @param subject the audited system's name
     * @return the sentence
     * @throws NullPointerException     if {@code subject} is null
     * @throws IllegalArgumentException if {@code subject} is blank
     */
    AuditStep of(String subject);
}
