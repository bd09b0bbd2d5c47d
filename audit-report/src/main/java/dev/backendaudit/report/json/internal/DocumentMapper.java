package dev.backendaudit.report.json.internal;

import dev.backendaudit.model.Answer;
import dev.backendaudit.model.AnswerCriterion;
import dev.backendaudit.model.Area;
import dev.backendaudit.model.Coverage;
import dev.backendaudit.model.Criterion;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.Metric;
import dev.backendaudit.model.NotApplicable;
import dev.backendaudit.model.Provenance;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.Question;
import dev.backendaudit.model.Sign;
import dev.backendaudit.model.ThresholdCriterion;
import dev.backendaudit.model.TimeSeries;
import dev.backendaudit.model.Topic;
import dev.backendaudit.model.TrendCriterion;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.report.json.internal.VerdictDocument.AnswerCriterionDoc;
import dev.backendaudit.report.json.internal.VerdictDocument.AnswerDoc;
import dev.backendaudit.report.json.internal.VerdictDocument.AreaAssessmentDoc;
import dev.backendaudit.report.json.internal.VerdictDocument.AreaDoc;
import dev.backendaudit.report.json.internal.VerdictDocument.CatalogDoc;
import dev.backendaudit.report.json.internal.VerdictDocument.ConditionDoc;
import dev.backendaudit.report.json.internal.VerdictDocument.CoverageDoc;
import dev.backendaudit.report.json.internal.VerdictDocument.CriterionDoc;
import dev.backendaudit.report.json.internal.VerdictDocument.EvidenceDoc;
import dev.backendaudit.report.json.internal.VerdictDocument.FindingDoc;
import dev.backendaudit.report.json.internal.VerdictDocument.IndicatorDoc;
import dev.backendaudit.report.json.internal.VerdictDocument.MeasurementDoc;
import dev.backendaudit.report.json.internal.VerdictDocument.MetricDoc;
import dev.backendaudit.report.json.internal.VerdictDocument.NextStepDoc;
import dev.backendaudit.report.json.internal.VerdictDocument.NotApplicableDoc;
import dev.backendaudit.report.json.internal.VerdictDocument.PointDoc;
import dev.backendaudit.report.json.internal.VerdictDocument.PolicyDoc;
import dev.backendaudit.report.json.internal.VerdictDocument.ProvenanceDoc;
import dev.backendaudit.report.json.internal.VerdictDocument.QuantityDoc;
import dev.backendaudit.report.json.internal.VerdictDocument.QuestionDoc;
import dev.backendaudit.report.json.internal.VerdictDocument.ReasonDoc;
import dev.backendaudit.report.json.internal.VerdictDocument.SignDoc;
import dev.backendaudit.report.json.internal.VerdictDocument.StrategyDoc;
import dev.backendaudit.report.json.internal.VerdictDocument.ThresholdDoc;
import dev.backendaudit.report.json.internal.VerdictDocument.TimeSeriesDoc;
import dev.backendaudit.report.json.internal.VerdictDocument.TrendDoc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Turns a {@link Verdict} into a {@link VerdictDocument}; {@link DocumentReader} goes the other way. */
public final class DocumentMapper {

    private DocumentMapper() {
    }

    /** The document of {@code verdict}. */
    public static VerdictDocument toDocument(Verdict verdict) {
        Catalog catalog = new Catalog();
        verdict.areas().forEach(a -> catalog.area(a.area()));
        List<FindingDoc> findings = verdict.findings().stream().map(f -> finding(f, catalog)).toList();
        List<AreaAssessmentDoc> areas = verdict.areas().stream()
                .map(a -> new AreaAssessmentDoc(a.area().id(), a.health(), coverage(a.coverage()),
                        a.findings().stream().map(f -> f.criterion().id()).toList()))
                .toList();
        List<IndicatorDoc> indicators = verdict.indicators().stream().map(i -> {
            catalog.sign(i.indicator());
            return new IndicatorDoc(i.indicator().id(), i.status(), i.severity().orElse(null), ids(i.basis(), catalog),
                    i.text());
        }).toList();
        List<ConditionDoc> conditions = verdict.conditions().stream()
                .map(c -> new ConditionDoc(c.id(), c.statement(), c.status(), ids(c.basis(), catalog), c.text())).toList();
        verdict.figures().asMap().forEach((key, value) -> {
            if (value instanceof List<?> list) {
                list.forEach(item -> {
                    if (item instanceof Criterion c) {
                        catalog.criterion(c);
                    } else if (item instanceof Area a) {
                        catalog.area(a);
                    }
                });
            }
        });
        List<EvidenceDoc> context = verdict.context().stream().map(e -> evidence(e, catalog)).toList();
        return new VerdictDocument(VerdictDocument.FORMAT, VerdictDocument.SCHEMA_VERSION, verdict.subject(),
                verdict.at(), verdict.outcome(),
                new StrategyDoc(verdict.strategy().name(), verdict.strategy().version()),
                coverage(verdict.coverage()),
                verdict.rationale().stream().map(r -> new ReasonDoc(r.rule(), r.text(), ids(r.basis(), catalog))).toList(),
                verdict.nextSteps().stream().map(s -> new NextStepDoc(s.action(), s.title(), s.detail(),
                        ids(s.motivatedBy(), catalog))).toList(),
                null, FigureCodec.write(verdict.figures()), areas, findings,
                new PolicyDoc(verdict.policy().minimumCoverage()),
                indicators, conditions, context,
                verdict.certainty().isKnown() ? CertaintyMapping.toDocument(verdict.certainty()) : null,
                catalog.document());
    }

    /** The ids of {@code criteria}, each added to the catalog. */
    private static List<String> ids(List<Criterion> criteria, Catalog catalog) {
        criteria.forEach(catalog::criterion);
        return criteria.stream().map(Criterion::id).toList();
    }

    private static CoverageDoc coverage(Coverage coverage) {
        return new CoverageDoc(coverage.decided(), coverage.applicable());
    }

    private static FindingDoc finding(Finding finding, Catalog catalog) {
        catalog.criterion(finding.criterion());
        return new FindingDoc(finding.criterion().id(), finding.status(), finding.severity().orElse(null),
                finding.evidence().map(e -> evidence(e, catalog)).orElse(null), finding.explanation(),
                finding.excess());
    }

    private static EvidenceDoc evidence(Evidence evidence, Catalog catalog) {
        catalog.topic(evidence.topic());
        ProvenanceDoc provenance = provenance(evidence.provenance());
        if (evidence instanceof Measurement m) {
            return new MeasurementDoc(m.metric().id(), quantity(m.value()), provenance);
        }
        if (evidence instanceof Answer a) {
            return new AnswerDoc(a.question().id(), a.choice(), a.note().orElse(null), provenance);
        }
        if (evidence instanceof TimeSeries t) {
            return new TimeSeriesDoc(t.metric().id(), t.unit(),
                    t.points().stream().map(p -> new PointDoc(p.at(), p.value())).toList(), provenance);
        }
        NotApplicable n = (NotApplicable) evidence;
        return n.topic() instanceof Metric
                ? new NotApplicableDoc(n.topic().id(), null, n.reason(), provenance)
                : new NotApplicableDoc(null, n.topic().id(), n.reason(), provenance);
    }

    private static ProvenanceDoc provenance(Provenance provenance) {
        return new ProvenanceDoc(provenance.source(), provenance.location().orElse(null),
                provenance.observedAt().orElse(null));
    }

    private static QuantityDoc quantity(Quantity quantity) {
        return new QuantityDoc(quantity.value(), quantity.unit());
    }

    /** Collects each area, sign, topic and criterion once, in order of first appearance. */
    private static final class Catalog {
        private final Map<String, AreaDoc> areas = new LinkedHashMap<>();
        private final Map<String, SignDoc> signs = new LinkedHashMap<>();
        private final Map<String, MetricDoc> metrics = new LinkedHashMap<>();
        private final Map<String, QuestionDoc> questions = new LinkedHashMap<>();
        private final Map<String, CriterionDoc> criteria = new LinkedHashMap<>();

        void area(Area area) {
            areas.computeIfAbsent(area.id(), id -> new AreaDoc(id, area.name(), area.foundation(), area.systemic(),
                    area.healthy(), area.needsAttention()));
        }

        void sign(Sign sign) {
            area(sign.area());
            signs.computeIfAbsent(sign.id(), id -> new SignDoc(id, sign.area().id(), sign.kind(), sign.title(),
                    sign.looksLike(), sign.impact()));
        }

        void topic(Topic topic) {
            area(topic.area());
            if (topic instanceof Metric m) {
                metrics.computeIfAbsent(m.id(), id -> new MetricDoc(id, m.area().id(), m.name(), m.dimension()));
            } else {
                Question q = (Question) topic;
                questions.computeIfAbsent(q.id(), id -> new QuestionDoc(id, q.area().id(), q.text(), q.choices()));
            }
        }

        void criterion(Criterion criterion) {
            sign(criterion.sign());
            topic(criterion.topic());
            criteria.computeIfAbsent(criterion.id(), id -> {
                if (criterion instanceof ThresholdCriterion t) {
                    return new ThresholdDoc(id, t.sign().id(), t.metric().id(), t.direction(), quantity(t.warning()),
                            quantity(t.critical()));
                }
                if (criterion instanceof AnswerCriterion a) {
                    return new AnswerCriterionDoc(id, a.sign().id(), a.question().id(),
                            new LinkedHashMap<>(a.severities()));
                }
                TrendCriterion t = (TrendCriterion) criterion;
                return new TrendDoc(id, t.sign().id(), t.metric().id(), t.direction(), t.warningChange(),
                        t.criticalChange());
            });
        }

        CatalogDoc document() {
            return new CatalogDoc(new ArrayList<>(areas.values()), new ArrayList<>(signs.values()),
                    new ArrayList<>(metrics.values()), new ArrayList<>(questions.values()),
                    new ArrayList<>(criteria.values()));
        }
    }
}
