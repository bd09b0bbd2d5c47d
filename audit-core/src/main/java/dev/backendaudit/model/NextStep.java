package dev.backendaudit.model;

import dev.backendaudit.internal.Checks;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A recommended action: an optimization that fits the findings, a step of the staged rebuild
 * plan, an ongoing practice, or the evidence to gather next.
 *
 * @param action      stable identifier of the action, e.g. {@code "add-caching"}
 * @param title       the action in a few words
 * @param detail      what to do, in a sentence
 * @param motivatedBy the criteria whose findings call for it (present findings for an optimization,
 *                    undecided ones for evidence to gather); empty for plan steps and practices
 */
public record NextStep(String action, String title, String detail, List<Criterion> motivatedBy) {

    /** @throws IllegalArgumentException if a text is blank */
    public NextStep {
        Checks.identifier("next step action", action);
        Checks.notBlank("next step title of", action, title);
        Checks.notBlank("next step detail of", action, detail);
        motivatedBy = Checks.listCopy("next step motivatedBy of", action, motivatedBy);
    }

    /**
     * The ids of the criteria that call for the step.
     *
     * @return the ids, in order
     */
    public List<String> motivatedByIds() {
        return motivatedBy.stream().map(Criterion::id).toList();
    }

    @Override
    public String toString() {
        return title + ": " + detail + (motivatedBy.isEmpty() ? "" : " (because of "
                + motivatedBy.stream().map(Criterion::id).collect(Collectors.joining(", ")) + ")");
    }
}
