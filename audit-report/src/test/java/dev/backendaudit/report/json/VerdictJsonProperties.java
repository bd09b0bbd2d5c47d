package dev.backendaudit.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendaudit.model.CheckStatus;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.report.ArbitraryVerdicts;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Laws of the JSON form: whatever the verdict, writing and reading it back gives it again. */
class VerdictJsonProperties {

    @Provide
    Arbitrary<Verdict> verdicts() {
        return ArbitraryVerdicts.verdicts();
    }

    @Property(tries = 200)
    void should_read_back_an_equal_verdict(@ForAll("verdicts") Verdict verdict) {
        // GIVEN
        Statistics.label("outcome").collect(verdict.outcome());
        Statistics.label("outcome").coverage(c -> {
            for (Outcome outcome : Outcome.values()) {
                c.check(outcome).count(n -> n > 0);
            }
        });
        Statistics.label("has context evidence").collect(!verdict.context().isEmpty());
        Statistics.label("has context evidence").coverage(c -> c.check(true).count(n -> n > 0));
        Statistics.label("a condition unknown").collect(verdict.conditions().stream()
                .anyMatch(x -> x.status() == CheckStatus.UNKNOWN));
        Statistics.label("a condition unknown").coverage(c -> c.check(true).count(n -> n > 0));
        String json = VerdictJson.write(verdict);
        // WHEN
        Verdict back = VerdictJson.read(json);
        // THEN
        assertThat(back).isEqualTo(verdict);
    }

    @Property(tries = 200)
    void should_restore_every_field_not_only_the_ids(@ForAll("verdicts") Verdict verdict) {
        // GIVEN: areas, signs, metrics and questions are equal by id, so compare what is written
        String json = VerdictJson.write(verdict);
        // WHEN
        String again = VerdictJson.write(VerdictJson.read(json));
        // THEN
        assertThat(again).isEqualTo(json);
    }

    @Property(tries = 50)
    void should_read_back_a_history_in_order(@ForAll("verdicts") Verdict first, @ForAll("verdicts") Verdict second) {
        // GIVEN
        List<Verdict> verdicts = List.of(first, second);
        // WHEN
        List<Verdict> back = VerdictJson.readHistory(VerdictJson.writeHistory(verdicts));
        // THEN
        assertThat(back).containsExactly(first, second);
    }
}
