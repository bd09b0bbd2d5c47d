package dev.backendaudit.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.Severity;
import dev.backendaudit.model.Unit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Laws of the sentence: the order of clauses does not matter, a shared step branches into independent
 * sentences, a sentence started from a built audit builds it again, and overridden bounds judge exactly.
 */
class SentenceProperties {

    private static final Instant AT = Instant.parse("2026-11-20T09:00:00Z");

    /** Clauses about different topics, including overrides of different criteria. */
    private static final List<UnaryOperator<AuditStep>> CLAUSES = List.of(
            a -> a.performance(p -> p.latencyP95(Duration.ofMillis(180)).underNormalLoad()),
            a -> a.performance(p -> p.latencyP95(Duration.ofMillis(870)).underPeakLoad()
                    .warnAbove(Duration.ofMillis(250)).criticalAbove(Duration.ofMillis(900))),
            a -> a.scalability(s -> s.scaledByHand("before every sale").noSinglePointOfFailure()),
            a -> a.scalability(s -> s.peakConcurrency(1800, 1000)),
            a -> a.architecture(x -> x.modular().dependencyCycles(2)),
            a -> a.codeQuality(c -> c.testCoverage(Quantity.percent(55))
                    .warnBelow(Quantity.percent(50)).criticalBelow(Quantity.percent(20))),
            a -> a.codeQuality(c -> c.weeklyCommits(Instant.parse("2026-09-07T00:00:00Z"), 40, 38, 41, 37)),
            a -> a.deployment(d -> d.releases(40, 3).deploymentFrequency(Quantity.of(3, Unit.PER_WEEK))),
            a -> a.monitoring(m -> m.timeToRestore(Duration.ofHours(5)).alertingOnFailure(true)));

    private static Audit write(List<UnaryOperator<AuditStep>> clauses) {
        return write(BackendAudit.of("checkout-service").at(AT), clauses).audit();
    }

    private static AuditStep write(AuditStep start, List<UnaryOperator<AuditStep>> clauses) {
        AuditStep step = start;
        for (UnaryOperator<AuditStep> clause : clauses) {
            step = clause.apply(step);
        }
        return step;
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    @Provide
    Arbitrary<List<UnaryOperator<AuditStep>>> orders() {
        return Arbitraries.shuffle(CLAUSES);
    }

    @Property(tries = 50)
    void the_order_of_clauses_does_not_change_the_audit(@ForAll("orders") List<UnaryOperator<AuditStep>> order) {
        assertThat(write(order)).isEqualTo(write(CLAUSES));
    }

    @Property(tries = 50)
    void every_branch_of_a_shared_step_equals_the_sentence_written_out(
            @ForAll("orders") List<UnaryOperator<AuditStep>> order, @ForAll @IntRange(max = 9) int sharedLength,
            @ForAll @IntRange(max = 9) int leftLength) {
        // GIVEN a shared beginning, and two different continuations of it
        int shared = Math.min(sharedLength, order.size());
        int split = Math.min(shared + leftLength, order.size());
        List<UnaryOperator<AuditStep>> beginning = order.subList(0, shared);
        AuditStep base = write(BackendAudit.of("checkout-service").at(AT), beginning);
        // WHEN both are written from the one shared step
        Audit left = write(base, order.subList(shared, split)).audit();
        Audit right = write(base, order.subList(split, order.size())).audit();
        // THEN each equals the sentence written out in full, and the shared step is as it was
        assertThat(left).isEqualTo(write(order.subList(0, split)));
        assertThat(right).isEqualTo(write(concat(beginning, order.subList(split, order.size()))));
        assertThat(base.audit()).isEqualTo(write(beginning));
    }

    @Property(tries = 50)
    void a_sentence_started_from_an_audit_the_dsl_built_builds_that_audit(
            @ForAll("orders") List<UnaryOperator<AuditStep>> order, @ForAll @IntRange(max = 9) int length) {
        Audit audit = write(order.subList(0, Math.min(length, order.size())));
        assertThat(BackendAudit.startingFrom(audit).audit()).isEqualTo(audit);
    }

    @Property(tries = 200)
    void overridden_bounds_judge_exactly(@ForAll @IntRange(max = 5000) int latencyMillis,
                                         @ForAll @IntRange(max = 3000) int warningMillis,
                                         @ForAll @IntRange(max = 3000) int extraMillis) {
        int criticalMillis = warningMillis + extraMillis;
        Finding finding = DefaultBoundsTest.finding(BackendAudit.of("x").at(AT)
                .performance(p -> p.latencyP95(Duration.ofMillis(latencyMillis)).underPeakLoad()
                        .warnAbove(Duration.ofMillis(warningMillis)).criticalAbove(Duration.ofMillis(criticalMillis)))
                .evaluate(), Criteria.P95_PEAK.id());
        Optional<Severity> expected = latencyMillis > criticalMillis ? Optional.of(Severity.CRITICAL)
                : latencyMillis > warningMillis ? Optional.of(Severity.WARNING) : Optional.empty();
        assertThat(finding.severity()).isEqualTo(expected);
    }

    @Property(tries = 100)
    void headroom_from_concurrency_is_sustained_over_expected(@ForAll @IntRange(max = 100_000) int sustained,
                                                               @ForAll @IntRange(min = 1, max = 100_000) int expected) {
        Audit fromConcurrency = BackendAudit.of("x").at(AT).scalability(s -> s.peakConcurrency(sustained, expected))
                .audit();
        Audit fromFactor = BackendAudit.of("x").at(AT).scalability(s -> s.peakHeadroom((double) sustained / expected))
                .audit();
        assertThat(fromConcurrency).isEqualTo(fromFactor);
    }
}
