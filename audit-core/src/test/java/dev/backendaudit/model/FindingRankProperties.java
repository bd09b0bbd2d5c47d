package dev.backendaudit.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.engine.Evaluator;
import dev.backendaudit.scoring.testing.ScoringFixtures;
import dev.backendaudit.test.AuditFixtures.Level;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Finding#BY_IMPACT}, written out for speed, orders exactly as its definition, a chain of comparators;
 * {@link Finding#rank} orders findings exactly as sorting by it does.
 */
class FindingRankProperties {

    /** The order as the Javadoc of {@link Finding#BY_IMPACT} defines it, key by key. */
    private static final Comparator<Finding> DEFINITION = Comparator
            .comparingInt((Finding f) -> switch (f.status()) {
                case PRESENT -> 0;
                case UNKNOWN -> 1;
                case ABSENT -> 2;
                case NOT_APPLICABLE -> 3;
            })
            .thenComparing(f -> f.severity().orElse(null), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(f -> !f.sign().isRebuildIndicator())
            .thenComparing(f -> !f.area().foundation())
            .thenComparing(Finding::excess, Comparator.reverseOrder())
            .thenComparing(f -> f.criterion().id());

    @Provide
    Arbitrary<Map<String, Level>> levels() {
        return Arbitraries.of(Level.values()).list().ofSize(Criteria.STANDARD.size()).map(list -> {
            Map<String, Level> levels = new LinkedHashMap<>();
            for (int i = 0; i < list.size(); i++) {
                Criterion criterion = Criteria.STANDARD.get(i);
                levels.put(criterion.id(), ScoringFixtures.reachable(criterion, list.get(i)));
            }
            return levels;
        });
    }

    @Property(tries = 300)
    void ranks_as_the_comparator_sorts(@ForAll("levels") Map<String, Level> levels, @ForAll long seed) {
        // GIVEN an assessment's findings in a random order
        List<Finding> findings = new ArrayList<>(Evaluator.assess(ScoringFixtures.audit(ScoringFixtures.T0, levels))
                .findings());
        Collections.shuffle(findings, new Random(seed));
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.BY_IMPACT);
        // THEN
        assertThat(Finding.rank(findings)).containsExactlyElementsOf(sorted);
    }

    @Property(tries = 200)
    void orders_as_its_definition(@ForAll("levels") Map<String, Level> levels, @ForAll long seed) {
        // GIVEN the findings of a random audit, shuffled
        List<Finding> findings = new ArrayList<>(Evaluator.assess(ScoringFixtures.audit(ScoringFixtures.T0, levels))
                .findings());
        Collections.shuffle(findings, new Random(seed));
        List<Finding> byDefinition = new ArrayList<>(findings);
        // WHEN
        findings.sort(Finding.BY_IMPACT);
        byDefinition.sort(DEFINITION);
        // THEN the same order, and the same sign of every comparison of neighbours
        assertThat(findings).isEqualTo(byDefinition);
        for (int i = 0; i + 1 < findings.size(); i++) {
            assertThat(Integer.signum(Finding.BY_IMPACT.compare(findings.get(i), findings.get(i + 1))))
                    .isEqualTo(Integer.signum(DEFINITION.compare(findings.get(i), findings.get(i + 1))));
        }
    }
}
