package dev.backendaudit.dsl;

import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.model.Area;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Checklist;
import dev.backendaudit.model.Criterion;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.EvidencePolicy;
import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.Metric;
import dev.backendaudit.model.Provenance;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.ThresholdCriterion;
import dev.backendaudit.model.UnknownIdException;
import dev.backendaudit.scoring.ScoringStrategy;
import dev.backendaudit.scoring.Strategies;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a sentence has said so far: the audit's parts, the strategy and the history. */
final class Draft {

    /** The source of evidence the DSL derives from other evidence. */
    static final String DERIVED = "derived";

    private final String subject;
    private Instant at;
    private final List<Area> areas = new ArrayList<>();
    private final Map<String, Criterion> criteria = new LinkedHashMap<>();
    private final List<Evidence> evidence = new ArrayList<>();
    private ScoringStrategy strategy;
    private AuditHistory history;
    private EvidencePolicy policy;

    Draft(String subject, Checklist checklist) {
        this.subject = subject;
        checklist.areas().forEach(this::area);
        checklist.criteria().forEach(this::criterion);
    }

    String subject() {
        return subject;
    }

    void at(Instant time) {
        this.at = time;
    }

    void area(Area area) {
        if (!areas.contains(area)) {
            areas.add(area);
        }
    }

    /** Adds a criterion, or replaces the one with the same id. */
    void criterion(Criterion criterion) {
        area(criterion.area());
        criteria.put(criterion.id(), criterion);
    }

    void withoutCriterion(String clause, String id) {
        if (criteria.remove(id) == null) {
            throw new UnknownIdException(clause + ": the audit has no criterion '" + id + "'", id, criteria.keySet());
        }
    }

    void evidence(Evidence item) {
        evidence.add(item);
    }

    /** The threshold criterion that judges {@code metric} in this audit so far, if any. */
    Optional<ThresholdCriterion> thresholdFor(Metric metric) {
        return criteria.values().stream()
                .filter(c -> c instanceof ThresholdCriterion && ((ThresholdCriterion) c).metric().equals(metric))
                .map(c -> (ThresholdCriterion) c)
                .findFirst();
    }

    void strategy(String clause, ScoringStrategy chosen) {
        if (strategy != null) {
            throw new IllegalStateException(clause + ": the strategy was already chosen (" + strategy.id()
                    + "); name it once");
        }
        this.strategy = chosen;
    }

    void history(String clause, AuditHistory earlier) {
        if (history != null) {
            throw new IllegalStateException(clause + ": the history was already given (" + history.verdicts().size()
                    + " verdicts); give it once");
        }
        this.history = earlier;
    }

    void policy(String clause, EvidencePolicy given) {
        if (policy != null) {
            throw new IllegalStateException(clause + ": the evidence policy was already given (" + policy + "); give it once");
        }
        this.policy = given;
    }

    EvidencePolicy policy() {
        return policy != null ? policy : EvidencePolicy.DEFAULT;
    }

    ScoringStrategy strategy() {
        return strategy != null ? strategy : Strategies.checklist();
    }

    AuditHistory history() {
        return history != null ? history : AuditHistory.empty();
    }

    Audit build() {
        Audit.Builder builder = Audit.builder(subject);
        if (at != null) {
            builder.at(at);
        }
        areas.forEach(builder::area);
        criteria.values().forEach(builder::criterion);
        builder.evidence(evidence);
        derivedSlowdown().ifPresent(builder::evidence);
        return builder.build();
    }

    /** p95 at peak over p95 at normal load, when both are measured and no slowdown was given. */
    private Optional<Measurement> derivedSlowdown() {
        if (evidence.stream().anyMatch(e -> e.topic().equals(Metrics.PEAK_SLOWDOWN))) {
            return Optional.empty();
        }
        Optional<Measurement> normal = measurementOf(Metrics.LATENCY_P95_NORMAL);
        Optional<Measurement> peak = measurementOf(Metrics.LATENCY_P95_PEAK);
        if (normal.isEmpty() || peak.isEmpty() || normal.get().baseValue() <= 0) {
            return Optional.empty();
        }
        double factor = peak.get().baseValue() / normal.get().baseValue();
        Provenance derived = new Provenance(DERIVED, Optional.of(Metrics.LATENCY_P95_PEAK.name() + " "
                + peak.get().value() + " / " + Metrics.LATENCY_P95_NORMAL.name() + " " + normal.get().value()),
                Optional.empty());
        return Optional.of(Measurement.of(Metrics.PEAK_SLOWDOWN, Quantity.times(factor), derived));
    }

    private Optional<Measurement> measurementOf(Metric metric) {
        return evidence.stream().filter(e -> e instanceof Measurement && e.topic().equals(metric))
                .map(e -> (Measurement) e).findFirst();
    }
}
