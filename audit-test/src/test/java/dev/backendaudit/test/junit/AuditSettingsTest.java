package dev.backendaudit.test.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** Whether a run is in CI, and where its files go, from the parameters and the environment handed in. */
class AuditSettingsTest {

    @AuditTest
    private static final class Defaults {
    }

    private static AuditSettings resolve(Map<String, String> parameters, Map<String, String> environment) {
        return AuditSettings.resolve(Defaults.class.getAnnotation(AuditTest.class),
                key -> Optional.ofNullable(parameters.get(key)), environment::get);
    }

    @Test
    void should_be_in_ci_when_the_environment_says_ci_true() {
        AuditSettings settings = resolve(Map.of(), Map.of("CI", "true"));
        assertThat(settings.ci()).isTrue();
        assertThat(settings.ciReason()).isEqualTo("CI=true");
    }

    @Test
    void should_be_in_ci_for_any_value_of_ci_but_false_zero_or_blank() {
        assertThat(resolve(Map.of(), Map.of("CI", "woodpecker")).ci()).isTrue();
        assertThat(resolve(Map.of(), Map.of("CI", "1")).ci()).isTrue();
        assertThat(resolve(Map.of(), Map.of("CI", "FALSE")).ci()).isFalse();
        assertThat(resolve(Map.of(), Map.of("CI", "0")).ci()).isFalse();
        assertThat(resolve(Map.of(), Map.of("CI", " ")).ci()).isFalse();
        assertThat(resolve(Map.of(), Map.of()).ci()).isFalse();
        assertThat(resolve(Map.of(), Map.of()).ciReason()).isEqualTo("CI unset");
    }

    @Test
    void should_let_the_parameter_override_the_environment_both_ways() {
        AuditSettings off = resolve(Map.of(AuditRun.CI_PARAMETER, "false"), Map.of("CI", "true"));
        AuditSettings on = resolve(Map.of(AuditRun.CI_PARAMETER, "TRUE"), Map.of());
        assertThat(off.ci()).isFalse();
        assertThat(on.ci()).isTrue();
        assertThat(on.ciReason()).isEqualTo("backendaudit.ci=TRUE");
    }

    @Test
    void should_refuse_accepting_a_baseline_when_the_environment_is_ci() {
        assertThatThrownBy(() -> resolve(Map.of(AuditRun.ACCEPT_BASELINE_PROPERTY, "true"), Map.of("CI", "true")))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("backendaudit.acceptBaseline=true rewrites the baseline file, which a CI run never does"
                        + " (CI=true): accept the baseline locally and commit the file, or set backendaudit.ci=false");
    }

    @Test
    void should_refuse_an_accept_switch_that_is_not_a_boolean() {
        assertThatThrownBy(() -> resolve(Map.of(AuditRun.ACCEPT_BASELINE_PROPERTY, "yes"), Map.of()))
                .hasMessage("configuration parameter backendaudit.acceptBaseline must be true or false, but was \"yes\"");
    }

    @Test
    void should_take_the_history_folder_from_the_parameter_over_the_annotation() {
        assertThat(resolve(Map.of(), Map.of()).historyDir()).isEqualTo(Path.of("target/audit-history"));
        assertThat(resolve(Map.of(AuditRun.HISTORY_DIR_PARAMETER, "src/test/audit-history"), Map.of()).historyDir())
                .isEqualTo(Path.of("src/test/audit-history"));
    }

    @Test
    void should_refuse_a_blank_history_folder() {
        assertThatThrownBy(() -> resolve(Map.of(AuditRun.HISTORY_DIR_PARAMETER, " "), Map.of()))
                .hasMessage("configuration parameter backendaudit.historyDir must name a directory, but was blank");
    }

    @Test
    void should_refuse_a_history_folder_that_is_no_path() {
        assertThatThrownBy(() -> resolve(Map.of(AuditRun.HISTORY_DIR_PARAMETER, "a\u0000b"), Map.of()))
                .hasMessage("configuration parameter backendaudit.historyDir must be a path, but was \"a\u0000b\":"
                        + " Nul character not allowed");
    }
}
