package dev.backendaudit.evidence.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DoraBandsTest {

    final DoraBands bands = DoraBands.REPORT_2021;

    @Test
    void should_rate_deployment_frequency_against_the_2021_bands() {
        // WHEN / THEN
        assertThat(bands.rateDeploymentFrequency(3)).isEqualTo(DoraRating.ELITE);
        assertThat(bands.rateDeploymentFrequency(1)).isEqualTo(DoraRating.ELITE);
        assertThat(bands.rateDeploymentFrequency(2.0 / 7)).isEqualTo(DoraRating.HIGH);
        assertThat(bands.rateDeploymentFrequency(1.0 / 60)).isEqualTo(DoraRating.MEDIUM);
        assertThat(bands.rateDeploymentFrequency(1.0 / 365)).isEqualTo(DoraRating.LOW);
    }

    @Test
    void should_close_the_published_gaps_at_the_nearest_edge() {
        // WHEN / THEN: 2021 publishes no band for a lead time between one hour and one day
        assertThat(bands.rateLeadTime(Duration.ofMinutes(59))).isEqualTo(DoraRating.ELITE);
        assertThat(bands.rateLeadTime(Duration.ofHours(5))).isEqualTo(DoraRating.HIGH);
        assertThat(bands.rateLeadTime(Duration.ofDays(14))).isEqualTo(DoraRating.MEDIUM);
        assertThat(bands.rateLeadTime(Duration.ofDays(200))).isEqualTo(DoraRating.LOW);
        assertThat(bands.rateTimeToRestore(Duration.ofHours(20))).isEqualTo(DoraRating.HIGH);
        assertThat(bands.rateTimeToRestore(Duration.ofDays(14))).isEqualTo(DoraRating.LOW);
        assertThat(bands.rateChangeFailureRate(0.15)).isEqualTo(DoraRating.ELITE);
        assertThat(bands.rateChangeFailureRate(0.2)).isEqualTo(DoraRating.HIGH);
        assertThat(bands.rateChangeFailureRate(0.31)).isEqualTo(DoraRating.LOW);
        assertThat(bands.version()).isEqualTo("DORA 2021");
    }

    @Test
    void should_reject_edges_out_of_order() {
        // WHEN / THEN
        assertThatThrownBy(() -> new DoraBands(2021, 1, 2, 0.1, Duration.ofHours(1), Duration.ofDays(7),
                Duration.ofDays(30), Duration.ofHours(1), Duration.ofDays(1), Duration.ofDays(7), 0.15, 0.3, 0.45))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("deployment frequency edges must fall from elite to medium and stay positive, but were"
                        + " 1.0, 2.0, 0.1");
    }
}
