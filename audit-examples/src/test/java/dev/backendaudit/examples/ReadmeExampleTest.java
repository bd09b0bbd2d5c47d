package dev.backendaudit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendaudit.checklist.Areas;
import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.checklist.Questions;
import dev.backendaudit.checklist.StandardChecklist;
import dev.backendaudit.engine.Evaluator;
import dev.backendaudit.model.Answer;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.Health;
import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Provenance;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.text.VerdictText;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The README's "An audit in plain Java" snippet, kept compiling and true. */
class ReadmeExampleTest {

    @Test
    void should_run_the_plain_java_snippet_of_the_readme() {
        // GIVEN (the README snippet, verbatim)
        // tag::plain-java[]
        Audit audit = Audit.builder("checkout-service")
                .checklist(StandardChecklist.checklist())
                .evidence(Measurement.of(Metrics.LATENCY_P95_PEAK, Duration.ofMillis(870), Provenance.manual()))
                .evidence(Answer.of(Questions.AUTOMATIC_SCALING, false, "scaled by hand during sales"))
                .evidence(Measurement.of(Metrics.CHANGE_FAILURE_RATE, Quantity.percent(9), Provenance.manual()))
                .build();

        Verdict verdict = Evaluator.evaluate(audit);     // the checklist strategy
        verdict.outcome();                               // HEALTHY, OPTIMIZE, REBUILD or INCONCLUSIVE
        verdict.health(Areas.SCALABILITY);               // NEEDS_ATTENTION
        verdict.rationale();                             // the rules that fired, in words
        verdict.nextSteps();                             // what to do
        System.out.println(VerdictText.render(verdict));
        // end::plain-java[]
        String text = VerdictText.render(verdict);

        // THEN three pieces of evidence are too thin for a decision, and the verdict says so
        assertThat(verdict.outcome()).isEqualTo(Outcome.INCONCLUSIVE);
        assertThat(verdict.health(Areas.SCALABILITY)).isEqualTo(Health.NEEDS_ATTENTION);
        assertThat(verdict.firedRules()).containsExactly("foundation-unknown");
        assertThat(text).contains("Verdict: INCONCLUSIVE").contains("Gather evidence for Architecture");
    }
}
