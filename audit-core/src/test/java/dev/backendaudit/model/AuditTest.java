package dev.backendaudit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.checklist.Questions;
import dev.backendaudit.checklist.StandardChecklist;
import dev.backendaudit.test.AuditFixtures;
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

    @Test
    void should_copy_an_audit_with_the_evidence_of_a_topic_replaced_from_every_source() {
        // GIVEN a base audit whose p95 at peak is healthy, measured by two sources that agree
        Audit base = AuditFixtures.builder(java.util.Map.of())
                .evidence(Measurement.of(Metrics.LATENCY_P95_PEAK, Duration.ofMillis(300), Provenance.of("apm")))
                .build();
        Measurement slow = Measurement.of(Metrics.LATENCY_P95_PEAK, Duration.ofMillis(870), Provenance.manual());
        // WHEN
        Audit copy = base.replacingEvidence(slow);
        // THEN only the p95's evidence changed, and the copy is judged on it
        assertThat(copy.evidenceAbout(Metrics.LATENCY_P95_PEAK)).containsExactly(slow);
        assertThat(copy.evidence()).hasSize(base.evidence().size() - 1);
        assertThat(copy.withEvidence(base.evidence())).isEqualTo(base);
        assertThat(dev.backendaudit.engine.Evaluator.assess(copy).finding(Criteria.P95_PEAK.id()).severity())
                .contains(Severity.WARNING);
        assertThat(base.evidenceAbout(Metrics.LATENCY_P95_PEAK)).hasSize(2);
    }

    @Test
    void should_check_a_copy_like_any_audit() {
        // GIVEN a p95 replaced by one slower than the p99 the audit holds
        Audit base = AuditFixtures.healthy();
        // THEN
        assertThatThrownBy(() -> base.replacingEvidence(
                Measurement.of(Metrics.LATENCY_P95_PEAK, Duration.ofSeconds(5), Provenance.manual())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not be below p95 latency under peak load");
    }

    @Test
    void should_drop_the_evidence_about_a_topic_and_name_the_nearest_when_it_has_none() {
        Audit base = AuditFixtures.healthy();
        // WHEN
        Audit without = base.withoutEvidenceAbout(Questions.AUTOMATIC_SCALING);
        // THEN
        assertThat(without.evidenceAbout(Questions.AUTOMATIC_SCALING)).isEmpty();
        assertThat(dev.backendaudit.engine.Evaluator.assess(without).finding(Criteria.AUTOMATIC_SCALING.id()).status())
                .isEqualTo(FindingStatus.UNKNOWN);
        Metric typo = Metric.of("performance.latency-p95-pek", Metrics.LATENCY_P95_PEAK.area(), "p95",
                Dimension.DURATION);
        assertThatThrownBy(() -> base.withoutEvidenceAbout(typo))
                .isInstanceOf(UnknownIdException.class)
                .hasMessageContaining("holds no evidence about 'performance.latency-p95-pek'")
                .hasMessageContaining("did you mean 'performance.latency-p95-peak'?");
    }
}
