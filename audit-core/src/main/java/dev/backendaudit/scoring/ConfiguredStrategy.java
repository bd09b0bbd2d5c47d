package dev.backendaudit.scoring;

import dev.backendaudit.internal.Checks;

/**
 * A strategy with a name, a version and settings: what every built-in strategy has besides its rules,
 * and a base for a team's own configurable strategy.
 *
 * <pre>{@code
 * public final class NoCriticalFindings extends ConfiguredStrategy<NoCriticalFindings.Config> {
 *     public record Config(int allowed) { }
 *     public NoCriticalFindings() { super("no-critical", "1", new Config(0)); }
 *     public Decision decide(Assessment assessment, AuditHistory history) { ... config().allowed() ... }
 * }
 * }</pre>
 *
 * @param <C> the type of the settings
 */
public abstract class ConfiguredStrategy<C> implements ScoringStrategy {

    private final String name;
    private final String version;
    private final C config;

    /**
     * A strategy with these settings.
     *
     * @param name    the strategy's name
     * @param version its version
     * @param config  its settings
     */
    protected ConfiguredStrategy(String name, String version, C config) {
        this.name = Checks.identifier("strategy name", name);
        this.version = Checks.notBlank("strategy version of '" + name + "'", version);
        this.config = Checks.notNull("config", config);
    }

    /**
     * This strategy's settings.
     *
     * @return the settings
     */
    public C config() {
        return config;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String version() {
        return version;
    }

    /** {@code "weighted-score 2.0 Config[...]"}: name, version and settings. */
    @Override
    public String toString() {
        return name + " " + version + " " + config;
    }
}
