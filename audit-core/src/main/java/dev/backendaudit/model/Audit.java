package dev.backendaudit.model;

import dev.backendaudit.internal.Checks;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What is audited: the subject, the areas and criteria that judge it, and the evidence about it.
 *
 * <pre>{@code
 * Audit audit = Audit.builder("checkout-service")
 *         .checklist(StandardChecklist.checklist())
 *         .evidence(Measurement.of(Metrics.LATENCY_P95_PEAK, Duration.ofMillis(870), Provenance.manual()))
 *         .evidence(Answer.of(Questions.AUTOMATIC_SCALING, false, "scaled by hand during sales"))
 *         .build();
 * Verdict verdict = Evaluator.evaluate(audit);
 * }</pre>
 *
 * <p>An audit is independent of the order in which evidence was added: evidence is kept sorted
 * by topic, and two pieces of evidence that agree collapse into one. Two that disagree about the
 * same topic are rejected when the audit is built, naming both and their sources.
 *
 * @param subject  the audited system's name
 * @param at       the time the audit describes
 * @param areas    its areas, in report order
 * @param criteria its criteria, in area order and then by id
 * @param evidence its evidence, sorted by topic id and kind
 */
public record Audit(String subject, Instant at, List<Area> areas, List<Criterion> criteria, List<Evidence> evidence) {

    /** @throws IllegalArgumentException if the subject is blank */
    public Audit {
        Checks.notBlank("audit subject", subject);
        Checks.instant("audit time", at);
        areas = Checks.listCopy("audit areas", areas);
        criteria = Checks.listCopy("audit criteria", criteria);
        evidence = Checks.listCopy("audit evidence", evidence);
    }

    /** Starts an audit of {@code subject}. */
    public static Builder builder(String subject) {
        return new Builder(Checks.notBlank("audit subject", subject));
    }

    /** The evidence about {@code topic}, in canonical order. */
    public List<Evidence> evidenceAbout(Topic topic) {
        return evidence.stream().filter(e -> e.topic().equals(topic)).toList();
    }

    /**
     * Collects an audit. Not thread-safe; the {@link Audit} it builds is.
     */
    public static final class Builder {
        private final String subject;
        private Instant at;
        private final List<Area> areas = new ArrayList<>();
        private final Map<String, Criterion> criteria = new LinkedHashMap<>();
        private final List<Evidence> evidence = new ArrayList<>();

        private Builder(String subject) {
            this.subject = subject;
        }

        /** The time the audit describes; default: the time {@link #build()} is called. */
        public Builder at(Instant time) {
            this.at = Checks.notNull("audit time", time);
            return this;
        }

        /** Adds a checklist's areas and criteria; a later criterion with the same id replaces an earlier one. */
        public Builder checklist(Checklist checklist) {
            Checks.notNull("checklist", checklist);
            checklist.areas().forEach(this::area);
            checklist.criteria().forEach(this::criterion);
            return this;
        }

        /** Adds an area; adding one twice keeps the first position. Areas of added criteria are added too. */
        public Builder area(Area area) {
            Checks.notNull("area", area);
            if (!areas.contains(area)) {
                areas.add(area);
            }
            return this;
        }

        /** Adds a criterion, or replaces the one with the same id (to change its bounds, say). */
        public Builder criterion(Criterion criterion) {
            Checks.notNull("criterion", criterion);
            area(criterion.area());
            criteria.put(criterion.id(), criterion);
            return this;
        }

        /** Removes the criterion with {@code id}, if any: for checks that do not fit the system at all. */
        public Builder withoutCriterion(String id) {
            criteria.remove(Checks.notNull("criterion id", id));
            return this;
        }

        /** Adds one piece of evidence. */
        public Builder evidence(Evidence item) {
            evidence.add(Checks.notNull("evidence", item));
            return this;
        }

        /** Adds evidence. */
        public Builder evidence(Iterable<? extends Evidence> items) {
            Checks.notNull("evidence", items).forEach(this::evidence);
            return this;
        }

        /**
         * Builds the audit.
         *
         * @throws IllegalArgumentException if two pieces of evidence about one topic disagree (naming
         *                                  both values and their sources), not-applicable evidence
         *                                  is given next to a value for the same topic, or percentiles of
         *                                  one load contradict each other (p99 below p95, naming both)
         */
        public Audit build() {
            List<Criterion> orderedCriteria = new ArrayList<>(criteria.values());
            orderedCriteria.sort(Comparator.<Criterion>comparingInt(c -> areas.indexOf(c.area()))
                    .thenComparing(Criterion::id));
            return new Audit(subject, at != null ? at : Clock.systemUTC().instant(), areas, orderedCriteria,
                    EvidenceConsistency.checked(canonicalEvidence()));
        }

        private List<Evidence> canonicalEvidence() {
            // key: topic id, then kind; one entry per key once agreeing duplicates collapse
            Map<String, List<Evidence>> byTopic = new TreeMap<>();
            for (Evidence item : evidence) {
                byTopic.computeIfAbsent(item.topic().id(), k -> new ArrayList<>()).add(item);
            }
            List<Evidence> result = new ArrayList<>();
            for (List<Evidence> items : byTopic.values()) {
                items.sort(Comparator.comparing((Evidence e) -> e.getClass().getSimpleName())
                        .thenComparing(e -> e.provenance().toString())
                        .thenComparing(Evidence::describe));
                Optional<Evidence> notApplicable = items.stream().filter(e -> e instanceof NotApplicable).findFirst();
                for (Evidence item : items) {
                    if (notApplicable.isPresent() && !(item instanceof NotApplicable)) {
                        throw conflict(item, notApplicable.get());
                    }
                    Optional<Evidence> sameKind = result.stream()
                            .filter(e -> e.topic().equals(item.topic()) && e.getClass() == item.getClass())
                            .findFirst();
                    if (sameKind.isEmpty()) {
                        result.add(item);
                    } else if (!sameKind.get().agreesWith(item)) {
                        throw conflict(sameKind.get(), item);
                    }
                }
            }
            return result;
        }

        private IllegalArgumentException conflict(Evidence first, Evidence second) {
            return new IllegalArgumentException("evidence for '" + first.topic().id() + "' ("
                    + first.topic().name() + ") must agree, but " + first.describe() + " from "
                    + first.provenance() + " conflicts with " + second.describe() + " from " + second.provenance());
        }
    }
}
