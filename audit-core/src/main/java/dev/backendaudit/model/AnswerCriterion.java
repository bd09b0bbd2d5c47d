package dev.backendaudit.model;

import dev.backendaudit.internal.Checks;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Judges an {@link Answer} to a {@link Question}: each unhealthy choice maps to the
 * {@link Severity} of the sign it reveals; every other choice is healthy.
 *
 * <pre>{@code
 * // anything but "yes" is a warning
 * AnswerCriterion.expect("scalability.automatic", Signs.MANUAL_SCALING, Questions.AUTOMATIC_SCALING,
 *         "yes", Severity.WARNING);
 * // "yes" is critical
 * AnswerCriterion.flag("code-quality.unmanageable", Signs.COMPLEXITY_UNMANAGEABLE,
 *         Questions.COMPLEXITY_UNMANAGEABLE, "yes", Severity.CRITICAL);
 * }</pre>
 *
 * @param id         stable lowercase identifier
 * @param sign       the sign detected
 * @param question   the question whose answer is judged
 * @param severities the unhealthy choices and the severity each reveals; at least one choice stays healthy
 */
public record AnswerCriterion(String id, Sign sign, Question question, Map<String, Severity> severities)
        implements Criterion {

    /** @throws IllegalArgumentException if a choice is not the question's, or no choice is left healthy */
    public AnswerCriterion {
        Checks.identifier("criterion id", id);
        Checks.notNull("criterion '" + id + "' sign", sign);
        Checks.notNull("criterion '" + id + "' question", question);
        Checks.notNull("criterion '" + id + "' severities", severities);
        // keep the question's order of choices, whatever the caller's map order
        Map<String, Severity> ordered = new LinkedHashMap<>();
        for (String choice : severities.keySet()) {
            if (!question.choices().contains(choice)) {
                throw new IllegalArgumentException("criterion '" + id + "' severities must name choices of "
                        + question.choices() + ", but named \"" + choice + "\"");
            }
        }
        for (String choice : question.choices()) {
            if (severities.containsKey(choice)) {
                ordered.put(choice, Checks.notNull("criterion '" + id + "' severity of \"" + choice + "\"",
                        severities.get(choice)));
            }
        }
        if (ordered.isEmpty()) {
            throw new IllegalArgumentException("criterion '" + id + "' severities must flag at least one choice, but was empty");
        }
        if (ordered.size() == question.choices().size()) {
            throw new IllegalArgumentException("criterion '" + id + "' severities must leave at least one healthy choice of "
                    + question.choices() + ", but flagged them all");
        }
        severities = Checks.mapCopy("criterion '" + id + "' severities", ordered);
    }

    /** Healthy only when the answer is {@code healthyChoice}; any other answer is {@code severity}. */
    public static AnswerCriterion expect(String id, Sign sign, Question question, String healthyChoice,
                                         Severity severity) {
        Checks.notNull("criterion '" + id + "' question", question);
        if (!question.choices().contains(healthyChoice)) {
            throw new IllegalArgumentException("criterion '" + id + "' healthy choice must be one of "
                    + question.choices() + ", but was \"" + healthyChoice + "\"");
        }
        Map<String, Severity> flagged = new LinkedHashMap<>();
        question.choices().stream().filter(c -> !c.equals(healthyChoice)).forEach(c -> flagged.put(c, severity));
        return new AnswerCriterion(id, sign, question, flagged);
    }

    /** Unhealthy only when the answer is {@code badChoice}, with {@code severity}. */
    public static AnswerCriterion flag(String id, Sign sign, Question question, String badChoice, Severity severity) {
        return new AnswerCriterion(id, sign, question, Map.of(badChoice, severity));
    }

    /** The choices that are healthy. */
    public java.util.List<String> healthyChoices() {
        java.util.List<String> healthy = new java.util.ArrayList<>(question.choices().size());
        for (String choice : question.choices()) {
            if (!severities.containsKey(choice)) {
                healthy.add(choice);
            }
        }
        return healthy;
    }

    @Override
    public Topic topic() {
        return question;
    }

    @Override
    public String describeRule() {
        return "healthy answer: " + String.join(" or ", healthyChoices());
    }

    @Override
    public Finding judge(Evidence evidence) {
        if (evidence instanceof NotApplicable) {
            return Finding.notApplicable(this, (NotApplicable) evidence);
        }
        if (!(evidence instanceof Answer)) {
            return Finding.unknown(this, Optional.of(evidence), "an answer to \"" + question.text()
                    + "\" is needed, but the evidence is " + evidence.describe() + "; source: " + evidence.provenance());
        }
        Answer answer = (Answer) evidence;
        Severity severity = severities.get(answer.choice());
        if (severity == null) {
            return Finding.absent(this, evidence, "\"" + question.text() + "\" was answered " + answer.describe()
                    + "; source: " + answer.provenance());
        }
        return Finding.present(this, severity, evidence, "\"" + question.text() + "\" was answered "
                + answer.describe() + "; the healthy answer is " + String.join(" or ", healthyChoices())
                + "; source: " + answer.provenance(), 1);
    }
}
