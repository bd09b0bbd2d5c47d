package dev.backendaudit.model;

import dev.backendaudit.internal.Checks;

/**
 * One rule of a scoring strategy that fired, in words: the verdict's rationale is a list of these.
 *
 * <pre>{@code
 * new Reason("rebuild-indicator", "Rebuild indicator present: fixes create new issues repeatedly (...)")
 * }</pre>
 *
 * @param rule the rule's stable identifier, documented by its strategy
 * @param text what the rule found, in a sentence a tech lead can paste into a ticket
 */
public record Reason(String rule, String text) {

    /** @throws IllegalArgumentException if the rule is not an identifier or the text is blank */
    public Reason {
        Checks.identifier("reason rule", rule);
        Checks.notBlank("reason text of rule '" + rule + "'", text);
    }

    @Override
    public String toString() {
        return "[" + rule + "] " + text;
    }
}
