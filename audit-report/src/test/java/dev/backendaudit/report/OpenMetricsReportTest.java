package dev.backendaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendaudit.model.Verdict;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The OpenMetrics text follows the exposition format and says what the verdict says. */
class OpenMetricsReportTest {

    private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern TYPE = Pattern.compile("# TYPE (" + NAME + ") (gauge|counter|stateset|info)");
    private static final Pattern HELP = Pattern.compile("# HELP (" + NAME + ") ((?:[^\\\\\\n]|\\\\\\\\|\\\\\"|\\\\n)*)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\\\n]|\\\\\\\\|\\\\\"|\\\\n)*)\"");
    private static final Pattern SAMPLE = Pattern.compile("(" + NAME + ")\\{((?:" + LABEL + ")(?:," + LABEL + ")*)} "
            + "(-?[0-9]+(?:\\.[0-9]+)?(?:e-?[0-9]+)?|NaN|[+-]Inf)");

    static Stream<ExampleVerdicts.Case> cases() {
        return ExampleVerdicts.cases().stream();
    }

    /** A parsed sample: its metric, labels (unescaped) and value. */
    record Sample(String name, Map<String, String> labels, double value) {
    }

    /** Parses the text by the exposition grammar, failing on any line that breaks it. */
    static List<Sample> parse(String text) {
        assertThat(text).endsWith("# EOF\n");
        List<String> lines = text.lines().toList();
        assertThat(lines.get(lines.size() - 1)).isEqualTo("# EOF");
        Set<String> typed = new HashSet<>();
        Set<String> helped = new HashSet<>();
        Set<String> closed = new HashSet<>();
        String current = null;
        List<Sample> samples = new ArrayList<>();
        for (String line : lines.subList(0, lines.size() - 1)) {
            Matcher type = TYPE.matcher(line);
            Matcher help = HELP.matcher(line);
            Matcher sample = SAMPLE.matcher(line);
            if (type.matches()) {
                assertThat(typed.add(type.group(1))).as("one TYPE line per family: %s", line).isTrue();
                if (current != null) {
                    closed.add(current);
                }
                current = type.group(1);
            } else if (help.matches()) {
                assertThat(help.group(1)).as("HELP follows its family's TYPE").isEqualTo(current);
                helped.add(help.group(1));
            } else if (sample.matches()) {
                assertThat(sample.group(1)).as("sample of the current family: %s", line).isEqualTo(current);
                assertThat(closed).doesNotContain(sample.group(1));
                samples.add(new Sample(sample.group(1), labels(sample.group(2)), value(line.substring(line.lastIndexOf(' ') + 1))));
            } else {
                throw new AssertionError("line breaks the exposition format: " + line);
            }
        }
        assertThat(helped).isEqualTo(typed);
        return samples;
    }

    private static Map<String, String> labels(String text) {
        Map<String, String> labels = new LinkedHashMap<>();
        Matcher m = LABEL.matcher(text);
        while (m.find()) {
            String value = m.group(2).replace("\\n", "\n").replace("\\\"", "\"").replace("\\\\", "\\");
            assertThat(labels.put(m.group(1), value)).as("label %s given twice", m.group(1)).isNull();
        }
        return labels;
    }

    private static double value(String text) {
        return text.equals("NaN") ? Double.NaN : Double.parseDouble(text);
    }

    private static List<Sample> of(List<Sample> samples, String name) {
        return samples.stream().filter(s -> s.name().equals(name)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void should_follow_the_exposition_format_and_label_every_sample_with_the_subject(ExampleVerdicts.Case c) {
        // WHEN
        List<Sample> samples = parse(OpenMetricsReport.render(c.verdict()));
        // THEN
        assertThat(samples).isNotEmpty().allSatisfy(s ->
                assertThat(s.labels()).containsEntry("subject", c.verdict().subject()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void should_give_the_outcome_area_health_coverage_and_counts(ExampleVerdicts.Case c) {
        // GIVEN
        Verdict verdict = c.verdict();
        // WHEN
        List<Sample> samples = parse(OpenMetricsReport.render(verdict));
        // THEN
        assertThat(of(samples, "backend_audit_outcome")).filteredOn(s -> s.value() == 1)
                .singleElement().satisfies(s -> assertThat(s.labels().get("outcome")).isEqualTo(verdict.outcome().name()));
        for (var area : verdict.areas()) {
            assertThat(of(samples, "backend_audit_area_health"))
                    .filteredOn(s -> s.labels().get("area").equals(area.area().id()) && s.value() == 1)
                    .singleElement().satisfies(s -> assertThat(s.labels().get("health")).isEqualTo(area.health().name()));
        }
        assertThat(of(samples, "backend_audit_coverage_ratio")).singleElement()
                .satisfies(s -> assertThat(s.value()).isEqualTo(verdict.coverage().ratio()));
        assertThat(of(samples, "backend_audit_findings").stream().mapToDouble(Sample::value).sum())
                .isEqualTo(verdict.findings().size());
        assertThat(of(samples, "backend_audit_findings")).filteredOn(s -> s.labels().get("status").equals("PRESENT"))
                .extracting(Sample::value).containsExactly(
                        (double) verdict.present().stream().filter(f -> !f.isAtLeast(dev.backendaudit.model.Severity.CRITICAL)).count(),
                        (double) verdict.present().stream().filter(f -> f.isAtLeast(dev.backendaudit.model.Severity.CRITICAL)).count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void should_give_the_outcome_bounds_and_whether_the_verdict_is_settled(ExampleVerdicts.Case c) {
        // GIVEN
        Verdict verdict = c.verdict();
        var bounds = verdict.certainty().bounds();
        // WHEN
        List<Sample> samples = parse(OpenMetricsReport.render(verdict));
        // THEN
        assertThat(of(samples, "backend_audit_outcome_bound_level"))
                .extracting(s -> s.labels().get("bound") + "=" + s.value())
                .containsExactly("best=" + (double) bounds.best().ordinal(), "worst=" + (double) bounds.worst().ordinal());
        assertThat(of(samples, "backend_audit_settled")).singleElement()
                .satisfies(s -> assertThat(s.value()).isEqualTo(verdict.certainty().settled() ? 1.0 : 0.0));
    }

    @Test
    void should_chart_unknown_health_as_nan_never_as_healthy() {
        // GIVEN: an audit with no evidence at all
        Verdict verdict = dev.backendaudit.engine.Evaluator.evaluate(dev.backendaudit.model.Audit.builder("empty")
                .at(ExampleVerdicts.AT).checklist(dev.backendaudit.checklist.StandardChecklist.checklist()).build());
        // WHEN
        List<Sample> samples = parse(OpenMetricsReport.render(verdict));
        // THEN
        assertThat(of(samples, "backend_audit_area_health_level")).isNotEmpty()
                .allSatisfy(s -> assertThat(s.value()).isNaN());
        assertThat(of(samples, "backend_audit_outcome_level")).singleElement()
                .satisfies(s -> assertThat(s.value()).isNaN());
    }

    @Test
    void should_escape_backslashes_quotes_and_line_feeds_in_labels() {
        // GIVEN
        String subject = "shop \"eu\"\\west\nblue";
        Verdict original = ExampleVerdicts.optimize();
        Verdict verdict = original.withAssessment(original.assessment().withSubject(subject));
        // WHEN
        String text = OpenMetricsReport.render(verdict);
        // THEN
        assertThat(text).contains("subject=\"shop \\\"eu\\\"\\\\west\\nblue\"");
        assertThat(parse(text)).allSatisfy(s -> assertThat(s.labels().get("subject")).isEqualTo(subject));
    }

    @Test
    void should_reject_text_that_breaks_the_grammar_so_that_the_checks_mean_something() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> parse("# TYPE a gauge\n# HELP a x\na{subject=\"x} 1\n# EOF\n"))
                .isInstanceOf(AssertionError.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> parse("# TYPE a gauge\n# HELP a x\na{subject=\"x\"} 1\n"))
                .isInstanceOf(AssertionError.class);
    }
}
