package dev.backendaudit.checklist;

import dev.backendaudit.internal.Checks;
import dev.backendaudit.model.Criterion;
import dev.backendaudit.model.NextStep;
import java.util.List;

/**
 * Something a team can do: an optimization, a step of the staged rebuild plan, or an ongoing
 * practice. A verdict recommends actions as {@link NextStep}s.
 *
 * @param id     stable lowercase identifier
 * @param title  the action in a few words
 * @param detail what doing it means, in a sentence
 */
public record Action(String id, String title, String detail) {

    /** @throws IllegalArgumentException if the id is not an identifier or a text is blank */
    public Action {
        Checks.identifier("action id", id);
        Checks.notBlank("action title of '" + id + "'", title);
        Checks.notBlank("action detail of '" + id + "'", detail);
    }

    /**
     * This action as a next step, motivated by the given criteria's findings.
     *
     * @param motivatedBy the criteria whose findings call for it
     * @return the step
     */
    public NextStep toStep(List<Criterion> motivatedBy) {
        return new NextStep(id, title, detail, motivatedBy);
    }
}
