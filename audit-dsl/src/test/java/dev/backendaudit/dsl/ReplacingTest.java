package dev.backendaudit.dsl;

import static java.time.Duration.ofMillis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendaudit.checklist.Areas;
import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.checklist.Questions;
import dev.backendaudit.model.Answer;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.Checklist;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.NotApplicable;
import dev.backendaudit.model.Provenance;
import dev.backendaudit.model.Quantity;
import java.time.Instant;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * {@code replacing(...)} says something anew instead of adding to what was said, and
 * {@code BackendAudit.startingFrom(audit)} starts a sentence from a built audit: together, the way to
 * start from a base audit and change one value.
 */
class ReplacingTest {

    private static final Instant AT = Instant.parse("2026-11-20T09:00:00Z");
    private static final Provenance LOAD_TEST = Provenance.of("load-test", "perf/rehearsal.hlog", AT);

    /** A base audit, with the peak p95 that the tests change; written afresh at each call. */
    private static AuditStep checkout(long peakMillis) {
        return BackendAudit.of("checkout-service").at(AT)
                .performance(p -> p.latencyP95(ofMillis(180)).underNormalLoad()
                        .latencyP95(ofMillis(peakMillis)).underPeakLoad())
                .scalability(s -> s.scaledByHand("before every sale").peakHeadroom(1.8))
                .deployment(d -> d.releases(44, 4));
    }

    private static Measurement measurement(Audit audit, dev.backendaudit.model.Metric metric) {
        assertThat(audit.evidenceAbout(metric)).hasSize(1);
        return (Measurement) audit.evidenceAbout(metric).get(0);
    }

    @Test
    void should_refuse_a_second_value_that_is_not_said_to_replace() {
        assertThatThrownBy(() -> checkout(870).performance(p -> p.latencyP95(ofMillis(1500)).underPeakLoad()).audit())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("evidence for 'performance.latency-p95-peak'")
                .hasMessageContaining("must agree");
    }

    @Test
    void should_equal_the_audit_written_with_the_new_value() {
        // WHEN the peak p95 of the base is said anew
        Audit changed = checkout(870)
                .replacing(s -> s.performance(p -> p.latencyP95(ofMillis(1500)).underPeakLoad()))
                .audit();
        // THEN the audit is the one written with that value in the first place, derived slowdown included
        assertThat(changed).isEqualTo(checkout(1500).audit());
        assertThat(measurement(changed, Metrics.PEAK_SLOWDOWN).baseValue()).isCloseTo(1500.0 / 180, Offset.offset(1e-9));
    }

    @Test
    void should_replace_the_evidence_of_every_source() {
        // GIVEN the peak p95 from two sources that agree (both kept)
        AuditStep base = checkout(870).performance(p -> p.from(LOAD_TEST).latencyP95(ofMillis(870)).underPeakLoad());
        assertThat(base.audit().evidenceAbout(Metrics.LATENCY_P95_PEAK)).hasSize(2);
        // WHEN it is said anew once
        Audit changed = base.replacing(s -> s.performance(p -> p.latencyP95(ofMillis(900)).underPeakLoad())).audit();
        // THEN only the new value is left
        assertThat(measurement(changed, Metrics.LATENCY_P95_PEAK).value()).isEqualTo(Quantity.millis(900));
    }

    @Test
    void should_keep_everything_the_changes_say_about_one_topic() {
        Audit changed = checkout(870).replacing(s -> s.performance(p -> p
                .latencyP95(ofMillis(900)).underPeakLoad()
                .from(LOAD_TEST).latencyP95(ofMillis(900)).underPeakLoad())).audit();
        assertThat(changed.evidenceAbout(Metrics.LATENCY_P95_PEAK)).extracting(Evidence::provenance)
                .containsExactlyInAnyOrder(Provenance.manual(), LOAD_TEST);
    }

    @Test
    void should_say_anew_that_a_topic_does_not_apply() {
        Audit changed = checkout(870)
                .replacing(s -> s.notApplicable(Metrics.LATENCY_P95_PEAK, "the service has no peak any more"))
                .audit();
        assertThat(changed.evidenceAbout(Metrics.LATENCY_P95_PEAK)).singleElement().isInstanceOf(NotApplicable.class);
        // with one p95 left, there is no slowdown to derive
        assertThat(changed.evidenceAbout(Metrics.PEAK_SLOWDOWN)).isEmpty();
    }

    @Test
    void should_apply_bounds_and_answers_given_in_the_changes() {
        Audit changed = checkout(870).replacing(s -> s
                .performance(p -> p.latencyP95(ofMillis(870)).underPeakLoad()
                        .warnAbove(ofMillis(250)).criticalAbove(ofMillis(800)))
                .scalability(x -> x.scalesAutomatically())).audit();
        assertThat(changed.criteria()).contains(Criteria.P95_PEAK.withBounds(Quantity.millis(250), Quantity.millis(800)));
        assertThat(changed.evidenceAbout(Questions.AUTOMATIC_SCALING)).singleElement()
                .satisfies(answer -> assertThat(((Answer) answer).choice()).isEqualTo("yes"));
    }

    @Test
    void should_keep_a_provenance_named_inside_the_changes_inside() {
        Audit audit = BackendAudit.of("x").at(AT).from(LOAD_TEST)
                .replacing(s -> s.from(Provenance.manual("OPS-7")).answered(Questions.ALERTING, true))
                .answered(Questions.REAL_TIME_MONITORING, true)
                .audit();
        assertThat(audit.evidenceAbout(Questions.ALERTING).get(0).provenance()).isEqualTo(Provenance.manual("OPS-7"));
        assertThat(audit.evidenceAbout(Questions.REAL_TIME_MONITORING).get(0).provenance()).isEqualTo(LOAD_TEST);
    }

    @Test
    void should_let_an_inner_replacement_replace_what_the_outer_one_said() {
        Audit audit = BackendAudit.of("x").at(AT).answered(Questions.ALERTING, false)
                .replacing(s -> s.answered(Questions.ALERTING, true, "paged by the new rules")
                        .replacing(t -> t.answered(Questions.ALERTING, false, "the rules were never deployed")))
                .audit();
        assertThat(audit.evidenceAbout(Questions.ALERTING)).singleElement()
                .satisfies(answer -> assertThat(answer.describe()).isEqualTo("no (the rules were never deployed)"));
    }

    @Test
    void should_refuse_changes_that_return_another_sentence() {
        AuditStep other = BackendAudit.of("another-service");
        assertThatThrownBy(() -> checkout(870).replacing(s -> other))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("replacing(...): the changes must continue the sentence they are given"
                        + " (s -> s.performance(...)), but returned another sentence");
        AuditStep before = checkout(870);
        assertThatThrownBy(() -> before.replacing(s -> before))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("replacing(...): the changes must continue the sentence they are given");
    }

    @Test
    void should_refuse_no_changes() {
        assertThatThrownBy(() -> checkout(870).replacing(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("replacing(null): changes must not be null");
        assertThatThrownBy(() -> checkout(870).replacing(s -> null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("replacing(...): the changes' result must not be null");
    }

    @Test
    void should_start_from_an_audit_and_build_it_again() {
        Audit base = checkout(870).audit();
        assertThat(BackendAudit.startingFrom(base).audit()).isEqualTo(base);
        assertThat(BackendAudit.startingFrom(base).evaluate()).isEqualTo(checkout(870).evaluate());
    }

    @Test
    void should_derive_the_slowdown_again_when_a_base_audits_p95_is_replaced() {
        // GIVEN a built audit whose slowdown the DSL derived from 870 ms / 180 ms
        Audit base = checkout(870).audit();
        // WHEN a sentence starts from it and says the peak p95 anew
        Audit changed = BackendAudit.startingFrom(base)
                .replacing(s -> s.performance(p -> p.latencyP95(ofMillis(1500)).underPeakLoad()))
                .audit();
        // THEN the slowdown follows the new value, and the audit is the one written with it
        assertThat(measurement(changed, Metrics.PEAK_SLOWDOWN).baseValue()).isCloseTo(1500.0 / 180, Offset.offset(1e-9));
        assertThat(changed).isEqualTo(checkout(1500).audit());
    }

    @Test
    void should_start_from_an_audit_built_in_plain_java() {
        // GIVEN an audit built with the core builder against a one-criterion checklist
        Checklist latencyOnly = new Checklist("latency-only", "1", List.of(Areas.PERFORMANCE), List.of(Criteria.P95_PEAK));
        Audit base = Audit.builder("billing").at(AT).checklist(latencyOnly)
                .evidence(Measurement.of(Metrics.LATENCY_P95_PEAK, ofMillis(400), Provenance.manual()))
                .build();
        // WHEN a sentence starts from it and changes the one value
        Audit changed = BackendAudit.startingFrom(base)
                .replacing(s -> s.performance(p -> p.latencyP95(ofMillis(200)).underPeakLoad()))
                .audit();
        // THEN it keeps the base's subject, time and criteria, with the new value
        assertThat(changed).isEqualTo(base.withEvidence(List.of(
                Measurement.of(Metrics.LATENCY_P95_PEAK, ofMillis(200), Provenance.manual()))));
    }

    @Test
    void should_refuse_a_missing_base() {
        assertThatThrownBy(() -> BackendAudit.startingFrom(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("BackendAudit.startingFrom(null): base audit must not be null");
    }
}
