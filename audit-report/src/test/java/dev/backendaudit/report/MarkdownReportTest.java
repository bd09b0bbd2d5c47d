package dev.backendaudit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendaudit.model.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Markdown report reads like a pull-request comment: outcome first, detail folded. */
class MarkdownReportTest {

    @Test
    void should_open_with_the_outcome_and_subject() {
        // WHEN
        String md = MarkdownReport.render(ExampleVerdicts.rebuild());
        // THEN
        assertThat(md.lines().findFirst()).hasValueSatisfying(line ->
                assertThat(line).startsWith("## ").contains("REBUILD: order-service"));
    }

    @Test
    void should_have_one_table_row_per_area_with_its_health() {
        // GIVEN
        Verdict verdict = ExampleVerdicts.optimize();
        // WHEN
        List<String> rows = MarkdownReport.render(verdict).lines()
                .filter(l -> l.startsWith("| ") && !l.startsWith("| Area") && !l.startsWith("| Status")
                        && !l.startsWith("| ---") && !l.contains("`") && !l.startsWith("| Check")
                        && !l.startsWith("| Rebuild indicator:") && !l.startsWith("| Condition:")
                        && !l.startsWith("| Outcome") && !l.startsWith("| Reachable")).toList();
        // THEN
        assertThat(rows).hasSize(verdict.areas().size());
        assertThat(rows.get(1)).startsWith("| Performance | \u26a0\ufe0f Needs attention | 3 of 9 | Slow performance (2) |");
    }

    @Test
    void should_fold_the_rationale_the_missing_evidence_and_all_findings() {
        // WHEN
        String md = MarkdownReport.render(ExampleVerdicts.optimize());
        // THEN
        assertThat(md).containsSubsequence("### Findings that matter", "### Next steps", "<details>",
                "Why: the rules that fired", "</details>", "<details>", "Evidence that would make the verdict surer",
                "</details>", "<details>", "All findings (41)", "</details>");
    }

    @Test
    void should_list_at_most_the_findings_asked_and_say_how_many_more() {
        // WHEN
        String md = MarkdownReport.render(ExampleVerdicts.rebuild(), 3);
        // THEN
        assertThat(md).contains("3. ").doesNotContain("\n4. ").contains("…and 12 more under *All findings* below.");
    }

    @Test
    void should_escape_markdown_and_html_in_user_text() {
        // GIVEN
        Verdict original = ExampleVerdicts.healthy();
        Verdict verdict = original.withAssessment(original.assessment().withSubject("a|b <script>*x*"));
        // WHEN
        String md = MarkdownReport.render(verdict);
        // THEN
        assertThat(md).startsWith("## \ud83d\udfe2 HEALTHY: a\\|b \\<script\\>\\*x\\*\n");
    }

    @Test
    void should_refuse_a_negative_number_of_findings() {
        assertThatThrownBy(() -> MarkdownReport.render(ExampleVerdicts.healthy(), -1))
                .hasMessage("maxFindings must be >= 0, but was -1");
    }
}
