package dev.backendaudit.scoring;

import static dev.backendaudit.scoring.testing.ScoringFixtures.levels;
import static org.assertj.core.api.Assertions.assertThat;

import dev.backendaudit.checklist.Areas;
import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.engine.Evaluator;
import dev.backendaudit.model.Area;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.CheckStatus;
import dev.backendaudit.model.Dimension;
import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.Metric;
import dev.backendaudit.model.NextStep;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Provenance;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.Sign;
import dev.backendaudit.model.SignKind;
import dev.backendaudit.model.ThresholdCriterion;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.scoring.testing.ScoringFixtures;
import dev.backendaudit.test.AuditFixtures.Level;
import dev.backendaudit.text.VerdictText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Next steps follow the findings; a team's own area counts toward "systemic" only when it says so; nothing is dropped. */
class NextStepsFitTest {

    private static final Area COST = Area.of("cost", "Cost", "The cloud bill grows slower than traffic",
            "The cloud bill grows faster than traffic");
    private static final Sign OVERSPEND = Sign.of("cost.overspend", COST, SignKind.WARNING_SIGN, "Overspend",
            "A bill above budget", "Money that features needed");
    private static final Metric BILL = Metric.of("cost.monthly-bill", COST, "monthly cloud bill in kEUR", Dimension.COUNT);

    private static List<String> actions(Verdict verdict) {
        return verdict.nextSteps().stream().map(NextStep::action).toList();
    }

    @Test
    void should_not_recommend_optimizing_queries_that_were_found_efficient() {
        // GIVEN slow peak latency, and queries answered efficient
        Verdict verdict = Evaluator.evaluate(ScoringFixtures.audit(ScoringFixtures.T0,
                levels(Criteria.P95_PEAK, Level.WARNING, Criteria.QUERIES_EFFICIENT, Level.HEALTHY)));
        // THEN
        assertThat(actions(verdict)).containsExactly("add-caching", "fix-bottlenecks");
        assertThat(verdict.nextSteps()).allMatch(s -> s.motivatedBy().equals(List.of(Criteria.P95_PEAK)));
    }

    @Test
    void should_recommend_optimizing_queries_when_their_efficiency_is_unknown() {
        Verdict verdict = Evaluator.evaluate(ScoringFixtures.audit(ScoringFixtures.T0,
                levels(Criteria.P95_PEAK, Level.WARNING, Criteria.QUERIES_EFFICIENT, Level.UNKNOWN)));
        assertThat(actions(verdict)).containsExactly("optimize-queries", "add-caching", "fix-bottlenecks");
    }

    @Test
    void should_not_recommend_automating_scaling_that_is_automatic() {
        // GIVEN spikes take the system down although it scales automatically
        Verdict verdict = Evaluator.evaluate(ScoringFixtures.audit(ScoringFixtures.T0,
                levels(Criteria.PEAK_HEADROOM, Level.WARNING)));
        // THEN
        assertThat(actions(verdict)).containsExactly("fix-bottlenecks");
    }

    private static Audit withCost(Area cost, Level performance, Level scalability) {
        Audit base = ScoringFixtures.audit(ScoringFixtures.T0, levels(Criteria.P95_PEAK, performance,
                Criteria.AUTOMATIC_SCALING, scalability));
        Sign overspend = Sign.of(OVERSPEND.id(), cost, OVERSPEND.kind(), OVERSPEND.title(), OVERSPEND.looksLike(),
                OVERSPEND.impact());
        Metric bill = Metric.of(BILL.id(), cost, BILL.name(), BILL.dimension());
        List<dev.backendaudit.model.Criterion> criteria = new ArrayList<>(base.criteria());
        criteria.add(ThresholdCriterion.above("cost.monthly-bill", overspend, bill, Quantity.count(40), Quantity.count(80)));
        List<dev.backendaudit.model.Evidence> evidence = new ArrayList<>(base.evidence());
        evidence.add(Measurement.of(bill, Quantity.count(55), Provenance.of("billing-export")));
        return new Audit(base.subject(), base.at(), base.areas(), criteria, evidence);
    }

    @Test
    void should_not_count_a_teams_own_area_toward_systemic_problems_unless_it_says_so() {
        // GIVEN Performance and Scalability need attention, and so does the team's Cost area
        Verdict isolated = Evaluator.evaluate(withCost(COST, Level.WARNING, Level.WARNING));
        Verdict systemic = Evaluator.evaluate(withCost(COST.withSystemic(true), Level.WARNING, Level.WARNING));
        // THEN
        assertThat(isolated.outcome()).isEqualTo(Outcome.OPTIMIZE);
        assertThat(isolated.condition("issues-isolated").status()).isEqualTo(CheckStatus.HOLDS);
        assertThat(isolated.condition("issues-isolated").text()).isEqualTo("2 of 6 counted areas need attention"
                + " (Performance, Scalability), under the 3 that make problems systemic; Cost also needs attention but"
                + " does not count toward it");
        assertThat(actions(isolated)).contains("address-cost.overspend");
        assertThat(systemic.outcome()).isEqualTo(Outcome.REBUILD);
        assertThat(systemic.firedRules()).containsExactly(ChecklistStrategy.SYSTEMIC_PROBLEMS);
        assertThat(Areas.STANDARD).allMatch(Area::systemic);
    }

    @Test
    void should_keep_and_show_evidence_that_no_criterion_judges() {
        // GIVEN a measured metric without bounds
        Audit base = ScoringFixtures.audit(ScoringFixtures.T0, levels());
        List<dev.backendaudit.model.Evidence> evidence = new ArrayList<>(base.evidence());
        Measurement bill = Measurement.of(BILL, Quantity.count(55), Provenance.of("billing-export", "bills/2026-11.csv",
                ScoringFixtures.T0));
        evidence.add(bill);
        Audit audit = new Audit(base.subject(), base.at(), base.areas(), base.criteria(), evidence);
        // WHEN
        Verdict verdict = Evaluator.evaluate(audit);
        // THEN
        assertThat(verdict.context()).containsExactly(bill);
        assertThat(verdict.outcome()).isEqualTo(Outcome.HEALTHY);
        assertThat(VerdictText.render(verdict)).contains("Context (evidence no criterion judges):\n"
                + "  monthly cloud bill in kEUR: 55; source: billing-export (bills/2026-11.csv, 2026-01-05T09:00:00Z)\n");
    }
}
