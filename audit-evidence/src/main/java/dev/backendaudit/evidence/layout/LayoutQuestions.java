package dev.backendaudit.evidence.layout;

import dev.backendaudit.checklist.Areas;
import dev.backendaudit.model.Question;

/**
 * Questions the repository layout answers that the standard checklist does not ask. Their answers
 * are reported as evidence; judge them with a criterion of your own if they matter to you:
 *
 * <pre>{@code
 * builder.criterion(AnswerCriterion.expect("monitoring.health-probes", Signs.REACTIVE_DETECTION,
 *         LayoutQuestions.HEALTH_PROBES, "yes", Severity.WARNING));
 * }</pre>
 */
public final class LayoutQuestions {

    /** Whether every deployed container declares a health probe. Healthy: yes. */
    public static final Question HEALTH_PROBES = Question.yesNo("monitoring.health-probes", Areas.MONITORING,
            "Does every deployed container declare a health probe (liveness, readiness or startup)?");

    private LayoutQuestions() {
    }
}
