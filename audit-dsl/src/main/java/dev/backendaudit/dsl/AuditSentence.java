package dev.backendaudit.dsl;

import dev.backendaudit.engine.Evaluator;
import dev.backendaudit.model.Answer;
import dev.backendaudit.model.Area;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Criterion;
import dev.backendaudit.model.Direction;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.EvidencePolicy;
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
import dev.backendaudit.model.Verdict;
import dev.backendaudit.scoring.ScoringStrategy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The sentence itself: one object serves every top-level step. */
final class AuditSentence implements MeasurementStep, SignStep, CriticalAboveStep<SignStep>,
        CriticalBelowStep<SignStep> {

    private final Draft draft;
    private final Bounds bounds = new Bounds();
    private Provenance source = Provenance.manual();
    /** Bounds whose metric no criterion judged, waiting for {@code signalling}. */
    private Bounds.Spec unsigned;
    /** Bounds just turned into a criterion, whose sign {@code signalling} may still replace. */
    private Bounds.Spec signed;

    AuditSentence(Draft draft) {
        this.draft = draft;
    }

    private void settle() {
        bounds.settle();
        if (unsigned != null) {
            Bounds.Spec spec = unsigned;
            unsigned = null;
            throw new IllegalStateException(spec.clause() + ": no criterion judges '" + spec.metric().id()
                    + "' yet, so its bounds must name the sign they detect: follow them with .signalling(sign)");
        }
        signed = null;
    }

    @Override
    public AuditStep at(Instant time) {
        settle();
        draft.at(Args.notNull("at(null)", "time", time));
        return this;
    }

    @Override
    public AuditStep architecture(UnaryOperator<ArchitectureClause> clause) {
        settle();
        ClauseSupport.run("architecture", new ArchitectureSentence(draft), clause);
        return this;
    }

    @Override
    public AuditStep performance(UnaryOperator<PerformanceClause> clause) {
        settle();
        ClauseSupport.run("performance", new PerformanceSentence(draft), clause);
        return this;
    }

    @Override
    public AuditStep scalability(UnaryOperator<ScalabilityClause> clause) {
        settle();
        ClauseSupport.run("scalability", new ScalabilitySentence(draft), clause);
        return this;
    }

    @Override
    public AuditStep codeQuality(UnaryOperator<CodeQualityClause> clause) {
        settle();
        ClauseSupport.run("codeQuality", new CodeQualitySentence(draft), clause);
        return this;
    }

    @Override
    public AuditStep deployment(UnaryOperator<DeploymentClause> clause) {
        settle();
        ClauseSupport.run("deployment", new DeploymentSentence(draft), clause);
        return this;
    }

    @Override
    public AuditStep monitoring(UnaryOperator<MonitoringClause> clause) {
        settle();
        ClauseSupport.run("monitoring", new MonitoringSentence(draft), clause);
        return this;
    }

    @Override
    public AuditStep from(Provenance provenance) {
        settle();
        this.source = Args.notNull("from(null)", "provenance", provenance);
        return this;
    }

    @Override
    public MeasurementStep measured(Metric metric, Quantity value) {
        String clause = "measured(" + (metric == null ? null : metric.id()) + ", " + value + ")";
        settle();
        Args.notNull(clause, "metric", metric);
        Args.notNull(clause, "value", value);
        draft.evidence(Args.guard(clause, () -> Measurement.of(metric, value, source)));
        Optional<ThresholdCriterion> judged = draft.thresholdFor(metric);
        bounds.target(clause, metric, judged.map(ThresholdCriterion::id).orElse(metric.id()),
                judged.map(ThresholdCriterion::sign).orElse(null), judged.map(ThresholdCriterion::direction).orElse(null));
        return this;
    }

    @Override
    public MeasurementStep measured(Metric metric, Duration value) {
        Args.notNull("measured(" + (metric == null ? null : metric.id()) + ", null)", "value", value);
        return measured(metric, Quantity.of(value));
    }

    @Override
    public CriticalAboveStep<SignStep> warnAbove(Quantity warning) {
        bounds.warn(Direction.HIGHER_IS_WORSE, warning);
        return this;
    }

    @Override
    public CriticalAboveStep<SignStep> warnAbove(Duration warning) {
        return warnAbove(warning == null ? null : Quantity.of(warning));
    }

    @Override
    public CriticalBelowStep<SignStep> warnBelow(Quantity warning) {
        bounds.warn(Direction.LOWER_IS_WORSE, warning);
        return this;
    }

    @Override
    public CriticalBelowStep<SignStep> warnBelow(Duration warning) {
        return warnBelow(warning == null ? null : Quantity.of(warning));
    }

    @Override
    public SignStep criticalAbove(Quantity critical) {
        return bounded(bounds.critical(Direction.HIGHER_IS_WORSE, critical));
    }

    @Override
    public SignStep criticalAbove(Duration critical) {
        return criticalAbove(critical == null ? null : Quantity.of(critical));
    }

    @Override
    public SignStep criticalBelow(Quantity critical) {
        return bounded(bounds.critical(Direction.LOWER_IS_WORSE, critical));
    }

    @Override
    public SignStep criticalBelow(Duration critical) {
        return criticalBelow(critical == null ? null : Quantity.of(critical));
    }

    private SignStep bounded(Bounds.Spec spec) {
        if (spec.sign() == null) {
            unsigned = spec;
        } else {
            draft.criterion(spec.criterion(spec.sign()));
            signed = spec;
        }
        return this;
    }

    @Override
    public AuditStep signalling(Sign sign) {
        Bounds.Spec spec = unsigned != null ? unsigned : signed;
        if (spec == null) {
            throw new IllegalStateException("signalling(" + sign + ") must directly follow the bounds of a"
                    + " measured(...) clause");
        }
        Args.notNull(spec.clause() + ".signalling(null)", "sign", sign);
        draft.criterion(spec.criterion(sign));
        unsigned = null;
        signed = null;
        return this;
    }

    @Override
    public AuditStep answered(Question question, boolean yes, String note) {
        String clause = "answered(" + (question == null ? null : question.id()) + ", " + yes + ", " + Args.show(note) + ")";
        settle();
        Args.notNull(clause, "question", question);
        draft.evidence(Args.guard(clause, () -> Answer.of(question, yes, note).from(source)));
        return this;
    }

    @Override
    public AuditStep answered(Question question, String choice, String note) {
        String clause = "answered(" + (question == null ? null : question.id()) + ", " + Args.show(choice) + ", "
                + Args.show(note) + ")";
        settle();
        Args.notNull(clause, "question", question);
        Args.notNull(clause, "choice", choice);
        draft.evidence(Args.guard(clause, () -> Answer.choice(question, choice, note).from(source)));
        return this;
    }

    @Override
    public AuditStep series(TimeSeries series) {
        settle();
        draft.evidence(Args.notNull("series(null)", "series", series));
        return this;
    }

    @Override
    public AuditStep notApplicable(Topic topic, String reason) {
        String clause = "notApplicable(" + (topic == null ? null : topic.id()) + ", " + Args.show(reason) + ")";
        settle();
        Args.notNull(clause, "topic", topic);
        Args.notNull(clause, "reason", reason);
        draft.evidence(Args.guard(clause, () -> new NotApplicable(topic, reason, source)));
        return this;
    }

    @Override
    public AuditStep evidence(Evidence evidence) {
        settle();
        draft.evidence(Args.notNull("evidence(null)", "evidence", evidence));
        return this;
    }

    @Override
    public AuditStep evidence(Iterable<? extends Evidence> evidence) {
        settle();
        Args.notNull("evidence(null)", "evidence", evidence);
        int i = 0;
        for (Evidence item : evidence) {
            draft.evidence(Args.notNull("evidence(...)", "evidence[" + i + "]", item));
            i++;
        }
        return this;
    }

    @Override
    public AuditStep area(Area area) {
        settle();
        draft.area(Args.notNull("area(null)", "area", area));
        return this;
    }

    @Override
    public AuditStep criterion(Criterion criterion) {
        settle();
        draft.criterion(Args.notNull("criterion(null)", "criterion", criterion));
        return this;
    }

    @Override
    public AuditStep withoutCriterion(String id) {
        settle();
        draft.withoutCriterion("withoutCriterion(\"" + id + "\")", Args.notNull("withoutCriterion(null)", "criterion id", id));
        return this;
    }

    @Override
    public AuditStep scoredBy(ScoringStrategy strategy) {
        settle();
        draft.strategy("scoredBy(" + strategy + ")", Args.notNull("scoredBy(null)", "strategy", strategy));
        return this;
    }

    @Override
    public AuditStep evidencePolicy(EvidencePolicy policy) {
        settle();
        draft.policy("evidencePolicy(" + policy + ")", Args.notNull("evidencePolicy(null)", "policy", policy));
        return this;
    }

    @Override
    public AuditStep history(AuditHistory earlier) {
        settle();
        draft.history("history(...)", Args.notNull("history(null)", "history", earlier));
        return this;
    }

    @Override
    public AuditStep history(List<Verdict> earlier) {
        Args.notNull("history(null)", "earlier verdicts", earlier);
        return history(Args.guard("history(" + earlier.size() + " verdicts)", () -> AuditHistory.of(earlier)));
    }

    @Override
    public Audit audit() {
        settle();
        return draft.build();
    }

    @Override
    public Verdict evaluate() {
        return Evaluator.evaluate(audit(), draft.strategy(), draft.history(), draft.policy());
    }
}
