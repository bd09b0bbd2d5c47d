package dev.backendaudit.test;

import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.checklist.Questions;
import dev.backendaudit.checklist.StandardChecklist;
import dev.backendaudit.engine.Evaluator;
import dev.backendaudit.model.Answer;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.Provenance;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** Verdicts for the assertion tests: a healthy service, and the same with chosen problems. */
final class Verdicts {

    static final Instant AT = Instant.parse("2026-11-20T09:00:00Z");

    private Verdicts() {
    }

    /** Healthy evidence for every standard criterion (the public fixture), then {@code extra} evidence that overrides it. */
    static Audit.Builder healthyBuilder(String subject, Instant at) {
        return AuditFixtures.builder(subject, at, StandardChecklist.checklist(), Map.of());
    }

    static Verdict healthy() {
        return Evaluator.evaluate(healthyBuilder("checkout-service", AT).build());
    }

    /** p95 at peak 870 ms (warning) and manual scaling (warning): OPTIMIZE. */
    static Verdict optimize() {
        return Evaluator.evaluate(withoutTopics(AT, Metrics.LATENCY_P95_PEAK.id(), Questions.AUTOMATIC_SCALING.id())
                .evidence(Measurement.of(Metrics.LATENCY_P95_PEAK, Duration.ofMillis(870),
                        Provenance.of("hdr-histogram", "perf/peak.hlog", AT)))
                .evidence(Answer.of(Questions.AUTOMATIC_SCALING, false, "scaled by hand during sales"))
                .build());
    }

    /** Refix share 41 %: a critical rebuild indicator. */
    static Verdict rebuild() {
        return Evaluator.evaluate(withoutTopics(AT, Metrics.REFIX_SHARE.id())
                .evidence(Measurement.of(Metrics.REFIX_SHARE, Quantity.percent(41), Provenance.of("git-history")))
                .build());
    }

    /** A builder with healthy evidence for every criterion except the given topics. */
    static Audit.Builder withoutTopics(Instant at, String... topicIds) {
        Audit healthy = healthyBuilder("checkout-service", at).build();
        Audit.Builder builder = Audit.builder("checkout-service").at(at).checklist(StandardChecklist.checklist());
        java.util.Set<String> skip = java.util.Set.of(topicIds);
        healthy.evidence().stream().filter(e -> !skip.contains(e.topic().id())).forEach(builder::evidence);
        return builder;
    }
}
