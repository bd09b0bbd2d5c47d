package dev.backendaudit.model;

import dev.backendaudit.internal.Checks;
import java.util.List;

/**
 * A question the audit asks, answered by an {@link Answer}: yes/no, or one of a fixed set of
 * choices.
 *
 * <p>The checklist's questions are constants of {@code dev.backendaudit.checklist.Questions}.
 * Users define their own:
 *
 * <pre>{@code
 * Question rotated = Question.yesNo("security.secrets-rotated", security,
 *         "Are secrets rotated automatically?");
 * Question store = Question.choice("data.primary-store", data,
 *         "Where does the primary data live?", List.of("managed", "self-hosted", "spreadsheet"));
 * }</pre>
 *
 * <p>Two questions are equal when their ids are equal.
 *
 * @param id      stable lowercase identifier
 * @param area    the area the question belongs to
 * @param text    the question as a person reads it
 * @param choices the allowed answers, in order; {@code ["yes", "no"]} for a yes/no question
 */
public record Question(String id, Area area, String text, List<String> choices) implements Topic {

    /** The choices of every yes/no question. */
    public static final List<String> YES_NO = List.of("yes", "no");

    /**
     * Creates a {@code Question}, checking its components.
     *
     * @param id      stable lowercase identifier
     * @param area    the area the question belongs to
     * @param text    the question as a person reads it
     * @param choices the allowed answers, in order; {@code ["yes", "no"]} for a yes/no question
     * @throws IllegalArgumentException if a text is blank, or choices are fewer than two or repeat
     */
    public Question {
        Checks.identifier("question id", id);
        Checks.notNull("question '" + id + "' area", area);
        Checks.notBlank("question '" + id + "' text", text);
        choices = Checks.listCopy("question '" + id + "' choices", choices);
        if (choices.size() < 2) {
            throw new IllegalArgumentException("question '" + id + "' choices must hold at least 2 answers, but was "
                    + choices);
        }
        if (choices.stream().distinct().count() != choices.size()) {
            throw new IllegalArgumentException("question '" + id + "' choices must be distinct, but was " + choices);
        }
        choices.forEach(choice -> Checks.notBlank("question '" + id + "' choice", choice));
    }

    /**
     * A yes/no question.
     *
     * @param id   the question's id, a lowercase identifier unique among an audit's topics
     * @param area the area the question belongs to
     * @param text the question as a person reads it, not blank
     * @return a question whose choices are {@code "yes"} and {@code "no"}
     */
    public static Question yesNo(String id, Area area, String text) {
        return new Question(id, area, text, YES_NO);
    }

    /**
     * A question answered by one of {@code choices}.
     *
     * @param id      the question's id, a lowercase identifier unique among an audit's topics
     * @param area    the area the question belongs to
     * @param text    the question as a person reads it, not blank
     * @param choices the allowed answers, in order: at least two, none repeated
     * @return the question
     * @throws IllegalArgumentException if a text is blank, or choices are fewer than two or repeat
     */
    public static Question choice(String id, Area area, String text, List<String> choices) {
        return new Question(id, area, text, choices);
    }

    /**
     * Whether this is a yes/no question.
     *
     * @return true when the choices are exactly {@code "yes"} and {@code "no"}, in that order
     */
    public boolean isYesNo() {
        return choices.equals(YES_NO);
    }

    /** The question's text; as a {@link Topic} a question is named by what it asks. */
    @Override
    public String name() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Question && ((Question) other).id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
