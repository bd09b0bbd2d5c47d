package dev.backendaudit.model;

import dev.backendaudit.internal.Checks;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.immutables.value.Value;

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
 * <p>An audit is independent of the order in which its parts were given, however it is made (the
 * builder or this record's constructor): areas keep their first position and the areas of criteria
 * are added after them; criteria are sorted by area, then id; evidence is sorted by topic id, kind and
 * source, and the same piece given twice is kept once. Two pieces that agree but come from different
 * sources are both kept: criteria judge the first, and the verdict shows the other as context, so that
 * nothing given is lost. Two that disagree about the same topic are rejected, naming both and their
 * sources. Every id means one thing: an area, sign, metric or question
 * defined twice under one id with different meanings (a team's metric reusing the p95 id as a ratio, a
 * team's Architecture that is not foundation) is rejected, naming both definitions.
 *
 * @param subject  the audited system's name
 * @param at       the time the audit describes
 * @param areas    its areas, in report order
 * @param criteria its criteria, in area order and then by id
 * @param evidence its evidence, sorted by topic id, kind and source
 */
@Value.Builder
public record Audit(String subject, Instant at, List<Area> areas, List<Criterion> criteria, List<Evidence> evidence) implements WithAudit {

    /**
     * Canonicalises and checks the audit, as described above.
     *
     * @throws IllegalArgumentException if the subject is blank, two criteria share an id, an id has two
     *                                  definitions, evidence about one topic disagrees, or percentiles of one
     *                                  load contradict each other
     */
    public Audit {
        Checks.notBlank("audit subject", subject);
        Checks.instant("audit time", at);
        areas = Checks.listCopy("audit areas", areas);
        criteria = Checks.listCopy("audit criteria", criteria);
        evidence = Checks.listCopy("audit evidence", evidence);
        Definitions.check(areas, criteria, evidence);
        areas = canonicalAreas(areas, criteria);
        criteria = canonicalCriteria(areas, criteria);
        evidence = EvidenceConsistency.checked(canonicalEvidence(evidence));
    }

    /**
     * Starts an audit of {@code subject}.
     *
     * @param subject the audited system's name
     * @return the builder
     */
    public static Builder builder(String subject) {
        return new Builder(Checks.notBlank("audit subject", subject));
    }

    /**
     * This audit with {@code replacements} in place of all it holds about their topics, from every
     * source; evidence about other topics, the criteria and the areas are kept. The copy is checked
     * like any audit. A test can start from one base audit and change one value:
     *
     * <pre>{@code
     * Audit slow = base.replacingEvidence(
     *         Measurement.of(Metrics.LATENCY_P95_PEAK, Duration.ofMillis(1400), Provenance.manual()));
     * }</pre>
     *
     * @param replacements the new evidence; several items may share a topic (two sources that agree)
     * @return the copy
     * @throws IllegalArgumentException if the replacements disagree with each other about a topic
     */
    public Audit replacingEvidence(Evidence... replacements) {
        Checks.notNull("replacements", replacements);
        List<Evidence> given = Checks.listCopy("replacements", Arrays.asList(replacements));
        Set<String> topics = new HashSet<>();
        given.forEach(e -> topics.add(e.topic().id()));
        List<Evidence> kept = new ArrayList<>(evidence.size() + given.size());
        for (Evidence item : evidence) {
            if (!topics.contains(item.topic().id())) {
                kept.add(item);
            }
        }
        kept.addAll(given);
        return withEvidence(kept);
    }

    /**
     * This audit without any evidence about {@code topics}: their criteria become UNKNOWN.
     *
     * @param topics the metrics or questions whose evidence is dropped
     * @return the copy
     * @throws UnknownIdException naming the nearest topic if a topic has no evidence in this audit
     */
    public Audit withoutEvidenceAbout(Topic... topics) {
        Checks.notNull("topics", topics);
        Set<String> held = new java.util.TreeSet<>();
        evidence.forEach(e -> held.add(e.topic().id()));
        Set<String> dropped = new HashSet<>();
        for (Topic topic : topics) {
            String id = Checks.notNull("topic", topic).id();
            if (!held.contains(id)) {
                throw new UnknownIdException("the audit of " + subject + " holds no evidence about '" + id + "'",
                        id, List.copyOf(held));
            }
            dropped.add(id);
        }
        return withEvidence(evidence.stream().filter(e -> !dropped.contains(e.topic().id())).toList());
    }

    /**
     * The evidence about {@code topic}, in canonical order.
     *
     * @param topic a metric or question
     * @return its evidence
     */
    public List<Evidence> evidenceAbout(Topic topic) {
        return evidence.stream().filter(e -> e.topic().equals(topic)).toList();
    }

    private static List<Area> canonicalAreas(List<Area> given, List<Criterion> criteria) {
        Map<String, Area> byId = new LinkedHashMap<>();
        given.forEach(area -> byId.putIfAbsent(area.id(), area));
        criteria.forEach(criterion -> byId.putIfAbsent(criterion.area().id(), criterion.area()));
        return List.copyOf(byId.values());
    }

    private static List<Criterion> canonicalCriteria(List<Area> areas, List<Criterion> given) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < areas.size(); i++) {
            position.put(areas.get(i).id(), i);
        }
        Set<String> ids = new HashSet<>();
        for (Criterion criterion : given) {
            if (!ids.add(criterion.id())) {
                throw new IllegalArgumentException("audit criteria ids must be unique, but '" + criterion.id()
                        + "' appears twice; replace a criterion through Audit.Builder.criterion, which keeps one per id");
            }
        }
        List<Criterion> ordered = new ArrayList<>(given);
        ordered.sort(Comparator.<Criterion>comparingInt(c -> position.get(c.area().id())).thenComparing(Criterion::id));
        return List.copyOf(ordered);
    }

    private static List<Evidence> canonicalEvidence(List<Evidence> given) {
        // key: topic id, then kind; one entry per key once agreeing duplicates collapse
        Map<String, List<Evidence>> byTopic = new TreeMap<>();
        for (Evidence item : given) {
            byTopic.computeIfAbsent(item.topic().id(), k -> new ArrayList<>(2)).add(item);
        }
        List<Evidence> result = new ArrayList<>(given.size());
        for (List<Evidence> items : byTopic.values()) {
            if (items.size() > 1) {
                items.sort(CANONICAL);
            }
            Evidence notApplicable = null;
            for (Evidence item : items) {
                if (item instanceof NotApplicable) {
                    notApplicable = item;
                    break;
                }
            }
            int first = result.size();
            for (Evidence item : items) {
                if (notApplicable != null && !(item instanceof NotApplicable)) {
                    throw conflict(item, notApplicable);
                }
                Evidence sameKind = null;
                for (int i = first; i < result.size(); i++) {
                    if (result.get(i).getClass() == item.getClass()) {
                        sameKind = result.get(i);
                        break;
                    }
                }
                if (sameKind != null && !sameKind.agreesWith(item)) {
                    throw conflict(sameKind, item);
                }
                if (sameKind == null || !result.subList(first, result.size()).contains(item)) {
                    result.add(item);   // a second source that agrees is kept: it corroborates, as context
                }
            }
        }
        return List.copyOf(result);
    }

    private static final Comparator<Evidence> CANONICAL = Comparator
            .comparing((Evidence e) -> e.getClass().getSimpleName())
            .thenComparing(e -> e.provenance().toString())
            .thenComparing(Evidence::describe);

    private static IllegalArgumentException conflict(Evidence first, Evidence second) {
        return new IllegalArgumentException("evidence for '" + first.topic().id() + "' ("
                + first.topic().name() + ") must agree, but " + first.describe() + " from "
                + first.provenance() + " conflicts with " + second.describe() + " from " + second.provenance());
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

        /**
         * The time the audit describes; default: the time {@link #build()} is called.
         *
         * @param time the time
         * @return this builder
         */
        public Builder at(Instant time) {
            this.at = Checks.notNull("audit time", time);
            return this;
        }

        /**
         * Adds a checklist's areas and criteria; a later criterion with the same id replaces an earlier one.
         *
         * @param checklist the checklist
         * @return this builder
         */
        public Builder checklist(Checklist checklist) {
            Checks.notNull("checklist", checklist);
            checklist.areas().forEach(this::area);
            checklist.criteria().forEach(this::criterion);
            return this;
        }

        /**
         * Adds an area; adding one twice keeps the first position. Areas of added criteria are added too.
         *
         * @param area the area
         * @return this builder
         */
        public Builder area(Area area) {
            areas.add(Checks.notNull("area", area));
            return this;
        }

        /**
         * Adds a criterion, or replaces the one with the same id (to change its bounds, say). A replacement
         * must judge the same topic for the same sign with the same kind of rule: a criterion that judges
         * something else needs an id of its own.
         *
         * @param criterion the criterion
         * @return this builder
         * @throws IllegalArgumentException if it replaces a criterion that judges another topic or sign
         */
        public Builder criterion(Criterion criterion) {
            Checks.notNull("criterion", criterion);
            Criterion replaced = criteria.get(criterion.id());
            if (replaced != null && (replaced.getClass() != criterion.getClass()
                    || !replaced.topic().id().equals(criterion.topic().id())
                    || !replaced.sign().id().equals(criterion.sign().id()))) {
                throw new IllegalArgumentException("criterion '" + criterion.id() + "' may replace the criterion with"
                        + " its id only to change its bounds, but " + describe(replaced) + " would become "
                        + describe(criterion) + "; give the new criterion an id of its own");
            }
            criteria.put(criterion.id(), criterion);
            return this;
        }

        /**
         * Removes the criterion with {@code id}: for checks that do not fit the system at all.
         *
         * @param id the id of a criterion added so far
         * @return this builder
         * @throws IllegalArgumentException naming the nearest id if no criterion added so far has {@code id}
         */
        public Builder withoutCriterion(String id) {
            Checks.notNull("criterion id", id);
            if (criteria.remove(id) == null) {
                throw new UnknownIdException("withoutCriterion(\"" + id + "\") names no criterion of the audit of "
                        + subject, id, criteria.keySet());
            }
            return this;
        }

        /**
         * Adds one piece of evidence.
         *
         * @param item the evidence
         * @return this builder
         */
        public Builder evidence(Evidence item) {
            evidence.add(Checks.notNull("evidence", item));
            return this;
        }

        /**
         * Adds evidence.
         *
         * @param items the evidence
         * @return this builder
         */
        public Builder evidence(Iterable<? extends Evidence> items) {
            Checks.notNull("evidence", items).forEach(this::evidence);
            return this;
        }

        /**
         * Builds the audit.
         *
         * @return the audit
         * @throws IllegalArgumentException if two pieces of evidence about one topic disagree (naming
         *                                  both values and their sources), not-applicable evidence
         *                                  is given next to a value for the same topic, percentiles of one
         *                                  load contradict each other (p99 below p95, naming both), or an id
         *                                  has two definitions
         */
        public Audit build() {
            return new Audit(subject, at != null ? at : Clock.systemUTC().instant(), areas,
                    new ArrayList<>(criteria.values()), evidence);
        }

        private static String describe(Criterion criterion) {
            return "a " + criterion.getClass().getSimpleName() + " of '" + criterion.topic().id() + "' for sign '"
                    + criterion.sign().id() + "'";
        }
    }
}
