package dev.backendaudit.bounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.backendaudit.checklist.Areas;
import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.checklist.StandardChecklist;
import dev.backendaudit.engine.Evaluator;
import dev.backendaudit.model.Assessment;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Criterion;
import dev.backendaudit.model.Decision;
import dev.backendaudit.model.Dimension;
import dev.backendaudit.model.Direction;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.Metric;
import dev.backendaudit.model.NotApplicable;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Provenance;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.Severity;
import dev.backendaudit.model.ThresholdCriterion;
import dev.backendaudit.model.TimeSeries;
import dev.backendaudit.model.Unit;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.scoring.ScoringStrategy;
import dev.backendaudit.test.AuditFixtures.Level;
import dev.backendaudit.test.AuditFixtures;
import dev.backendaudit.text.CertaintyText;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What a verdict's certainty says, on the cases people will read. */
class CertaintyTest {

    private static final Provenance GIT = Provenance.of("git-history", "trunk (52 weeks)", AuditFixtures.AT);

    private static Certainty certainty(Verdict verdict) {
        return verdict.certainty();
    }

    /** What GitHistory measures of a repository whose fixes keep being fixed again. */
    static Audit gitOnlyAudit() {
        TimeSeries throughput = TimeSeries.of(Metrics.COMMIT_THROUGHPUT, Unit.PER_WEEK, GIT);
        for (int week = 0; week < 12; week++) {
            throughput = throughput.point(AuditFixtures.AT.minus(7L * (12 - week), ChronoUnit.DAYS), 40 + week % 3);
        }
        return Audit.builder("checkout-service").at(AuditFixtures.AT).checklist(StandardChecklist.checklist())
                .evidence(Measurement.of(Metrics.REFIX_SHARE, Quantity.percent(41), GIT))
                .evidence(Measurement.of(Metrics.BUG_FIX_SHARE, Quantity.percent(22), GIT))
                .evidence(throughput)
                .build();
    }

    @Nested
    class Settled {

        @Test
        void should_settle_a_git_only_audit_with_a_measured_critical_rebuild_indicator_at_rebuild() {
            // WHEN: 3 of 41 criteria decided, one of them the refix share at 41 %
            Verdict verdict = Evaluator.evaluate(gitOnlyAudit());
            // THEN
            Certainty certainty = certainty(verdict);
            assertThat(verdict.outcome()).isEqualTo(Outcome.REBUILD);
            assertThat(verdict.coverage().decided()).isEqualTo(3);
            assertThat(certainty.bounds()).isEqualTo(OutcomeBounds.of(Outcome.REBUILD, Outcome.REBUILD));
            assertThat(certainty.settled()).isTrue();
            assertThat(certainty.settle()).isEmpty();
            assertThat(certainty.complete()).isTrue();
            assertThat(CertaintyText.summary(verdict))
                    .isEqualTo("Settled: REBUILD, whatever the 38 criteria without evidence show");
            // and the least to fix: the refix share, if nothing else turns out to be a problem
            FlipSet flip = certainty.flip().orElseThrow();
            assertThat(flip.assumption()).isEqualTo(Assumption.UNKNOWNS_ABSENT);
            assertThat(flip.becomes()).isEqualTo(Outcome.OPTIMIZE);
            assertThat(flip.changes()).singleElement().satisfies(change -> {
                assertThat(change.criterion()).isEqualTo(Criteria.REFIX_SHARE);
                assertThat(change.from()).isEqualTo(Severity.CRITICAL);
                assertThat(change.to()).contains(Severity.WARNING);
            });
            assertThat(CertaintyText.flip(flip)).isEqualTo("Bring share of fixes followed by another fix of the same"
                    + " files to at most 30%, and the verdict becomes OPTIMIZE (if the missing evidence shows no problem)");
        }

        @Test
        void should_name_the_least_change_that_gets_a_complete_audit_out_of_rebuild() {
            // GIVEN every criterion decided: releases fail critically often, and p95 at peak is critical
            Audit audit = AuditFixtures.withCriteriaAt(Map.of(Criteria.CHANGE_FAILURE_RATE, Level.CRITICAL,
                    Criteria.P95_PEAK, Level.CRITICAL));
            // WHEN
            Verdict verdict = Evaluator.evaluate(audit);
            // THEN
            Certainty certainty = certainty(verdict);
            assertThat(verdict.outcome()).isEqualTo(Outcome.REBUILD);
            assertThat(certainty.settled()).isTrue();
            FlipSet flip = certainty.flip().orElseThrow();
            assertThat(flip.assumption()).isEqualTo(Assumption.NO_UNKNOWNS);
            assertThat(CertaintyText.flip(flip))
                    .isEqualTo("Bring change failure rate to at most 30%, and the verdict becomes OPTIMIZE");
            assertThat(certainty.margin()).isEmpty();
        }

        @Test
        void should_give_a_healthy_verdict_the_margin_to_the_nearest_bound_whose_crossing_makes_it_worse() {
            // GIVEN every measurement far from its bounds but p95 at peak, 270 ms under a 300 ms warning bound,
            // and no dependency cycles, which is on its bound of 0
            List<Evidence> evidence = new ArrayList<>();
            for (Evidence item : AuditFixtures.evidence(Map.of())) {
                evidence.add(item instanceof Measurement m ? roomy(m) : item);
            }
            evidence.removeIf(e -> e.topic().equals(Metrics.LATENCY_P95_PEAK));
            evidence.add(Measurement.of(Metrics.LATENCY_P95_PEAK, Duration.ofMillis(270), Provenance.manual()));
            // WHEN
            Verdict verdict = Evaluator.evaluate(audit(evidence));
            List<Evidence> withoutCycles = new ArrayList<>(evidence);
            withoutCycles.removeIf(e -> e.topic().equals(Metrics.DEPENDENCY_CYCLES));
            withoutCycles.add(NotApplicable.of(Metrics.DEPENDENCY_CYCLES, "one deployable, no components to cycle"));
            Verdict noCycles = Evaluator.evaluate(audit(withoutCycles));
            // THEN the nearest bound is the one the value is on: the first cycle
            Certainty certainty = certainty(verdict);
            assertThat(verdict.outcome()).isEqualTo(Outcome.HEALTHY);
            assertThat(certainty.settled()).isTrue();
            assertThat(certainty.flip()).isEmpty();
            assertThat(CertaintyText.margin(certainty.margin().orElseThrow())).isEqualTo("With dependency cycles between"
                    + " components above 0 (at the bound now), the verdict becomes OPTIMIZE, whatever the missing evidence"
                    + " shows");
            // and without cycles to count, it is p95 at peak, 10 % under its bound
            Margin margin = certainty(noCycles).margin().orElseThrow();
            assertThat(margin.criterion()).isEqualTo(Criteria.P95_PEAK);
            assertThat(margin.from()).isEmpty();
            assertThat(margin.to()).isEqualTo(Severity.WARNING);
            assertThat(margin.headroom()).hasValueSatisfying(h -> assertThat(h).isCloseTo(0.1, offset(1e-9)));
            assertThat(CertaintyText.margin(margin)).isEqualTo("With p95 latency under peak load above 300 ms (10% of"
                    + " headroom now), the verdict becomes OPTIMIZE, whatever the missing evidence shows");
        }

        private Audit audit(List<Evidence> evidence) {
            Audit.Builder builder = Audit.builder("catalog").at(AuditFixtures.AT).checklist(StandardChecklist.checklist());
            evidence.forEach(builder::evidence);
            return builder.build();
        }

        /** The measurement at a comfortable distance from its criterion's bounds. */
        private Measurement roomy(Measurement m) {
            ThresholdCriterion criterion = (ThresholdCriterion) Criteria.STANDARD.stream()
                    .filter(c -> c.topic().equals(m.metric())).findFirst().orElseThrow();
            double warning = criterion.warning().baseValue();
            double value = criterion.direction() == Direction.HIGHER_IS_WORSE ? warning / 2
                    : m.metric().dimension() == dev.backendaudit.model.Dimension.RATIO ? Math.min(1, warning * 1.5)
                    : warning * 2;
            if (m.metric().dimension() == dev.backendaudit.model.Dimension.COUNT) {
                value = Math.floor(value);   // a count is whole (Quantity refuses 2.5 since issue 13)
            }
            return Measurement.of(m.metric(), Quantity.of(value, m.metric().dimension().baseUnit()), m.provenance());
        }
    }

    @Nested
    class NotSettled {

        @Test
        void should_not_settle_an_optimize_whose_foundation_is_unknown_and_say_what_would() {
            // GIVEN everything healthy but p95 at peak (a warning), and no evidence of the main-sequence distance
            Audit.Builder builder = Audit.builder("svc").at(AuditFixtures.AT).checklist(StandardChecklist.checklist());
            for (Criterion criterion : Criteria.STANDARD) {
                if (criterion != Criteria.MAIN_SEQUENCE_DISTANCE) {
                    builder.evidence(AuditFixtures.evidenceAt(criterion, criterion == Criteria.P95_PEAK ? Level.WARNING
                            : Level.HEALTHY).orElseThrow());
                }
            }
            // WHEN
            Verdict verdict = Evaluator.evaluate(builder.build());
            // THEN
            Certainty certainty = certainty(verdict);
            assertThat(verdict.outcome()).isEqualTo(Outcome.OPTIMIZE);
            assertThat(certainty.bounds()).isEqualTo(OutcomeBounds.of(Outcome.OPTIMIZE, Outcome.REBUILD));
            assertThat(certainty.settled()).isFalse();
            assertThat(certainty.cannotBecomeWorseThan(Outcome.OPTIMIZE)).isFalse();
            assertThat(certainty.flip()).isEmpty();
            SettleStep step = certainty.settle().get(0);
            assertThat(step.criterion()).isEqualTo(Criteria.MAIN_SEQUENCE_DISTANCE);
            assertThat(step.ifWorst()).isEqualTo(Outcome.REBUILD);
            assertThat(step.ifAbsent()).isEqualTo(Outcome.OPTIMIZE);
            assertThat(step.worstOnceAbsent()).isEqualTo(Outcome.OPTIMIZE);
            assertThat(step.matters()).isTrue();
            assertThat(step.source()).isEqualTo(EvidenceSources.COMPILED_CLASSES);
            assertThat(CertaintyText.summary(verdict)).isEqualTo("Not settled: the 1 criterion without evidence allows"
                    + " OPTIMIZE (absent) to REBUILD (at its worst)");
            assertThat(CertaintyText.step(step, certainty.bounds())).isEqualTo("measure mean distance from the main"
                    + " sequence (CompiledClasses: the compiled classes of every module (classes directories and jars),"
                    + " analysed with ArchUnit; ./audit --repo DIR after a build): if found at its worst, REBUILD"
                    + " whatever else; if absent, OPTIMIZE whatever else");
        }

        @Test
        void should_list_first_the_unknowns_that_matter_and_say_which_cannot_change_the_outcome() {
            // GIVEN Performance and Scalability need attention; p50 latencies and one monitoring answer are unknown
            Audit.Builder builder = Audit.builder("svc").at(AuditFixtures.AT).checklist(StandardChecklist.checklist());
            List<Criterion> unknown = List.of(Criteria.P50_NORMAL, Criteria.P50_PEAK, Criteria.ALERTING);
            for (Criterion criterion : Criteria.STANDARD) {
                if (!unknown.contains(criterion)) {
                    builder.evidence(AuditFixtures.evidenceAt(criterion, criterion == Criteria.P95_PEAK
                            || criterion == Criteria.AUTOMATIC_SCALING ? Level.WARNING : Level.HEALTHY).orElseThrow());
                }
            }
            // WHEN
            Verdict verdict = Evaluator.evaluate(builder.build());
            // THEN a third area needing attention would be systemic; more of Performance would not
            Certainty certainty = certainty(verdict);
            assertThat(verdict.outcome()).isEqualTo(Outcome.OPTIMIZE);
            assertThat(certainty.stepsThatMatter()).extracting(SettleStep::criterion).containsExactly(Criteria.ALERTING);
            assertThat(certainty.settle()).filteredOn(s -> !s.matters()).extracting(SettleStep::criterion)
                    .containsExactlyInAnyOrder(Criteria.P50_NORMAL, Criteria.P50_PEAK);
            assertThat(certainty.settle().get(0).source().collector()).contains("RepositoryLayout");
        }

        @Test
        void should_say_when_the_bounds_meet_but_the_evidence_policy_refuses_the_outcome() {
            // GIVEN a strategy that always advises optimizing, on three pieces of evidence
            Audit audit = Audit.builder("svc").at(AuditFixtures.AT).checklist(StandardChecklist.checklist())
                    .evidence(AuditFixtures.evidenceAt(Criteria.P95_PEAK, Level.WARNING).orElseThrow()).build();
            // WHEN
            Verdict verdict = Evaluator.evaluate(audit, new Fixed(Outcome.OPTIMIZE));
            // THEN
            Certainty certainty = certainty(verdict);
            assertThat(verdict.outcome()).isEqualTo(Outcome.INCONCLUSIVE);
            assertThat(certainty.bounds()).isEqualTo(OutcomeBounds.of(Outcome.OPTIMIZE, Outcome.OPTIMIZE));
            assertThat(certainty.settled()).isFalse();
            assertThat(certainty.settle()).hasSize(40).noneMatch(SettleStep::matters);
            assertThat(CertaintyText.summary(verdict)).isEqualTo("Not settled: whatever the 40 criteria without evidence"
                    + " show, the strategy decides OPTIMIZE, but the evidence policy does not let it stand on this evidence");
        }
    }

    @Nested
    class Monotonicity {

        @Test
        void should_mark_the_bounds_of_a_strategy_that_gives_a_better_outcome_for_a_worse_finding() {
            // GIVEN a strategy that calls a critical refix share healthy, and no refix share measured
            ScoringStrategy perverse = new ScoringStrategy() {
                public String name() {
                    return "perverse";
                }

                public String version() {
                    return "1";
                }

                public Decision decide(Assessment assessment, AuditHistory history) {
                    boolean critical = assessment.findings().stream().anyMatch(f -> f.criterion().equals(Criteria.REFIX_SHARE)
                            && f.isAtLeast(Severity.CRITICAL));
                    return critical ? Decision.of(Outcome.HEALTHY, "refixes-are-fine", "Refixes are fine")
                            : Decision.of(Outcome.REBUILD, "no-refixes", "No refixes: suspicious");
                }
            };
            Audit.Builder builder = Audit.builder("svc").at(AuditFixtures.AT).checklist(StandardChecklist.checklist());
            AuditFixtures.evidence(Map.of()).stream().filter(e -> !e.topic().equals(Metrics.REFIX_SHARE))
                    .forEach(builder::evidence);
            // WHEN
            Verdict unmeasured = Evaluator.evaluate(builder.build(), perverse);
            // THEN
            OutcomeBounds bounds = certainty(unmeasured).bounds();
            assertThat(bounds.best()).isEqualTo(Outcome.REBUILD);
            assertThat(bounds.worst()).isEqualTo(Outcome.HEALTHY);
            assertThat(bounds.monotone()).isFalse();
            assertThat(bounds.breach()).contains("with every unknown criterion at its worst the strategy decides HEALTHY,"
                    + " better than REBUILD with every one absent");
            assertThat(CertaintyText.summary(unmeasured)).contains("the strategy broke monotonicity on this audit");
        }
    }

    @Nested
    class Sources {

        @Test
        void should_name_the_collector_that_measures_a_topic_or_the_team() {
            assertThat(EvidenceSources.of(Metrics.REFIX_SHARE)).isEqualTo(EvidenceSources.GIT_HISTORY);
            assertThat(EvidenceSources.of(Metrics.CHANGE_FAILURE_RATE)).isEqualTo(EvidenceSources.DELIVERY_RECORDS);
            assertThat(EvidenceSources.of(dev.backendaudit.checklist.Questions.ALERTING).toString())
                    .isEqualTo("RepositoryLayout: alert rules in the repository: Prometheus rules, PrometheusRule,"
                            + " Alertmanager; ./audit --repo DIR");
            assertThat(EvidenceSources.of(Metrics.LATENCY_P95_PEAK)).isEqualTo(EvidenceSources.LATENCY_RECORDINGS);
            assertThat(EvidenceSources.of(Metrics.MEAN_COMPLEXITY)).isEqualTo(EvidenceSources.COVERAGE_REPORTS);
            assertThat(EvidenceSources.of(Metric.of("performance.gc-pause", Areas.PERFORMANCE, "GC pause",
                    Dimension.DURATION))).isEqualTo(EvidenceSources.MANUAL_MEASUREMENT);
            assertThat(EvidenceSources.of(dev.backendaudit.checklist.Questions.ARCHITECTURE_AT_SCALING_LIMIT))
                    .isEqualTo(EvidenceSources.TEAM_ANSWER);
        }

        @Test
        void should_key_the_table_by_topic_ids_of_the_standard_areas() {
            // the ids beyond the standard checklist's are audit-evidence's metrics; a test there checks them
            List<String> areas = Areas.STANDARD.stream().map(a -> a.id() + ".").toList();
            assertThat(EvidenceSources.TABLE.keySet()).allSatisfy(id ->
                    assertThat(areas).anySatisfy(prefix -> assertThat(id).startsWith(prefix)));
        }
    }

    /** A user's strategy that decides one outcome whatever the evidence. */
    record Fixed(Outcome outcome) implements ScoringStrategy {
        public String name() {
            return "fixed";
        }

        public String version() {
            return "1";
        }

        public Decision decide(Assessment assessment, AuditHistory history) {
            return Decision.of(outcome, "fixed", "Decided beforehand");
        }
    }
}
