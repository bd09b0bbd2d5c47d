package dev.backendaudit.dsl;

import dev.backendaudit.checklist.StandardChecklist;
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
 * id for this audit only. {@link #using(Checklist)} starts from another checklist.
 */
public final class BackendAudit {

    private BackendAudit() {
    }

    /**
     * Starts an audit of {@code subject} against the standard checklist.
     *
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
            return new AuditSentence(new Draft(subject, checklist));
        };
    }
}
