package dev.backendaudit.model;

import dev.backendaudit.internal.Checks;
import java.util.Optional;

/**
 * An answer to a checklist {@link Question}: yes/no or one of the question's choices, with an
 * optional note saying why.
 *
 * <pre>{@code
 * Answer.of(Questions.AUTOMATIC_SCALING, false, "scaled by hand during sales");
 * Answer.choice(deploymentStyle, "blue-green", null);
 * }</pre>
 *
 * @param question   the question answered
 * @param choice     the answer, one of {@link Question#choices()}
 * @param note       why, in the answerer's words
 * @param provenance who answered, and where it is written down
 */
public record Answer(Question question, String choice, Optional<String> note, Provenance provenance)
        implements Evidence {

    /**
     * Creates a {@code Answer}, checking its components.
     *
     * @param question   the question answered
     * @param choice     the answer, one of {@link Question#choices()}
     * @param note       why, in the answerer's words
     * @param provenance who answered, and where it is written down
     * @throws IllegalArgumentException if {@code choice} is not one of the question's choices
     */
    public Answer {
        Checks.notNull("answer question", question);
        Checks.notNull("answer to '" + question.id() + "'", choice);
        Checks.notNull("answer to '" + question.id() + "' note", note);
        Checks.notNull("answer to '" + question.id() + "' provenance", provenance);
        if (!question.choices().contains(choice)) {
            throw new IllegalArgumentException("answer to '" + question.id() + "' must be one of "
                    + question.choices() + ", but was \"" + choice + "\"");
        }
        note.ifPresent(n -> Checks.notBlank("answer to '" + question.id() + "' note", n));
    }

    /**
     * A yes/no answer typed in by a person; {@code note} may be null.
     *
     * @param question a yes/no question
     * @param yes      true for the answer {@code "yes"}, false for {@code "no"}
     * @param note     why, in the answerer's words; null for none
     * @return the answer, with {@link Provenance#manual()} as its provenance
     * @throws IllegalArgumentException if the question has no such choice (it is not a yes/no question)
     */
    public static Answer of(Question question, boolean yes, String note) {
        return new Answer(question, yes ? "yes" : "no", Optional.ofNullable(note), Provenance.manual());
    }

    /**
     * One of the question's choices, typed in by a person; {@code note} may be null.
     *
     * @param question the question answered
     * @param choice   one of {@link Question#choices()}, spelled exactly
     * @param note     why, in the answerer's words; null for none
     * @return the answer, with {@link Provenance#manual()} as its provenance
     * @throws IllegalArgumentException if {@code choice} is not one of the question's choices
     */
    public static Answer choice(Question question, String choice, String note) {
        return new Answer(question, choice, Optional.ofNullable(note), Provenance.manual());
    }

    /**
     * This answer with another provenance.
     *
     * @param source who answered and where it is written down, e.g. {@code Provenance.manual("docs/adr/0007.md")}
     * @return a copy with that provenance
     */
    public Answer from(Provenance source) {
        return new Answer(question, choice, note, source);
    }

    @Override
    public Topic topic() {
        return question;
    }

    /** {@code "no (scaled by hand during sales)"}. */
    @Override
    public String describe() {
        return note.map(n -> choice + " (" + n + ")").orElse(choice);
    }

    /** Two answers agree when they give the same choice; notes may differ. */
    @Override
    public boolean agreesWith(Evidence other) {
        return other instanceof Answer
                && ((Answer) other).question.equals(question)
                && ((Answer) other).choice.equals(choice);
    }
}
