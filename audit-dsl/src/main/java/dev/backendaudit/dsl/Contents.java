package dev.backendaudit.dsl;

import dev.backendaudit.model.Area;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Criterion;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.EvidencePolicy;
import dev.backendaudit.scoring.ScoringStrategy;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a {@link Draft}'s statements add up to, folded first said first. Made afresh for each question
 * asked of a draft and thrown away: the draft itself never changes.
 */
final class Contents {

    Instant at;
    final List<Area> areas = new ArrayList<>();
    final Map<String, Criterion> criteria = new LinkedHashMap<>();
    List<Evidence> evidence = new ArrayList<>();
    ScoringStrategy strategy;
    AuditHistory history;
    EvidencePolicy policy;

    /** Where each open {@code replacing(...)} began: the size of the evidence then. */
    private final Deque<Integer> replacements = new ArrayDeque<>();

    /** Folds {@code statements}; a replacement still open (the audit taken inside it) ends here. */
    static Contents of(Chain<Draft.Statement> statements) {
        Contents contents = new Contents();
        for (Draft.Statement statement : statements.toList()) {
            statement.applyTo(contents);
        }
        while (!contents.replacements.isEmpty()) {
            contents.close();
        }
        return contents;
    }

    void area(Area area) {
        if (!areas.contains(area)) {
            areas.add(area);
        }
    }

    void open() {
        replacements.push(evidence.size());
    }

    /** The evidence since the matching {@link #open()} replaces the evidence before it about the same topics. */
    void close() {
        int start = replacements.pop();
        List<Evidence> replacing = evidence.subList(start, evidence.size());
        Set<String> topics = new HashSet<>();
        replacing.forEach(item -> topics.add(item.topic().id()));
        List<Evidence> kept = new ArrayList<>(evidence.size());
        for (Evidence item : evidence.subList(0, start)) {
            if (!topics.contains(item.topic().id())) {
                kept.add(item);
            }
        }
        kept.addAll(replacing);
        evidence = kept;
    }
}
