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
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Laws of the sentence: the order of clauses does not matter, and overridden bounds judge exactly. */
class SentenceProperties {

    private static final Instant AT = Instant.parse("2026-11-20T09:00:00Z");

    /** Clauses about different topics, including overrides of different criteria. */
    private static final List<UnaryOperator<AuditStep>> CLAUSES = List.of(
            a -> a.performance(p -> p.latencyP95(Duration.ofMillis(180)).underNormalLoad()),
            a -> a.performance(p -> p.latencyP95(Duration.ofMillis(870)).underPeakLoad()
                    .warnAbove(Duration.ofMillis(250)).criticalAbove(Duration.ofMillis(900))),
            a -> a.scalability(s -> s.scaledByHand("before every sale").noSinglePointOfFailure()),
            a -> a.scalability(s -> s.peakConcurrency(1800, 1000)),
            a -> a.architecture(x -> x.modular(null).dependencyCycles(2)),
            a -> a.codeQuality(c -> c.testCoverage(Quantity.percent(55))
                    .warnBelow(Quantity.percent(50)).criticalBelow(Quantity.percent(20))),
            a -> a.codeQuality(c -> c.weeklyCommits(Instant.parse("2026-09-07T00:00:00Z"), 40, 38, 41, 37)),
            a -> a.deployment(d -> d.releases(40, 3).deploymentFrequency(Quantity.of(3, Unit.PER_WEEK))),
            a -> a.monitoring(m -> m.timeToRestore(Duration.ofHours(5)).alertingOnFailure(true, null)));

    private static Audit write(List<UnaryOperator<AuditStep>> clauses) {
        AuditStep step = BackendAudit.of("checkout-service").at(AT);
        for (UnaryOperator<AuditStep> clause : clauses) {
            step = clause.apply(step);
        }
        return step.audit();
    }

    @Provide
    Arbitrary<List<UnaryOperator<AuditStep>>> orders() {
        return Arbitraries.shuffle(CLAUSES);
    }

    @Property(tries = 50)
    void the_order_of_clauses_does_not_change_the_audit(@ForAll("orders") List<UnaryOperator<AuditStep>> order) {
        assertThat(write(order)).isEqualTo(write(CLAUSES));
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
