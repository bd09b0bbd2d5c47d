package dev.backendaudit.model;

import dev.backendaudit.internal.Checks;
import java.util.List;

/**
 * One rule of a scoring strategy that fired, in words, and the findings it rests on: the verdict's
 * rationale is a list of these.
 *
 * <pre>{@code
 * new Reason("rebuild-indicator", "Rebuild indicator present: fixes create new issues repeatedly (...)",
 *         List.of(Criteria.REFIX_SHARE));
 * }</pre>
 *
 * @param rule  the rule's stable identifier, documented by its strategy
 * @param text  what the rule found, in a sentence a tech lead can paste into a ticket
 * @param basis the criteria whose findings the rule rests on, in order; empty for a rule about the
 *              evidence as a whole (coverage, history)
 */
public record Reason(String rule, String text, List<Criterion> basis) {

    /** @throws IllegalArgumentException if the rule is not an identifier or the text is blank */
    public Reason {
        Checks.identifier("reason rule", rule);
        Checks.notBlank("reason text of rule", rule, text);
        basis = Checks.listCopy("reason basis of rule", rule, basis);
    }

    /**
     * A reason that rests on no particular finding.
     *
     * @param rule the rule's id
     * @param text what it found
     */
    public Reason(String rule, String text) {
        this(rule, text, List.of());
    }

    @Override
    public String toString() {
        return "[" + rule + "] " + text;
    }
}
