package dev.backendaudit.dsl;

import dev.backendaudit.checklist.StandardChecklist;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.Checklist;

/**
 * Where every audit written in the DSL begins: one static import, one sentence.
 *
 * <pre>{@code
 * Verdict verdict = BackendAudit.of("checkout-service")
 *     .performance(p -> p
 *         .latencyP95(Duration.ofMillis(870)).underPeakLoad()
 *         .warnAbove(Duration.ofMillis(300)).criticalAbove(Duration.ofSeconds(1)))
 *     .scalability(s -> s.scaledByHand("scaled by hand during sales"))
 *     .deployment(d -> d.changeFailureRate(Quantity.percent(9)))
 *     .evaluate();
 * }</pre>
 *
 * <p>Audits start from the standard checklist ({@link StandardChecklist}): every standard criterion
 * with its documented default bound. A clause that gives bounds replaces the criterion with the same
 * id for this audit only. {@link #using(Checklist)} starts from another checklist, and
 * {@link #startingFrom(Audit)} from an audit already built.
 *
 * <p>Every step is an immutable value, so a sentence can be kept and continued in several ways:
 *
 * <pre>{@code
 * AuditStep base = BackendAudit.of("checkout-service").at(AUDITED_AT)
 *     .scalability(s -> s.scaledByHand().noSinglePointOfFailure());
 * Verdict atPeak = base.performance(p -> p.latencyP95(Duration.ofMillis(870)).underPeakLoad()).evaluate();
 * Verdict normal = base.performance(p -> p.latencyP95(Duration.ofMillis(180)).underNormalLoad()).evaluate();
 * }</pre>
 */
public final class BackendAudit {

    private BackendAudit() {
    }

    /**
     * Starts an audit of {@code subject} against the standard checklist:
     * {@code BackendAudit.of("checkout-service").performance(p -> ...).evaluate()}.
     *
     * @param subject the audited system's name
     * @return the sentence
     * @throws NullPointerException     if {@code subject} is null
     * @throws IllegalArgumentException if {@code subject} is blank
     */
    public static AuditStep of(String subject) {
        return using(StandardChecklist.checklist()).of(subject);
    }

    /**
     * Starts an audit against {@code checklist}; the subject must be named next.
     *
     * <pre>{@code BackendAudit.using(teamChecklist).of("checkout-service").evaluate();}</pre>
     *
     * @param checklist the areas and criteria to judge by
     * @return the step that names the subject
     * @throws NullPointerException if {@code checklist} is null
     */
    public static SubjectStep using(Checklist checklist) {
        Args.notNull("BackendAudit.using(null)", "checklist", checklist);
        return subject -> {
            String clause = "BackendAudit.of(" + Args.show(subject) + ")";
            Args.notNull(clause, "subject", subject);
            if (subject.isBlank()) {
                throw new IllegalArgumentException(clause + ": subject must not be blank, but was \"" + subject + "\"");
            }
            return new AuditSentence(Draft.of(subject, checklist));
        };
    }

    /**
     * Starts a sentence from an audit already built: its subject, time, areas, criteria and evidence, as
     * if the sentence had said them. Add to it like any sentence, or change what it says with
     * {@link AuditStep#replacing replacing(...)}: the way for a test to start from a base audit and change
     * one value. {@code BackendAudit.startingFrom(audit).audit()} equals an {@code audit} the DSL built.
     *
     * <pre>{@code
     * Audit base = CheckoutServiceAudit.audit();
     * Verdict slower = BackendAudit.startingFrom(base)
     *     .replacing(s -> s.performance(p -> p.latencyP95(Duration.ofMillis(1500)).underPeakLoad()))
     *     .evaluate();
     * }</pre>
     *
     * <p>The peak slowdown is derived as in any sentence: when both p95 values are there and no slowdown
     * was given (one the DSL derived for {@code base} is derived again, from the values as they end up).
     *
     * @param base the audit to start from
     * @return the sentence
     * @throws NullPointerException if {@code base} is null
     */
    public static AuditStep startingFrom(Audit base) {
        return new AuditSentence(Draft.of(Args.notNull("BackendAudit.startingFrom(null)", "base audit", base)));
    }
}
