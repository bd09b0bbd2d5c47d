package dev.backendaudit.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.engine.Evaluator;
import dev.backendaudit.scoring.testing.ScoringFixtures;
import dev.backendaudit.test.AuditFixtures.Level;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link Finding#rank} orders findings exactly as sorting by {@link Finding#BY_IMPACT} does. */
class FindingRankProperties {

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
}
