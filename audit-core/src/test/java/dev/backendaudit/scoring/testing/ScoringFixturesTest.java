package dev.backendaudit.scoring.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.model.Assessment;
import dev.backendaudit.model.Criterion;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.FindingStatus;
import dev.backendaudit.model.Severity;
import dev.backendaudit.scoring.testing.ScoringFixtures.Level;
import org.junit.jupiter.api.Test;

class ScoringFixturesTest {

    @Test
    void should_put_every_standard_criterion_at_the_requested_level() {
        for (Level level : Level.values()) {
            // GIVEN every criterion asked to be at one level
            // WHEN the audit is assessed
            Assessment assessment = ScoringFixtures.assess(ScoringFixtures.all(level));
            // THEN each finding is at that level (answers flag their own fixed severity)
            assertThat(assessment.findings()).hasSize(Criteria.STANDARD.size());
            for (Finding finding : assessment.findings()) {
                switch (level) {
                    case HEALTHY -> assertThat(finding.status()).as(finding.toString()).isEqualTo(FindingStatus.ABSENT);
                    case UNKNOWN -> assertThat(finding.status()).as(finding.toString()).isEqualTo(FindingStatus.UNKNOWN);
                    case NOT_APPLICABLE -> assertThat(finding.status()).as(finding.toString())
                            .isEqualTo(FindingStatus.NOT_APPLICABLE);
                    case CRITICAL -> assertThat(finding.isPresent()).as(finding.toString()).isTrue();
                    case WARNING -> assertThat(finding.isPresent()).as(finding.toString()).isTrue();
                }
            }
        }
    }

    @Test
    void should_make_threshold_and_trend_criteria_critical_when_asked() {
        // GIVEN / WHEN
        Assessment assessment = ScoringFixtures.assess(ScoringFixtures.all(Level.CRITICAL));
        // THEN
        for (Finding finding : assessment.findings()) {
            Criterion criterion = finding.criterion();
            if (!(criterion instanceof dev.backendaudit.model.AnswerCriterion)) {
                assertThat(finding.severity()).as(finding.toString()).contains(Severity.CRITICAL);
            }
        }
    }
}
