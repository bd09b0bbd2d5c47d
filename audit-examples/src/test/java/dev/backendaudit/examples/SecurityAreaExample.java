package dev.backendaudit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendaudit.checklist.Areas;
import dev.backendaudit.model.AnswerCriterion;
import dev.backendaudit.model.Area;
import dev.backendaudit.model.Dimension;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.FindingStatus;
import dev.backendaudit.model.Health;
import dev.backendaudit.model.Metric;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Provenance;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.Question;
import dev.backendaudit.model.Severity;
import dev.backendaudit.model.Sign;
import dev.backendaudit.model.SignKind;
import dev.backendaudit.model.Verdict;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A custom area: the security team adds its own area, signs, metric and question to the healthy
 * catalog service's audit. By the standard checklist the service is healthy; by the security team's
 * it rotates secrets by hand. One area needs attention and the foundation holds, so the verdict
 * becomes OPTIMIZE, and the next step is written from the custom sign's own words.
 */
class SecurityAreaExample {

    // tag::custom-area[]
    static final Area SECURITY = Area.of("security", "Security",
            "Dependencies patched within a week; secrets rotated automatically",
            "Known vulnerabilities stay open; secrets live for years");
    static final Sign KNOWN_VULNERABILITIES = Sign.of("security.known-vulnerabilities", SECURITY,
            SignKind.WARNING_SIGN, "Known vulnerabilities", "Published CVEs in shipped dependencies",
            "An attacker needs no new idea to get in");
    static final Sign STALE_SECRETS = Sign.of("security.stale-secrets", SECURITY, SignKind.WARNING_SIGN,
            "Stale secrets", "Credentials rotated by hand, if at all", "A leaked key keeps working");
    static final Metric OPEN_CVES = Metric.of("security.open-cves", SECURITY,
            "open CVEs of high severity", Dimension.COUNT);
    static final Question SECRETS_ROTATED = Question.yesNo("security.secrets-rotated", SECURITY,
            "Are secrets rotated automatically?");

    static Verdict auditWithSecurity() {
        return HealthyCatalogServiceExample.catalogService()
                .area(SECURITY)
                .criterion(AnswerCriterion.expect("security.secrets-rotated", STALE_SECRETS, SECRETS_ROTATED,
                        "yes", Severity.WARNING))
                .from(Provenance.of("dependency-check", "target/dependency-check-report.json",
                        Instant.parse("2026-11-19T22:00:00Z")))
                .measured(OPEN_CVES, Quantity.count(0))
                    .warnAbove(Quantity.count(0)).criticalAbove(Quantity.count(3))
                    .signalling(KNOWN_VULNERABILITIES)
                .from(Provenance.manual("SEC-142"))
                .answered(SECRETS_ROTATED, false, "database passwords are rotated by hand once a year")
                .evaluate();
    }
    // end::custom-area[]

    private final Verdict verdict = auditWithSecurity();

    @Test
    void should_report_the_custom_area_after_the_standard_ones() {
        assertThat(verdict.areas()).hasSize(7);
        assertThat(verdict.areas().get(6).area()).isEqualTo(SECURITY);
        assertThat(verdict.health(SECURITY)).isEqualTo(Health.NEEDS_ATTENTION);
        assertThat(verdict.health(Areas.PERFORMANCE)).isEqualTo(Health.HEALTHY);
    }

    @Test
    void should_judge_the_custom_metric_by_the_bounds_given_in_the_sentence() {
        Finding cves = verdict.findings().stream().filter(f -> f.criterion().id().equals("security.open-cves"))
                .findFirst().orElseThrow();
        assertThat(cves.status()).isEqualTo(FindingStatus.ABSENT);
        assertThat(cves.sign()).isEqualTo(KNOWN_VULNERABILITIES);
        assertThat(cves.explanation()).contains("open CVEs of high severity is 0", "dependency-check");
    }

    @Test
    void should_turn_a_healthy_service_into_one_to_optimize() {
        assertThat(verdict.outcome()).isEqualTo(Outcome.OPTIMIZE);
        assertThat(verdict.present()).singleElement().satisfies(f -> {
            assertThat(f.sign()).isEqualTo(STALE_SECRETS);
            assertThat(f.explanation()).contains("rotated by hand once a year", "SEC-142");
        });
        assertThat(verdict.nextSteps()).singleElement().satisfies(step -> {
            assertThat(step.title()).isEqualTo("Address: Stale secrets");
            assertThat(step.motivatedByIds()).containsExactly("security.secrets-rotated");
        });
    }
}
