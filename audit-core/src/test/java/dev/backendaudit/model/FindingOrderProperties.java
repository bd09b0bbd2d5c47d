package dev.backendaudit.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.scoring.testing.ScoringFixtures;
import dev.backendaudit.scoring.testing.ScoringFixtures.Level;
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

/** {@link Finding#BY_IMPACT}, written out for speed, orders exactly as its definition, a chain of comparators. */
class FindingOrderProperties {

    /** The order as the Javadoc defines it, key by key. */
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
                levels.put(Criteria.STANDARD.get(i).id(), list.get(i));
            }
            return levels;
        });
    }

    @Property(tries = 200)
    void should_order_findings_as_the_definition_does(@ForAll("levels") Map<String, Level> levels, @ForAll long seed) {
        // GIVEN the findings of a random audit, shuffled
        List<Finding> findings = new ArrayList<>(ScoringFixtures.assess(levels).findings());
        Collections.shuffle(findings, new Random(seed));
        List<Finding> byDefinition = new ArrayList<>(findings);
        // WHEN
        findings.sort(Finding.BY_IMPACT);
        byDefinition.sort(DEFINITION);
        // THEN
        assertThat(findings).isEqualTo(byDefinition);
        for (int i = 0; i + 1 < findings.size(); i++) {
            assertThat(Integer.signum(Finding.BY_IMPACT.compare(findings.get(i), findings.get(i + 1))))
                    .isEqualTo(Integer.signum(DEFINITION.compare(findings.get(i), findings.get(i + 1))));
        }
    }
}
