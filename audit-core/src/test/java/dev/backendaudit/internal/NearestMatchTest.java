package dev.backendaudit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearestMatchTest {

    private static final List<String> AREAS = List.of("architecture", "performance", "scalability", "code-quality",
            "deployment", "monitoring");

    @Test
    void should_suggest_the_id_one_typo_away() {
        assertThat(NearestMatch.nearest("perfomance", AREAS)).contains("performance");
        assertThat(NearestMatch.suggestion("perfomance", AREAS)).isEqualTo("; did you mean 'performance'? Known: "
                + "[architecture, code-quality, deployment, monitoring, performance, scalability]");
    }

    @Test
    void should_suggest_an_id_that_contains_the_given_one() {
        assertThat(NearestMatch.nearest("deploy", AREAS)).contains("deployment");
    }

    @Test
    void should_not_suggest_an_unrelated_id() {
        assertThat(NearestMatch.nearest("security", AREAS)).isEmpty();
        assertThat(NearestMatch.suggestion("security", AREAS)).isEqualTo(
                "; known: [architecture, code-quality, deployment, monitoring, performance, scalability]");
    }

    @Test
    void should_say_when_nothing_is_known() {
        assertThat(NearestMatch.suggestion("x", List.of())).isEqualTo("; there are none");
    }

    @Test
    void should_measure_edit_distance() {
        assertThat(NearestMatch.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(NearestMatch.distance("", "abc")).isEqualTo(3);
        assertThat(NearestMatch.distance("same", "same")).isZero();
    }
}
