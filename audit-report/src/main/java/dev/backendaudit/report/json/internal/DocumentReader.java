package dev.backendaudit.report.json.internal;

import dev.backendaudit.bounds.Certainty;
import dev.backendaudit.model.Answer;
import dev.backendaudit.model.AnswerCriterion;
import dev.backendaudit.model.Area;
import dev.backendaudit.model.AreaAssessment;
import dev.backendaudit.model.Assessment;
import dev.backendaudit.model.ConditionCheck;
import dev.backendaudit.model.Coverage;
import dev.backendaudit.model.Criterion;
import dev.backendaudit.model.Decision;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.EvidencePolicy;
import dev.backendaudit.model.Figures;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.IndicatorCheck;
import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.Metric;
import dev.backendaudit.model.NextStep;
import dev.backendaudit.model.NotApplicable;
import dev.backendaudit.model.Provenance;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.Question;
import dev.backendaudit.model.Reason;
import dev.backendaudit.model.Sign;
import dev.backendaudit.model.StrategyId;
import dev.backendaudit.model.ThresholdCriterion;
import dev.backendaudit.model.TimeSeries;
import dev.backendaudit.model.Topic;
import dev.backendaudit.model.TrendCriterion;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.report.json.internal.VerdictDocument.AnswerCriterionDoc;
import dev.backendaudit.report.json.internal.VerdictDocument.AnswerDoc;
import dev.backendaudit.report.json.internal.VerdictDocument.AreaAssessmentDoc;
import dev.backendaudit.report.json.internal.VerdictDocument.AreaDoc;
import dev.backendaudit.report.json.internal.VerdictDocument.ConditionDoc;
import dev.backendaudit.report.json.internal.VerdictDocument.CoverageDoc;
import dev.backendaudit.report.json.internal.VerdictDocument.CriterionDoc;
import dev.backendaudit.report.json.internal.VerdictDocument.EvidenceDoc;
import dev.backendaudit.report.json.internal.VerdictDocument.FindingDoc;
import dev.backendaudit.report.json.internal.VerdictDocument.IndicatorDoc;
import dev.backendaudit.report.json.internal.VerdictDocument.MeasurementDoc;
import dev.backendaudit.report.json.internal.VerdictDocument.MetricDoc;
import dev.backendaudit.report.json.internal.VerdictDocument.NotApplicableDoc;
import dev.backendaudit.report.json.internal.VerdictDocument.ProvenanceDoc;
import dev.backendaudit.report.json.internal.VerdictDocument.QuantityDoc;
import dev.backendaudit.report.json.internal.VerdictDocument.QuestionDoc;
import dev.backendaudit.report.json.internal.VerdictDocument.SignDoc;
import dev.backendaudit.report.json.internal.VerdictDocument.ThresholdDoc;
import dev.backendaudit.report.json.internal.VerdictDocument.TimeSeriesDoc;
import dev.backendaudit.report.json.internal.VerdictDocument.TrendDoc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Turns a {@link VerdictDocument} back into a {@link Verdict}, resolving the catalog's ids, and
 * checks that its derived parts agree with its evidence ({@link VerdictConsistency}). Every failure
 * is a {@link DocumentException} naming the JSON path of the value at fault.
 */
public final class DocumentReader {

    private static final java.util.Set<String> STANDARD_AREA_IDS = java.util.Set.of("architecture", "performance",
            "scalability", "code-quality", "deployment", "monitoring");

    private final String root;
    private final Map<String, Area> areas = new HashMap<>();
    private final Map<String, Sign> signs = new HashMap<>();
    private final Map<String, Metric> metrics = new HashMap<>();
    private final Map<String, Question> questions = new HashMap<>();
    private final Map<String, Criterion> criteria = new HashMap<>();

    private DocumentReader(String root) {
        this.root = root;
    }

    /** The verdict {@code document} describes; {@code root} prefixes paths in messages (empty for a top-level document). */
    public static Verdict toModel(VerdictDocument document, String root) {
        return new DocumentReader(root).verdict(document);
    }

    private Verdict verdict(VerdictDocument d) {
        catalog(d);
        List<Finding> findings = new ArrayList<>();
        Map<String, Finding> byCriterion = new HashMap<>();
        for (int i = 0; i < d.findings().size(); i++) {
            Finding finding = finding(d.findings().get(i), path("findings", i));
            if (byCriterion.put(finding.criterion().id(), finding) != null) {
                throw new DocumentException(path("findings", i) + ".criterion", "criterion '"
                        + finding.criterion().id() + "' has more than one finding; each criterion has one", null);
            }
            findings.add(finding);
        }
        List<AreaAssessment> assessments = new ArrayList<>();
        for (int i = 0; i < d.areas().size(); i++) {
            assessments.add(assessment(d.areas().get(i), path("areas", i), byCriterion));
        }
        List<Reason> rationale = new ArrayList<>();
        for (int i = 0; i < d.rationale().size(); i++) {
            var r = d.rationale().get(i);
            List<Criterion> basis = criteria(r.basis() == null ? List.of() : r.basis(), path("rationale", i) + ".basis");
            rationale.add(at(path("rationale", i), () -> new Reason(r.rule(), r.text(), basis)));
        }
        List<NextStep> steps = new ArrayList<>();
        for (int i = 0; i < d.nextSteps().size(); i++) {
            var s = d.nextSteps().get(i);
            List<Criterion> motivatedBy = criteria(s.motivatedBy(), path("nextSteps", i) + ".motivatedBy");
            steps.add(at(path("nextSteps", i), () -> new NextStep(s.action(), s.title(), s.detail(), motivatedBy)));
        }
        StrategyId strategy = at(root + "strategy", () -> new StrategyId(d.strategy().name(), d.strategy().version()));
        Coverage coverage = coverage(d.coverage(), root + "coverage");
        checksPresentExactlySince(d);
        EvidencePolicy policy = d.policy() == null ? EvidencePolicy.DEFAULT
                : at(root + "policy", () -> new EvidencePolicy(d.policy().minimumCoverage()));
        List<IndicatorCheck> indicators = new ArrayList<>();
        List<IndicatorDoc> indicatorDocs = d.indicators() == null ? List.of() : d.indicators();
        for (int i = 0; i < indicatorDocs.size(); i++) {
            IndicatorDoc doc = indicatorDocs.get(i);
            String p = path("indicators", i);
            Sign sign = resolve(signs, "sign", doc.sign(), p + ".sign");
            List<Criterion> basis = criteria(doc.basis(), p + ".basis");
            indicators.add(at(p, () -> new IndicatorCheck(sign, doc.status(), Optional.ofNullable(doc.severity()),
                    basis, doc.text())));
        }
        List<ConditionCheck> conditions = new ArrayList<>();
        List<ConditionDoc> conditionDocs = d.conditions() == null ? List.of() : d.conditions();
        for (int i = 0; i < conditionDocs.size(); i++) {
            ConditionDoc doc = conditionDocs.get(i);
            List<Criterion> basis = criteria(doc.basis(), path("conditions", i) + ".basis");
            conditions.add(at(path("conditions", i), () -> new ConditionCheck(doc.id(), doc.statement(), doc.status(),
                    basis, doc.text())));
        }
        List<Evidence> context = new ArrayList<>();
        List<EvidenceDoc> contextDocs = d.context() == null ? List.of() : d.context();
        for (int i = 0; i < contextDocs.size(); i++) {
            context.add(evidence(contextDocs.get(i), path("context", i)));
        }
        Figures figures = d.figures() != null
                ? FigureCodec.read(d.figures(), root + "figures",
                        p -> id -> resolve(criteria, "criterion", id, p), p -> id -> resolve(areas, "area", id, p))
                : FigureCodec.fromDetails(d.details(), strategy.name());
        Certainty certainty = certainty(d);
        String self = root.isEmpty() ? "$" : root.substring(0, root.length() - 1);
        Assessment assessment = at(self, () -> new Assessment(d.subject(), d.evaluatedAt(), assessments, findings,
                coverage, indicators, context));
        Decision decision = at(self, () -> new Decision(d.outcome(), rationale, Optional.of(steps), figures,
                conditions));
        Verdict verdict = at(self, () -> new Verdict(assessment, decision, strategy, policy, certainty));
        VerdictConsistency.check(verdict, root);
        return verdict;
    }

    /** Documents of 1.2 and later may carry a certainty; older ones never do. */
    private Certainty certainty(VerdictDocument d) {
        if (d.certainty() == null) {
            return Certainty.unknown();
        }
        if (!since(d, CertaintyMapping.SINCE)) {
            throw new DocumentException(root + "certainty", "certainty is not part of schemaVersion "
                    + d.schemaVersion() + " (it was added in " + CertaintyMapping.SINCE + ")", null);
        }
        return CertaintyMapping.toModel(d.certainty(), root + "certainty",
                (id, p) -> resolve(criteria, "criterion", id, p), DocumentReader::at);
    }

    private List<Criterion> criteria(List<String> ids, String p) {
        List<Criterion> resolved = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            resolved.add(resolve(criteria, "criterion", ids.get(i), p + "[" + i + "]"));
        }
        return resolved;
    }

    /**
     * Documents of 1.1 and later carry policy, indicators, conditions and context; 1.0 documents carry none.
     * Documents of 1.2 and later carry typed figures and each reason's basis; older ones carry text details.
     */
    private void checksPresentExactlySince(VerdictDocument d) {
        presentExactlySince(d, VerdictDocument.CHECKS_SINCE, new String[] {"policy", "indicators", "conditions",
                "context"}, new Object[] {d.policy(), d.indicators(), d.conditions(), d.context()});
        presentExactlySince(d, VerdictDocument.FIGURES_SINCE, new String[] {"figures"}, new Object[] {d.figures()});
        boolean typed = since(d, VerdictDocument.FIGURES_SINCE);
        if (typed == (d.details() != null)) {
            throw new DocumentException(root + "details", typed ? "details is not part of schemaVersion "
                    + d.schemaVersion() + " (since " + VerdictDocument.FIGURES_SINCE + " figures are typed, in 'figures')"
                    : "details must be given in a schemaVersion " + d.schemaVersion() + " document, but is missing", null);
        }
        for (int i = 0; i < d.rationale().size(); i++) {
            if (typed != (d.rationale().get(i).basis() != null)) {
                throw new DocumentException(path("rationale", i) + ".basis", typed ? "basis must be given in a"
                        + " schemaVersion " + d.schemaVersion() + " document, but is missing" : "basis is not part of"
                        + " schemaVersion " + d.schemaVersion() + " (it was added in " + VerdictDocument.FIGURES_SINCE
                        + ")", null);
            }
        }
    }

    private void presentExactlySince(VerdictDocument d, String version, String[] names, Object[] values) {
        boolean since = since(d, version);
        for (int i = 0; i < names.length; i++) {
            if (since && values[i] == null) {
                throw new DocumentException(root + names[i], names[i] + " must be given in a schemaVersion "
                        + d.schemaVersion() + " document, but is missing", null);
            }
            if (!since && values[i] != null) {
                throw new DocumentException(root + names[i], names[i] + " is not part of schemaVersion "
                        + d.schemaVersion() + " (it was added in " + version + ")", null);
            }
        }
    }

    private static boolean since(VerdictDocument d, String version) {
        String[] have = d.schemaVersion().split("\\.");
        String[] want = version.split("\\.");
        int major = Integer.parseInt(have[0]) - Integer.parseInt(want[0]);
        return major != 0 ? major > 0 : Integer.parseInt(have[1]) >= Integer.parseInt(want[1]);
    }

    private void catalog(VerdictDocument d) {
        String base = root + "catalog.";
        boolean since = since(d, VerdictDocument.CHECKS_SINCE);
        List<AreaDoc> areaDocs = d.catalog().areas();
        for (int i = 0; i < areaDocs.size(); i++) {
            AreaDoc a = areaDocs.get(i);
            String p = base + "areas[" + i + "]";
            if (since != (a.systemic() != null)) {
                throw new DocumentException(p + ".systemic", since ? "systemic must be given in a schemaVersion "
                        + d.schemaVersion() + " document, but is missing" : "systemic is not part of schemaVersion "
                        + d.schemaVersion() + " (it was added in " + VerdictDocument.CHECKS_SINCE + ")", null);
            }
            // before 1.1 every standard area counted toward "systemic", and no other area could
            boolean systemic = since ? a.systemic() : STANDARD_AREA_IDS.contains(a.id());
            define(areas, p, at(p, () -> new Area(a.id(), a.name(), a.foundation(), systemic, a.healthy(),
                    a.needsAttention())));
        }
        List<SignDoc> signDocs = d.catalog().signs();
        for (int i = 0; i < signDocs.size(); i++) {
            SignDoc s = signDocs.get(i);
            String p = base + "signs[" + i + "]";
            Area area = resolve(areas, "area", s.area(), p + ".area");
            define(signs, p, at(p, () -> new Sign(s.id(), area, s.kind(), s.title(), s.looksLike(), s.impact())));
        }
        List<MetricDoc> metricDocs = d.catalog().metrics();
        for (int i = 0; i < metricDocs.size(); i++) {
            MetricDoc m = metricDocs.get(i);
            String p = base + "metrics[" + i + "]";
            Area area = resolve(areas, "area", m.area(), p + ".area");
            define(metrics, p, at(p, () -> new Metric(m.id(), area, m.name(), m.dimension())));
        }
        List<QuestionDoc> questionDocs = d.catalog().questions();
        for (int i = 0; i < questionDocs.size(); i++) {
            QuestionDoc q = questionDocs.get(i);
            String p = base + "questions[" + i + "]";
            Area area = resolve(areas, "area", q.area(), p + ".area");
            define(questions, p, at(p, () -> new Question(q.id(), area, q.text(), q.choices())));
        }
        List<CriterionDoc> criterionDocs = d.catalog().criteria();
        for (int i = 0; i < criterionDocs.size(); i++) {
            String p = base + "criteria[" + i + "]";
            define(criteria, p, criterion(criterionDocs.get(i), p));
        }
    }

    private Criterion criterion(CriterionDoc doc, String p) {
        if (doc instanceof ThresholdDoc t) {
            Sign sign = resolve(signs, "sign", t.sign(), p + ".sign");
            Metric metric = resolve(metrics, "metric", t.metric(), p + ".metric");
            Quantity warning = quantity(t.warning(), p + ".warning");
            Quantity critical = quantity(t.critical(), p + ".critical");
            return at(p, () -> new ThresholdCriterion(t.id(), sign, metric, t.direction(), warning, critical));
        }
        if (doc instanceof AnswerCriterionDoc a) {
            Sign sign = resolve(signs, "sign", a.sign(), p + ".sign");
            Question question = resolve(questions, "question", a.question(), p + ".question");
            return at(p, () -> new AnswerCriterion(a.id(), sign, question, a.severities()));
        }
        TrendDoc t = (TrendDoc) doc;
        Sign sign = resolve(signs, "sign", t.sign(), p + ".sign");
        Metric metric = resolve(metrics, "metric", t.metric(), p + ".metric");
        return at(p, () -> new TrendCriterion(t.id(), sign, metric, t.direction(), t.warningChange(),
                t.criticalChange()));
    }

    private Finding finding(FindingDoc f, String p) {
        Criterion criterion = resolve(criteria, "criterion", f.criterion(), p + ".criterion");
        Optional<Evidence> evidence = f.evidence() == null ? Optional.empty()
                : Optional.of(evidence(f.evidence(), p + ".evidence"));
        return at(p, () -> new Finding(criterion, f.status(), Optional.ofNullable(f.severity()), evidence,
                f.explanation(), f.excess()));
    }

    private Evidence evidence(EvidenceDoc doc, String p) {
        Provenance provenance = provenance(doc.provenance(), p + ".provenance");
        if (doc instanceof MeasurementDoc m) {
            Metric metric = resolve(metrics, "metric", m.metric(), p + ".metric");
            Quantity value = quantity(m.value(), p + ".value");
            return at(p, () -> new Measurement(metric, value, provenance));
        }
        if (doc instanceof AnswerDoc a) {
            Question question = resolve(questions, "question", a.question(), p + ".question");
            return at(p, () -> new Answer(question, a.choice(), Optional.ofNullable(a.note()), provenance));
        }
        if (doc instanceof TimeSeriesDoc t) {
            Metric metric = resolve(metrics, "metric", t.metric(), p + ".metric");
            List<TimeSeries.Point> points = new ArrayList<>();
            for (int i = 0; i < t.points().size(); i++) {
                var point = t.points().get(i);
                points.add(at(p + ".points[" + i + "]", () -> new TimeSeries.Point(point.at(), point.value())));
            }
            return at(p, () -> new TimeSeries(metric, t.unit(), points, provenance));
        }
        NotApplicableDoc n = (NotApplicableDoc) doc;
        if ((n.metric() == null) == (n.question() == null)) {
            throw new DocumentException(p, "not-applicable evidence must name exactly one of 'metric' and 'question',"
                    + " but named " + (n.metric() == null ? "neither" : "both"), null);
        }
        Topic topic = n.metric() != null ? resolve(metrics, "metric", n.metric(), p + ".metric")
                : resolve(questions, "question", n.question(), p + ".question");
        return at(p, () -> new NotApplicable(topic, n.reason(), provenance));
    }

    private AreaAssessment assessment(AreaAssessmentDoc a, String p, Map<String, Finding> byCriterion) {
        Area area = resolve(areas, "area", a.area(), p + ".area");
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < a.findings().size(); i++) {
            findings.add(resolve(byCriterion, "finding of criterion", a.findings().get(i),
                    p + ".findings[" + i + "]"));
        }
        Coverage coverage = coverage(a.coverage(), p + ".coverage");
        return at(p, () -> new AreaAssessment(area, a.health(), findings, coverage));
    }

    private Provenance provenance(ProvenanceDoc doc, String p) {
        return at(p, () -> new Provenance(doc.source(), Optional.ofNullable(doc.location()),
                Optional.ofNullable(doc.observedAt())));
    }

    private static Quantity quantity(QuantityDoc doc, String p) {
        return at(p, () -> new Quantity(doc.value(), doc.unit()));
    }

    private static Coverage coverage(CoverageDoc doc, String p) {
        return at(p, () -> new Coverage(doc.decided(), doc.applicable()));
    }

    private String path(String list, int index) {
        return root + list + "[" + index + "]";
    }

    private static <T> T resolve(Map<String, T> known, String kind, String id, String p) {
        if (id == null) {
            throw new DocumentException(p, kind + " id must be given, but was null", null);
        }
        T value = known.get(id);
        if (value == null) {
            List<String> ids = new ArrayList<>(new java.util.TreeSet<>(known.keySet()));
            String listed = ids.size() <= 8 ? ids.toString()
                    : ids.subList(0, 8).toString().replace("]", ", ... (" + ids.size() + " in all)]");
            throw new DocumentException(p, kind + " '" + id + "' is not defined; known: " + listed, null);
        }
        return value;
    }

    private static <T> void define(Map<String, T> known, String p, T value) {
        String id = idOf(value);
        if (known.putIfAbsent(id, value) != null) {
            throw new DocumentException(p + ".id", "id '" + id + "' is defined twice; ids must be unique", null);
        }
    }

    private static String idOf(Object value) {
        if (value instanceof Area a) {
            return a.id();
        }
        if (value instanceof Sign s) {
            return s.id();
        }
        if (value instanceof Topic t) {
            return t.id();
        }
        return ((Criterion) value).id();
    }

    /** Runs a core constructor, turning its complaint (bad value, null) into one that names the path. */
    private static <T> T at(String p, Supplier<T> construct) {
        try {
            return construct.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new DocumentException(p, reason, e);
        }
    }
}
