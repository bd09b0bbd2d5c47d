package dev.backendaudit.report;

import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.checklist.Questions;
import dev.backendaudit.checklist.Signs;
import dev.backendaudit.checklist.StandardChecklist;
import dev.backendaudit.engine.Evaluator;
import dev.backendaudit.model.Answer;
import dev.backendaudit.model.AnswerCriterion;
import dev.backendaudit.model.Area;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Dimension;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.EvidencePolicy;
import dev.backendaudit.model.Figure;
import dev.backendaudit.model.Figures;
import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.Metric;
import dev.backendaudit.model.NotApplicable;
import dev.backendaudit.model.Provenance;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.Question;
import dev.backendaudit.model.Severity;
import dev.backendaudit.model.Sign;
import dev.backendaudit.model.SignKind;
import dev.backendaudit.model.ThresholdCriterion;
import dev.backendaudit.model.TimeSeries;
import dev.backendaudit.model.TrendCriterion;
import dev.backendaudit.model.Unit;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.scoring.Strategies;
import dev.backendaudit.test.AuditFixtures;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Arbitrary verdicts for properties: evaluated audits of the standard checklist plus a custom area
 * (with its own sign, metric, question and all three kinds of criteria), with random subsets of
 * evidence of every kind, random provenance and random strategy details.
 */
public final class ArbitraryVerdicts {

    /** A user's own area, so that round trips are checked on more than the standard catalog. */
    static final Area SECURITY = Area.of("security", "Security \"& privacy\"", "Secrets are managed; dependencies are patched",
            "Secrets in code | unpatched CVEs\nfor months");
    static final Sign LEAKY = Sign.of("security.leaky", SECURITY, SignKind.RED_FLAG, "Leaky <secrets>",
            "Credentials committed to the repository", "Anyone with read access can act as the service");
    static final Metric OPEN_CVES = Metric.of("security.open-cves", SECURITY, "open critical CVEs", Dimension.COUNT);
    static final Question SECRETS = Question.choice("security.secrets", SECURITY, "Where are secrets kept?",
            List.of("vault", "env", "code"));

    private ArbitraryVerdicts() {
    }

    /** Verdicts of random audits. */
    public static Arbitrary<Verdict> verdicts() {
        Arbitrary<List<Evidence>> random = Arbitraries.oneOf(standardEvidence(), customEvidence())
                .list().ofMaxSize(40);
        // a third of the audits start from evidence on which every area is healthy, with at most two
        // random items in front, so that every outcome occurs often
        List<Evidence> healthyBase = new java.util.ArrayList<>(ExampleVerdicts.healthyEvidence());
        healthyBase.add(Measurement.of(OPEN_CVES, Quantity.count(0), Provenance.manual()));
        healthyBase.add(new Answer(SECRETS, "vault", Optional.empty(), Provenance.manual()));
        Arbitrary<List<Evidence>> evidence = Combinators.combine(Arbitraries.integers().between(0, 2), random)
                .as((pick, extra) -> {
                    if (pick > 0) {
                        return extra;
                    }
                    // up to two random items first: they take their topics' place in the base
                    List<Evidence> all = new java.util.ArrayList<>(extra.subList(0, Math.min(2, extra.size())));
                    all.addAll(healthyBase);
                    return all;
                });
        Arbitrary<Instant> at = Arbitraries.longs().between(0, 4_000_000_000L).map(Instant::ofEpochSecond);
        Arbitrary<String> subject = Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(20)
                .filter(s -> !s.isBlank());
        Arbitrary<Map<String, String>> details = Arbitraries.maps(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8),
                Arbitraries.strings().ofMaxLength(12)).ofMaxSize(3);
        Arbitrary<EvidencePolicy> policy = Arbitraries.of(EvidencePolicy.DEFAULT, EvidencePolicy.minimumCoverage(0.25),
                EvidencePolicy.minimumCoverage(0.9));
        return Combinators.combine(subject, at, evidence, details, policy).as(ArbitraryVerdicts::evaluate);
    }

    private static Verdict evaluate(String subject, Instant at, List<Evidence> evidence, Map<String, String> details,
                                    EvidencePolicy policy) {
        Audit.Builder builder = Audit.builder(subject).at(at).checklist(StandardChecklist.checklist())
                .area(SECURITY)
                .criterion(ThresholdCriterion.above("security.cves", LEAKY, OPEN_CVES, Quantity.count(0),
                        Quantity.count(3)))
                .criterion(new AnswerCriterion("security.secrets-kept", LEAKY, SECRETS,
                        Map.of("env", Severity.WARNING, "code", Severity.CRITICAL)))
                .criterion(TrendCriterion.rising("security.cve-trend", LEAKY, OPEN_CVES, 0.5, 1.0));
        // one piece of evidence per topic: the builder refuses conflicting evidence, so keep the first
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<Evidence> kept = new java.util.ArrayList<>();
        for (Evidence item : evidence) {
            if (seen.add(item.topic().id())) {
                kept.add(item);
            }
        }
        // and percentiles of one load that can be: a random p99 below the p95 is raised to it
        builder.evidence(AuditFixtures.possible(kept));
        Verdict verdict = Evaluator.evaluate(builder.build(), Strategies.checklist(), AuditHistory.empty(), policy);
        Figures.Builder figures = Figures.builder().putAll(verdict.figures());
        details.forEach((key, value) -> figures.put(Figure.text("arbitrary", key), value));
        figures.put(Figure.number("arbitrary", "score"), (double) details.size() / 3);
        figures.put(Figure.criteria("arbitrary", "picked"), verdict.findings().stream().limit(details.size())
                .map(f -> f.criterion()).toList());
        return verdict.withDecision(verdict.decision().withFigures(figures.build()));
    }

    private static Arbitrary<Provenance> provenance() {
        Arbitrary<Optional<String>> location = Arbitraries.strings().withCharRange('!', '~').ofMinLength(1)
                .ofMaxLength(30).optional();
        Arbitrary<Optional<Instant>> time = Arbitraries.longs().between(0, 4_000_000_000_000L)
                .map(Instant::ofEpochMilli).optional();
        Arbitrary<String> source = Arbitraries.of("manual", "load-test", "git-history", "jacoco");
        return Combinators.combine(source, location, time).as(Provenance::new);
    }

    private static Arbitrary<Evidence> standardEvidence() {
        Arbitrary<Evidence> measurement = Combinators.combine(Arbitraries.of(Metrics.STANDARD),
                Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(0, 5000), provenance())
                .as((metric, share, amount, source) -> Measurement.of(metric, value(metric, share, amount), source));
        Arbitrary<Evidence> answer = Combinators.combine(Arbitraries.of(Questions.STANDARD),
                Arbitraries.integers().between(0, 9), Arbitraries.strings().alpha().ofMaxLength(15), provenance())
                .as((question, pick, note, source) -> new Answer(question,
                        question.choices().get(pick % question.choices().size()),
                        note.isBlank() ? Optional.empty() : Optional.of(note), source));
        Arbitrary<Evidence> series = Combinators.combine(
                        Arbitraries.doubles().between(0, 100).list().ofMinSize(0).ofMaxSize(8), provenance())
                .as((values, source) -> {
                    TimeSeries s = TimeSeries.of(Metrics.COMMIT_THROUGHPUT, Unit.PER_WEEK, source);
                    for (int i = 0; i < values.size(); i++) {
                        s = s.point(Instant.parse("2026-01-05T00:00:00Z").plusSeconds(604_800L * i), values.get(i));
                    }
                    return s;
                });
        Arbitrary<Evidence> notApplicable = Combinators.combine(
                        Arbitraries.oneOf(Arbitraries.of(Metrics.STANDARD), Arbitraries.of(Questions.STANDARD)),
                        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10), provenance())
                .as(NotApplicable::new);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, measurement), net.jqwik.api.Tuple.of(5, answer),
                net.jqwik.api.Tuple.of(1, series), net.jqwik.api.Tuple.of(1, notApplicable));
    }

    private static Arbitrary<Evidence> customEvidence() {
        Arbitrary<Evidence> cves = Combinators.combine(Arbitraries.integers().between(0, 9), provenance())
                .as((n, source) -> Measurement.of(OPEN_CVES, Quantity.count(n), source));
        Arbitrary<Evidence> secrets = Combinators.combine(Arbitraries.of(SECRETS.choices()), provenance())
                .as((choice, source) -> new Answer(SECRETS, choice, Optional.of("said by the security team"), source));
        return Arbitraries.oneOf(cves, secrets);
    }

    private static Quantity value(Metric metric, double share, double amount) {
        switch (metric.dimension()) {
            case RATIO: return Quantity.ratio(share);
            case DURATION: return Quantity.millis(amount);
            case FACTOR: return Quantity.times(amount / 500);
            case COUNT: return Quantity.count(Math.floor(amount / 100));
            case RATE: return Quantity.of(amount / 100, Unit.PER_WEEK);
            default: throw new AssertionError(metric.dimension());
        }
    }
}
