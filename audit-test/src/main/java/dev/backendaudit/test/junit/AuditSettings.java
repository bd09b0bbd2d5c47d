package dev.backendaudit.test.junit;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * What one audit test runs with, resolved from {@link AuditTest}, the JUnit Platform configuration
 * parameters (which include JVM system properties and {@code junit-platform.properties}) and the
 * environment. The lookups are functions so that a test can hand in the environment it needs.
 *
 * <p>Precedence: whether the run is in CI is the parameter {@value AuditRun#CI_PARAMETER} when it is
 * set, otherwise the environment variable {@code CI} (set by GitHub Actions, GitLab CI, CircleCI,
 * Travis, Bitbucket, Buildkite and others): any value but {@code false}, {@code 0} or blank means CI.
 * The history folder is the parameter {@value AuditRun#HISTORY_DIR_PARAMETER} when set (a CI cache
 * path belongs to the build, not to the test class), otherwise {@link AuditTest#historyDir()}.
 *
 * @param ci             whether this run is in CI, where baseline files are never rewritten
 * @param ciReason       why: the parameter or variable that decided it, with its value
 * @param acceptBaseline whether the baseline is written from the current verdict
 * @param historyDir     where verdicts are stored and history is read
 * @param reportDir      where reports are written
 */
record AuditSettings(boolean ci, String ciReason, boolean acceptBaseline, Path historyDir, Path reportDir) {

    /** The environment variable CI services set. */
    static final String CI_VARIABLE = "CI";

    /**
     * Resolves the settings of a test class.
     *
     * @param config      the test class's annotation (or the defaults)
     * @param parameters  the JUnit Platform configuration parameter of a key, if set
     * @param environment the environment variable of a name, or null
     * @return the settings
     * @throws ExtensionConfigurationException naming the parameter, the value and the rule when one is bad
     */
    static AuditSettings resolve(AuditTest config, Function<String, Optional<String>> parameters,
                                 Function<String, String> environment) {
        Optional<String> ciParameter = parameters.apply(AuditRun.CI_PARAMETER);
        boolean ci;
        String reason;
        if (ciParameter.isPresent()) {
            ci = bool(AuditRun.CI_PARAMETER, ciParameter.get());
            reason = AuditRun.CI_PARAMETER + "=" + ciParameter.get().strip();
        } else {
            String variable = environment.apply(CI_VARIABLE);
            String value = variable == null ? "" : variable.strip().toLowerCase(Locale.ROOT);
            ci = !value.isEmpty() && !value.equals("false") && !value.equals("0");
            reason = variable == null ? CI_VARIABLE + " unset" : CI_VARIABLE + "=" + variable.strip();
        }
        boolean accept = parameters.apply(AuditRun.ACCEPT_BASELINE_PROPERTY)
                .map(value -> bool(AuditRun.ACCEPT_BASELINE_PROPERTY, value)).orElse(false);
        if (accept && ci) {
            throw new ExtensionConfigurationException(AuditRun.ACCEPT_BASELINE_PROPERTY + "=true rewrites the"
                    + " baseline file, which a CI run never does (" + reason + "): accept the baseline locally and"
                    + " commit the file, or set " + AuditRun.CI_PARAMETER + "=false");
        }
        Optional<String> historyParameter = parameters.apply(AuditRun.HISTORY_DIR_PARAMETER);
        Path history = historyParameter.isPresent()
                ? directory("configuration parameter " + AuditRun.HISTORY_DIR_PARAMETER, historyParameter.get())
                : directory("@AuditTest historyDir", config.historyDir());
        Path reports = directory("@AuditTest reportDir", config.reportDir());
        return new AuditSettings(ci, reason, accept, history, reports);
    }

    private static boolean bool(String key, String value) {
        String normal = value.strip().toLowerCase(Locale.ROOT);
        if (normal.equals("true") || normal.equals("false")) {
            return normal.equals("true");
        }
        throw new ExtensionConfigurationException("configuration parameter " + key + " must be true or false, but was \""
                + value + "\"");
    }

    private static Path directory(String what, String value) {
        if (value.isBlank()) {
            throw new ExtensionConfigurationException(what + " must name a directory, but was blank");
        }
        Path path;
        try {
            path = Path.of(value.strip());
        } catch (InvalidPathException e) {
            throw new ExtensionConfigurationException(what + " must be a path, but was \"" + value + "\": "
                    + e.getReason(), e);
        }
        if (Files.exists(path) && !Files.isDirectory(path)) {
            throw new ExtensionConfigurationException(what + " must name a directory, but \"" + value
                    + "\" is a file");
        }
        return path;
    }
}
