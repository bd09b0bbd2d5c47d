package dev.backendaudit.bounds.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendaudit.model.AreaAssessment;
import dev.backendaudit.model.Assessment;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.EvidencePolicy;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.FindingStatus;
import dev.backendaudit.model.Severity;
import dev.backendaudit.scoring.Strategies;
import dev.backendaudit.scoring.testing.ScoringFixtures;
import dev.backendaudit.test.AuditFixtures.Level;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The assessment a search builds from the parts a resolution leaves alone equals the one built afresh. */
class ResolutionsProperties {

    @Provide
    Arbitrary<Map<String, Level>> levels() {
        return ScoringFixtures.randomLevels(6, 3, 2, 4, 1);
    }

    @Property(tries = 200)
    void should_build_the_same_assessment_as_afresh_for_every_resolution(@ForAll("levels") Map<String, Level> levels,
                                                                         @ForAll long seed) {
        // GIVEN
        Assessment base = ScoringFixtures.assess(levels);
        Resolutions r = Resolutions.of(base, Strategies.checklist(), AuditHistory.empty(), EvidencePolicy.DEFAULT, 10);
        Random random = new Random(seed);
        if (random.nextBoolean()) {
            r.best();       // kept: later resolutions are built from the nearest of the base, all absent, all worst
            r.worst();
        }
        Finding[] state = random.nextBoolean() ? r.allAbsent() : r.allWorst();
        for (int i = 0; i < r.size(); i++) {
            Finding finding = r.finding(i);
            Optional<Finding> replaced = switch (random.nextInt(4)) {
                case 0 -> finding.isPresent() ? Hypotheticals.lowered(finding, Optional.empty()) : Optional.empty();
                case 1 -> finding.status().isDecided() ? Hypotheticals.raised(finding, Severity.CRITICAL)
                        : Optional.empty();
                case 2 -> finding.status() == FindingStatus.UNKNOWN ? Optional.of(Hypotheticals.worst(finding, base.at()))
                        : Optional.empty();
                default -> Optional.empty();
            };
            if (replaced.isPresent()) {
                state[i] = replaced.get();
            }
        }
        // WHEN
        Assessment incremental = r.assessment(state);
        Assessment afresh = Resolutions.assemble(base.subject(), base.at(),
                base.areas().stream().map(AreaAssessment::area).toList(), Arrays.asList(state), base.context());
        // THEN
        assertThat(incremental).isEqualTo(afresh);
        assertThat(r.assessment(base.findings().toArray(new Finding[0]))).isSameAs(base);
    }
}
