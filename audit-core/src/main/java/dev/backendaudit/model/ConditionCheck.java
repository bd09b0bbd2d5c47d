package dev.backendaudit.model;

import dev.backendaudit.internal.Checks;
import java.util.List;

/**
 * One condition a strategy checked before it advised optimization, such as "the architecture is
 * still scalable", with its status and the findings it rests on. The checklist strategy checks the
 * four conditions under which optimization is enough; a rationale says a condition holds only when
 * its check is {@link CheckStatus#HOLDS}.
 *
 * @param id        the condition's stable identifier, e.g. {@code "architecture-scalable"}
 * @param statement the condition in words, e.g. {@code "the architecture is still scalable"}
 * @param status    whether it holds, fails, or could not be checked
 * @param basis     the criteria whose findings decided it (for an area-based condition, the criteria
 *                  behind the areas it counted)
 * @param text      one sentence saying why, e.g. {@code "2 of 6 areas need attention, under the 3 ..."}
 */
public record ConditionCheck(String id, String statement, CheckStatus status, List<Criterion> basis, String text) {

    /** @throws IllegalArgumentException if the id is not an identifier or a text is blank */
    public ConditionCheck {
        Checks.identifier("condition id", id);
        Checks.notBlank("condition statement of", id, statement);
        Checks.notNull("condition status of", id, status);
        basis = Checks.listCopy("condition basis of", id, basis);
        Checks.notBlank("condition text of", id, text);
    }

    /**
     * Whether the condition was checked and holds.
     *
     * @return whether the status is {@link CheckStatus#HOLDS}
     */
    public boolean holds() {
        return status == CheckStatus.HOLDS;
    }

    /** {@code "the architecture is still scalable (holds: ...)"}, the form rationales use. */
    @Override
    public String toString() {
        return statement + " (" + status.word() + ": " + text + ")";
    }
}
