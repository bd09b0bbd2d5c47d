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
import dev.backendaudit.model.Verdict;
import dev.backendaudit.scoring.ScoringStrategy;
import dev.backendaudit.scoring.Strategies;
import dev.backendaudit.engine.Evaluator;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a sentence has said so far: its subject and a chain of checked statements. A draft never
 * changes; each statement makes a new draft that shares the old one's chain, so a step costs one small
 * object whatever the sentence's length, and two continuations of one step never see each other.
 *
 * @param subject    the audited system
 * @param statements what was said, first said first
 */
record Draft(String subject, Chain<Draft.Statement> statements) {

    /** The source of evidence the DSL derives from other evidence. */
    static final String DERIVED = "derived";

    /** One thing a sentence said, already checked at the point of entry. */
    interface Statement {

        /** Applies this statement to the audit as said so far. */
        void applyTo(Contents contents);
    }

    /** {@code at(time)}: the last one wins. */
    record At(Instant time) implements Statement {
        @Override
        public void applyTo(Contents contents) {
            contents.at = time;
        }
    }

    /** An area; one given twice keeps its first position. */
    record AreaGiven(Area area) implements Statement {
        @Override
        public void applyTo(Contents contents) {
            contents.area(area);
        }
    }

    /** A criterion, replacing the one with its id; its area is added too. */
    record CriterionGiven(Criterion criterion) implements Statement {
        @Override
        public void applyTo(Contents contents) {
            contents.area(criterion.area());
            contents.criteria.put(criterion.id(), criterion);
        }
    }

    /** {@code withoutCriterion(id)}, checked when said. */
    record CriterionRemoved(String id) implements Statement {
        @Override
        public void applyTo(Contents contents) {
            contents.criteria.remove(id);
        }
    }

    /** Evidence: one piece, or a collector's whole report. */
    record EvidenceGiven(List<Evidence> items) implements Statement {
        EvidenceGiven {
            items = List.copyOf(items);
        }

        @Override
        public void applyTo(Contents contents) {
            contents.evidence.addAll(items);
        }
    }

    /** {@code scoredBy}, {@code history} or {@code evidencePolicy}: each given once. */
    record Setting(Object value) implements Statement {
        @Override
        public void applyTo(Contents contents) {
            if (value instanceof ScoringStrategy strategy) {
                contents.strategy = strategy;
            } else if (value instanceof AuditHistory history) {
                contents.history = history;
            } else {
                contents.policy = (EvidencePolicy) value;
            }
        }
    }

    /** Where a {@code replacing(...)} began ({@code opened}) or ended. */
    record Replacement(Object token, boolean opened) implements Statement {
        @Override
        public void applyTo(Contents contents) {
            if (opened) {
                contents.open();
            } else {
                contents.close();
            }
        }
    }

    /** A sentence that starts from {@code checklist}'s areas and criteria. */
    static Draft of(String subject, Checklist checklist) {
        return new Draft(subject, parts(Chain.empty(), checklist.areas(), checklist.criteria()));
    }

    /**
     * A sentence that starts from everything {@code base} holds, except the slowdown the DSL derived
     * (it is derived again, from the evidence as it ends up).
     */
    static Draft of(Audit base) {
        Chain<Statement> parts = parts(Chain.<Statement>empty().with(new At(base.at())), base.areas(), base.criteria());
        return new Draft(base.subject(), parts.with(new EvidenceGiven(base.evidence().stream()
                .filter(e -> !isDerived(e)).toList())));
    }

    private static Chain<Statement> parts(Chain<Statement> start, List<Area> areas, List<Criterion> criteria) {
        Chain<Statement> parts = start;
        for (Area area : areas) {
            parts = parts.with(new AreaGiven(area));
        }
        for (Criterion criterion : criteria) {
            parts = parts.with(new CriterionGiven(criterion));
        }
        return parts;
    }

    private static boolean isDerived(Evidence item) {
        return item.topic().equals(Metrics.PEAK_SLOWDOWN) && item.provenance().source().equals(DERIVED);
    }

    Draft with(Statement statement) {
        return new Draft(subject, statements.with(statement));
    }

    /** This draft followed by what a clause said. */
    Draft withAll(Chain<Statement> said) {
        return new Draft(subject, statements.withAll(said.toList()));
    }

    Draft withoutCriterion(String clause, String id) {
        Map<String, Criterion> criteria = criteria();
        if (!criteria.containsKey(id)) {
            throw new UnknownIdException(clause + ": the audit has no criterion '" + id + "'", id, criteria.keySet());
        }
        return with(new CriterionRemoved(id));
    }

    Draft strategy(String clause, ScoringStrategy chosen) {
        setting(ScoringStrategy.class).ifPresent(earlier -> {
            throw new IllegalStateException(clause + ": the strategy was already chosen (" + earlier.id()
                    + "); name it once");
        });
        return with(new Setting(chosen));
    }

    Draft history(String clause, AuditHistory earlier) {
        setting(AuditHistory.class).ifPresent(given -> {
            throw new IllegalStateException(clause + ": the history was already given (" + given.verdicts().size()
                    + " verdicts); give it once");
        });
        return with(new Setting(earlier));
    }

    Draft policy(String clause, EvidencePolicy given) {
        setting(EvidencePolicy.class).ifPresent(earlier -> {
            throw new IllegalStateException(clause + ": the evidence policy was already given (" + earlier
                    + "); give it once");
        });
        return with(new Setting(given));
    }

    private <T> Optional<T> setting(Class<T> type) {
        for (Statement statement : statements.newestFirst()) {
            if (statement instanceof Setting setting && type.isInstance(setting.value())) {
                return Optional.of(type.cast(setting.value()));
            }
        }
        return Optional.empty();
    }

    /** Whether the innermost {@code replacing(...)} still open is the one that opened {@code token}. */
    boolean insideReplacement(Object token) {
        int closed = 0;
        for (Statement statement : statements.newestFirst()) {
            if (statement instanceof Replacement replacement) {
                if (!replacement.opened()) {
                    closed++;
                } else if (closed > 0) {
                    closed--;
                } else {
                    return replacement.token() == token;
                }
            }
        }
        return false;
    }

    /** The criteria as said so far, by id, without folding the evidence. */
    private Map<String, Criterion> criteria() {
        Map<String, Criterion> criteria = new LinkedHashMap<>();
        for (Statement statement : statements.toList()) {
            if (statement instanceof CriterionGiven given) {
                criteria.put(given.criterion().id(), given.criterion());
            } else if (statement instanceof CriterionRemoved removed) {
                criteria.remove(removed.id());
            }
        }
        return criteria;
    }

    /** The threshold criterion that judges {@code metric} in this audit so far, if any. */
    Optional<ThresholdCriterion> thresholdFor(Metric metric) {
        return criteria().values().stream()
                .filter(c -> c instanceof ThresholdCriterion && ((ThresholdCriterion) c).metric().equals(metric))
                .map(c -> (ThresholdCriterion) c)
                .findFirst();
    }

    Audit build() {
        return build(Contents.of(statements));
    }

    /** Builds the audit and evaluates it with the strategy, history and policy said (or the defaults). */
    Verdict evaluate() {
        Contents contents = Contents.of(statements);
        return Evaluator.evaluate(build(contents),
                contents.strategy != null ? contents.strategy : Strategies.checklist(),
                contents.history != null ? contents.history : AuditHistory.empty(),
                contents.policy != null ? contents.policy : EvidencePolicy.DEFAULT);
    }

    private Audit build(Contents contents) {
        Audit.Builder builder = Audit.builder(subject);
        if (contents.at != null) {
            builder.at(contents.at);
        }
        contents.areas.forEach(builder::area);
        contents.criteria.values().forEach(builder::criterion);
        builder.evidence(contents.evidence);
        derivedSlowdown(contents.evidence).ifPresent(builder::evidence);
        return builder.build();
    }

    /** p95 at peak over p95 at normal load, when both are measured and no slowdown was given. */
    private static Optional<Measurement> derivedSlowdown(List<Evidence> evidence) {
        if (evidence.stream().anyMatch(e -> e.topic().equals(Metrics.PEAK_SLOWDOWN))) {
            return Optional.empty();
        }
        Optional<Measurement> normal = measurementOf(evidence, Metrics.LATENCY_P95_NORMAL);
        Optional<Measurement> peak = measurementOf(evidence, Metrics.LATENCY_P95_PEAK);
        if (normal.isEmpty() || peak.isEmpty() || normal.get().baseValue() <= 0) {
            return Optional.empty();
        }
        double factor = peak.get().baseValue() / normal.get().baseValue();
        Provenance derived = new Provenance(DERIVED, Optional.of(Metrics.LATENCY_P95_PEAK.name() + " "
                + peak.get().value() + " / " + Metrics.LATENCY_P95_NORMAL.name() + " " + normal.get().value()),
                Optional.empty());
        return Optional.of(Measurement.of(Metrics.PEAK_SLOWDOWN, Quantity.times(factor), derived));
    }

    private static Optional<Measurement> measurementOf(List<Evidence> evidence, Metric metric) {
        return evidence.stream().filter(e -> e instanceof Measurement && e.topic().equals(metric))
                .map(e -> (Measurement) e).findFirst();
    }
}
