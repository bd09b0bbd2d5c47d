package dev.backendaudit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.checklist.Questions;
import dev.backendaudit.checklist.StandardChecklist;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditTest {

    private static final Instant AT = Instant.parse("2026-11-20T09:00:00Z");

    @Test
    void should_reject_conflicting_measurements_of_one_metric_naming_both_sources() {
        // GIVEN
        Audit.Builder builder = Audit.builder("svc").at(AT)
                .evidence(Measurement.of(Metrics.LATENCY_P95_PEAK, Duration.ofMillis(870), Provenance.manual()))
                .evidence(Measurement.of(Metrics.LATENCY_P95_PEAK, Duration.ofMillis(910),
                        Provenance.of("hdr-histogram", "perf/peak.hlog", AT)));
        // WHEN / THEN
        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("evidence for 'performance.latency-p95-peak' (p95 latency under peak load) must agree, but"
                        + " 910 ms from hdr-histogram (perf/peak.hlog, 2026-11-20T09:00:00Z) conflicts with 870 ms from manual");
    }

    @Test
    void should_reject_conflicting_answers() {
        Audit.Builder builder = Audit.builder("svc").at(AT)
                .evidence(Answer.of(Questions.AUTOMATIC_SCALING, true, null))
                .evidence(Answer.of(Questions.AUTOMATIC_SCALING, false, "by hand"));
        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("evidence for 'scalability.automatic-scaling'")
                .hasMessageContaining("no (by hand) from manual conflicts with yes from manual");
    }

    @Test
    void should_reject_not_applicable_next_to_a_value() {
        Audit.Builder builder = Audit.builder("svc").at(AT)
                .evidence(NotApplicable.of(Metrics.LATENCY_P95_PEAK, "batch job"))
                .evidence(Measurement.of(Metrics.LATENCY_P95_PEAK, Duration.ofMillis(870), Provenance.manual()));
        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("870 ms from manual conflicts with not applicable (batch job) from manual");
    }

    @Test
    void should_keep_agreeing_evidence_from_two_sources_in_canonical_order() {
        // GIVEN the same value from two sources, in two units
        Audit audit = Audit.builder("svc").at(AT)
                .evidence(Measurement.of(Metrics.LATENCY_P95_PEAK, Duration.ofSeconds(1), Provenance.of("b-collector")))
                .evidence(Measurement.of(Metrics.LATENCY_P95_PEAK, Quantity.millis(1000), Provenance.of("a-collector")))
                .build();
        // THEN both are kept, the first in canonical (provenance) order first
        assertThat(audit.evidence()).extracting(e -> e.provenance().source()).containsExactly("a-collector", "b-collector");
    }

    @Test
    void should_keep_the_same_piece_of_evidence_given_twice_once() {
        // GIVEN
        Measurement p95 = Measurement.of(Metrics.LATENCY_P95_PEAK, Duration.ofMillis(870), Provenance.manual());
        // WHEN
        Audit audit = Audit.builder("svc").at(AT).evidence(p95).evidence(p95).build();
        // THEN
        assertThat(audit.evidence()).containsExactly(p95);
    }

    @Test
    void should_replace_a_criterion_with_the_same_id() {
        // GIVEN
        ThresholdCriterion stricter = Criteria.P95_PEAK.withBounds(Quantity.millis(200), Quantity.millis(500));
        // WHEN
        Audit audit = Audit.builder("svc").at(AT).checklist(StandardChecklist.checklist()).criterion(stricter).build();
        // THEN
        assertThat(audit.criteria()).hasSize(Criteria.STANDARD.size()).contains(stricter);
        assertThat(audit.criteria().stream().filter(c -> c.id().equals(stricter.id())).findFirst().orElseThrow())
                .isSameAs(stricter);
    }

    @Test
    void should_add_the_area_of_a_custom_criterion() {
        // GIVEN
        Area security = Area.of("security", "Security", "Patched within a week", "Known vulnerabilities stay open");
        Metric cves = Metric.of("security.open-cves", security, "open CVEs", Dimension.COUNT);
        Sign exposed = Sign.of("security.exposed", security, SignKind.WARNING_SIGN, "Exposed",
                "Known vulnerabilities in production", "Breaches");
        // WHEN
        Audit audit = Audit.builder("svc").at(AT).checklist(StandardChecklist.checklist())
                .criterion(ThresholdCriterion.above("security.open-cves", exposed, cves, Quantity.count(0), Quantity.count(3)))
                .build();
        // THEN
        assertThat(audit.areas()).hasSize(7).last().isEqualTo(security);
    }

    @Test
    void should_reject_a_blank_subject() {
        assertThatThrownBy(() -> Audit.builder(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("audit subject must not be blank, but was \" \"");
    }
}
