package dev.backendaudit.model;

import dev.backendaudit.internal.Checks;

/**
 * The name and version of the scoring strategy that produced a verdict. Verdicts of different
 * versions of one strategy may not be directly comparable.
 *
 * @param name    the strategy's name, as found by {@code Strategies.byName}
 * @param version its version; a new version whenever its rules change
 */
public record StrategyId(String name, String version) {

    /**
     * Creates a {@code StrategyId}, checking its components.
     *
     * @param name    the strategy's name, as found by {@code Strategies.byName}
     * @param version its version; a new version whenever its rules change
     * @throws IllegalArgumentException if either is blank or the name is not an identifier
     */
    public StrategyId {
        Checks.identifier("strategy name", name);
        Checks.notBlank("strategy version of '" + name + "'", version);
    }

    @Override
    public String toString() {
        return name + " " + version;
    }
}
