package dev.backendaudit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The HTML page is one self-contained file with the pictures people look at. */
class HtmlReportTest {

    @Test
    void should_need_nothing_from_the_network() {
        // WHEN
        String html = HtmlReport.render(ExampleVerdicts.optimize(), ExampleVerdicts.checkoutHistory());
        // THEN
        assertThat(html).doesNotContainPattern("(?i)<(link|img|iframe|object|embed)\\b")
                .doesNotContainPattern("(?i)\\b(src|href)\\s*=")
                .doesNotContainPattern("(?i)url\\(")
                .doesNotContainPattern("(?i)@import");
    }

    @Test
    void should_draw_a_ring_per_area_and_a_timeline_only_when_history_exists() {
        // GIVEN
        Verdict verdict = ExampleVerdicts.optimize();
        // WHEN
        String alone = HtmlReport.render(verdict);
        String withHistory = HtmlReport.render(verdict, ExampleVerdicts.checkoutHistory());
        // THEN
        assertThat(alone.split("<svg class=\"ring\"", -1)).hasSize(verdict.areas().size() + 1);
        assertThat(alone).doesNotContain("class=\"timeline\"");
        assertThat(withHistory).contains("<svg class=\"timeline\"").contains("aria-label=\"Health of each area over 4 audits\"");
    }

    @Test
    void should_show_the_outcomes_the_unknowns_allow_beside_the_outcome_and_the_flip_list() {
        // WHEN
        String optimize = HtmlReport.render(ExampleVerdicts.optimize());
        String rebuild = HtmlReport.render(ExampleVerdicts.rebuild());
        // THEN OPTIMIZE .. REBUILD: HEALTHY cannot be reached, the verdict is outlined
        assertThat(optimize).contains("<div class=\"bounds\" id=\"bounds\" role=\"img\" aria-label=\"Outcome bounds"
                + " OPTIMIZE .. REBUILD\"><span class=\"healthy\">HEALTHY</span><span class=\"optimize reachable"
                + " verdict\">OPTIMIZE<small>best, verdict</small></span><span class=\"rebuild reachable\">REBUILD"
                + "<small>worst</small></span></div>");
        assertThat(optimize.indexOf("id=\"bounds\"")).isLessThan(optimize.indexOf("</header>"));
        assertThat(optimize).contains("<ol id=\"settle\">").contains("<p id=\"margin\">");
        // and a settled REBUILD lists what would flip it, one item per finding to change
        int changes = ExampleVerdicts.rebuild().certainty().flip().orElseThrow().changes().size();
        assertThat(rebuild).contains("<ul id=\"flip\">").doesNotContain("<ol id=\"settle\">");
        String flip = rebuild.substring(rebuild.indexOf("<ul id=\"flip\">"), rebuild.indexOf("</ul>",
                rebuild.indexOf("<ul id=\"flip\">")));
        assertThat(flip.split("<li>", -1)).hasSize(changes + 1);
    }

    @Test
    void should_escape_user_text() {
        // GIVEN
        Verdict original = ExampleVerdicts.healthy();
        Verdict verdict = original.withAssessment(original.assessment().withSubject("<script>alert('x')</script>"));
        // WHEN
        String html = HtmlReport.render(verdict);
        // THEN
        assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    }

    @Test
    void should_refuse_history_of_another_subject() {
        // GIVEN
        AuditHistory other = AuditHistory.of(List.of(ExampleVerdicts.healthy()));
        // THEN
        assertThatThrownBy(() -> HtmlReport.render(ExampleVerdicts.optimize(), other))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("history must be of the verdict's subject \"checkout-service\", but holds a verdict of"
                        + " \"catalog-service\"");
    }
}
