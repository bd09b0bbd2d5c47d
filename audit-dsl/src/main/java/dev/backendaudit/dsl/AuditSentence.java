package dev.backendaudit.dsl;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The sentence itself: one immutable class serves every top-level step. A step makes a new sentence
 * from the draft, the provenance of what follows and what the step leaves open.
 */
final class AuditSentence implements MeasurementStep, SignStep, CriticalAboveStep<SignStep>,
        CriticalBelowStep<SignStep> {

    private final Draft draft;
    private final Provenance source;
    /** What the last step leaves open: bounds that may follow, a warning bound, bounds without a sign. */
    private final Pending pending;

    AuditSentence(Draft draft) {
        this(draft, Provenance.manual(), null);
    }

    private AuditSentence(Draft draft, Provenance source, Pending pending) {
        this.draft = draft;
        this.source = source;
        this.pending = pending;
    }

    /** The sentence to go on from with another clause; fails if the last step is unfinished. */
    private AuditSentence settled() {
        if (pending == null) {
            return this;
        }
        if (!pending.finished()) {
            throw new IllegalStateException(pending.howToFinish());
        }
        return new AuditSentence(draft, source, null);
    }

    private AuditSentence saying(Draft.Statement statement) {
        return new AuditSentence(draft.with(statement), source, null);
    }

    private AuditSentence saying(Evidence item) {
        return saying(new Draft.EvidenceGiven(List.of(item)));
    }

    @Override
    public AuditStep at(Instant time) {
        return settled().saying(new Draft.At(Args.notNull("at(null)", "time", time)));
    }

    @Override
    public AuditStep architecture(UnaryOperator<ArchitectureClause> clause) {
        return settled().withClause(ClauseSupport.run("architecture", ArchitectureSentence.start(), clause));
    }

    @Override
    public AuditStep performance(UnaryOperator<PerformanceClause> clause) {
        return settled().withClause(ClauseSupport.run("performance", PerformanceSentence.start(), clause));
    }

    @Override
    public AuditStep scalability(UnaryOperator<ScalabilityClause> clause) {
        return settled().withClause(ClauseSupport.run("scalability", ScalabilitySentence.start(), clause));
    }

    @Override
    public AuditStep codeQuality(UnaryOperator<CodeQualityClause> clause) {
        return settled().withClause(ClauseSupport.run("codeQuality", CodeQualitySentence.start(), clause));
    }

    @Override
    public AuditStep deployment(UnaryOperator<DeploymentClause> clause) {
        return settled().withClause(ClauseSupport.run("deployment", DeploymentSentence.start(), clause));
    }

    @Override
    public AuditStep monitoring(UnaryOperator<MonitoringClause> clause) {
        return settled().withClause(ClauseSupport.run("monitoring", MonitoringSentence.start(), clause));
    }

    private AuditStep withClause(Chain<Draft.Statement> said) {
        return new AuditSentence(draft.withAll(said), source, null);
    }

    @Override
    public AuditStep from(Provenance provenance) {
        AuditSentence from = settled();
        return new AuditSentence(from.draft, Args.notNull("from(null)", "provenance", provenance), null);
    }

    @Override
    public MeasurementStep measured(Metric metric, Quantity value) {
        String clause = "measured(" + (metric == null ? null : metric.id()) + ", " + value + ")";
        AuditSentence from = settled();
        Args.notNull(clause, "metric", metric);
        Args.notNull(clause, "value", value);
        Measurement measurement = Args.guard(clause, () -> Measurement.of(metric, value, source));
        Optional<ThresholdCriterion> judged = from.draft.thresholdFor(metric);
        Bounds.Target target = new Bounds.Target(clause, metric, judged.map(ThresholdCriterion::id).orElse(metric.id()),
                judged.map(ThresholdCriterion::sign).orElse(null), judged.map(ThresholdCriterion::direction).orElse(null));
        return new AuditSentence(from.saying(measurement).draft, source, target);
    }

    @Override
    public MeasurementStep measured(Metric metric, Duration value) {
        Args.notNull("measured(" + (metric == null ? null : metric.id()) + ", null)", "value", value);
        return measured(metric, Quantity.of(value));
    }

    @Override
    public CriticalAboveStep<SignStep> warnAbove(Quantity warning) {
        return warned(Direction.HIGHER_IS_WORSE, warning);
    }

    @Override
    public CriticalAboveStep<SignStep> warnAbove(Duration warning) {
        return warnAbove(warning == null ? null : Quantity.of(warning));
    }

    @Override
    public CriticalBelowStep<SignStep> warnBelow(Quantity warning) {
        return warned(Direction.LOWER_IS_WORSE, warning);
    }

    @Override
    public CriticalBelowStep<SignStep> warnBelow(Duration warning) {
        return warnBelow(warning == null ? null : Quantity.of(warning));
    }

    private AuditSentence warned(Direction direction, Quantity warning) {
        return new AuditSentence(draft, source, Bounds.target(pending, direction, warning).warn(direction, warning));
    }

    @Override
    public SignStep criticalAbove(Quantity critical) {
        return bounded(Direction.HIGHER_IS_WORSE, critical);
    }

    @Override
    public SignStep criticalAbove(Duration critical) {
        return criticalAbove(critical == null ? null : Quantity.of(critical));
    }

    @Override
    public SignStep criticalBelow(Quantity critical) {
        return bounded(Direction.LOWER_IS_WORSE, critical);
    }

    @Override
    public SignStep criticalBelow(Duration critical) {
        return criticalBelow(critical == null ? null : Quantity.of(critical));
    }

    private AuditSentence bounded(Direction direction, Quantity critical) {
        return new AuditSentence(draft, source, Bounds.warned(pending, direction, critical).critical(critical));
    }

    @Override
    public AuditStep signalling(Sign sign) {
        if (!(pending instanceof Bounds.Spec spec)) {
            throw new IllegalStateException("signalling(" + sign + ") must directly follow the bounds of a"
                    + " measured(...) clause");
        }
        Args.notNull(spec.clause() + ".signalling(null)", "sign", sign);
        if (spec.sign() != null && !spec.sign().equals(sign)) {
            throw new IllegalArgumentException(spec.clause() + ".signalling(" + sign.id() + "): criterion '" + spec.id()
                    + "' judges " + spec.metric().name() + " for the sign '" + spec.sign().id() + "', and bounds change"
                    + " its bounds, not what it detects: signal '" + spec.sign().id() + "', or add a criterion of"
                    + " your own with .criterion(...)");
        }
        return saying(new Draft.CriterionGiven(spec.criterion(sign)));
    }

    @Override
    public AuditStep answered(Question question, boolean yes) {
        return answer("answered(" + Args.show(question) + ", " + yes + ")", question, yes ? "yes" : "no",
                Optional.empty());
    }

    @Override
    public AuditStep answered(Question question, boolean yes, String note) {
        String noteless = "answered(" + Args.show(question) + ", " + yes + ")";
        String clause = noteless.substring(0, noteless.length() - 1) + ", " + Args.show(note) + ")";
        return answer(clause, question, yes ? "yes" : "no", Optional.of(Args.note(clause, noteless, note)));
    }

    @Override
    public AuditStep answered(Question question, String choice) {
        String clause = "answered(" + Args.show(question) + ", " + Args.show(choice) + ")";
        return answer(clause, question, Args.notNull(clause, "choice", choice), Optional.empty());
    }

    @Override
    public AuditStep answered(Question question, String choice, String note) {
        String noteless = "answered(" + Args.show(question) + ", " + Args.show(choice) + ")";
        String clause = noteless.substring(0, noteless.length() - 1) + ", " + Args.show(note) + ")";
        Args.notNull(clause, "choice", choice);
        return answer(clause, question, choice, Optional.of(Args.note(clause, noteless, note)));
    }

    private AuditStep answer(String clause, Question question, String choice, Optional<String> note) {
        AuditSentence from = settled();
        Args.notNull(clause, "question", question);
        return from.saying(Args.guard(clause, () -> new Answer(question, choice, note, source)));
    }

    @Override
    public AuditStep series(TimeSeries series) {
        return settled().saying(Args.notNull("series(null)", "series", series));
    }

    @Override
    public AuditStep notApplicable(Topic topic, String reason) {
        String clause = "notApplicable(" + Args.show(topic) + ", " + Args.show(reason) + ")";
        AuditSentence from = settled();
        Args.notNull(clause, "topic", topic);
        Args.notNull(clause, "reason", reason);
        return from.saying(Args.guard(clause, () -> new NotApplicable(topic, reason, source)));
    }

    @Override
    public AuditStep evidence(Evidence evidence) {
        return settled().saying(Args.notNull("evidence(null)", "evidence", evidence));
    }

    @Override
    public AuditStep evidence(Iterable<? extends Evidence> evidence) {
        AuditSentence from = settled();
        Args.notNull("evidence(null)", "evidence", evidence);
        List<Evidence> items = new ArrayList<>();
        for (Evidence item : evidence) {
            items.add(Args.notNull("evidence(...)", "evidence[" + items.size() + "]", item));
        }
        return from.saying(new Draft.EvidenceGiven(items));
    }

    @Override
    public AuditStep replacing(UnaryOperator<AuditStep> changes) {
        Args.notNull("replacing(null)", "changes", changes);
        AuditSentence from = settled();
        Object token = new Object();
        AuditStep result = changes.apply(from.saying(new Draft.Replacement(token, true)));
        Args.notNull("replacing(...)", "the changes' result", result);
        if (!(result instanceof AuditSentence changed) || !changed.draft.insideReplacement(token)) {
            throw new IllegalArgumentException("replacing(...): the changes must continue the sentence they are given"
                    + " (s -> s.performance(...)), but returned another sentence");
        }
        return new AuditSentence(changed.settled().draft.with(new Draft.Replacement(token, false)), source, null);
    }

    @Override
    public AuditStep area(Area area) {
        return settled().saying(new Draft.AreaGiven(Args.notNull("area(null)", "area", area)));
    }

    @Override
    public AuditStep criterion(Criterion criterion) {
        return settled().saying(new Draft.CriterionGiven(Args.notNull("criterion(null)", "criterion", criterion)));
    }

    @Override
    public AuditStep withoutCriterion(String id) {
        AuditSentence from = settled();
        Draft next = from.draft.withoutCriterion("withoutCriterion(\"" + id + "\")",
                Args.notNull("withoutCriterion(null)", "criterion id", id));
        return new AuditSentence(next, source, null);
    }

    @Override
    public AuditStep scoredBy(ScoringStrategy strategy) {
        AuditSentence from = settled();
        return new AuditSentence(from.draft.strategy("scoredBy(" + strategy + ")",
                Args.notNull("scoredBy(null)", "strategy", strategy)), source, null);
    }

    @Override
    public AuditStep evidencePolicy(EvidencePolicy policy) {
        AuditSentence from = settled();
        return new AuditSentence(from.draft.policy("evidencePolicy(" + policy + ")",
                Args.notNull("evidencePolicy(null)", "policy", policy)), source, null);
    }

    @Override
    public AuditStep history(AuditHistory earlier) {
        AuditSentence from = settled();
        return new AuditSentence(from.draft.history("history(...)", Args.notNull("history(null)", "history", earlier)),
                source, null);
    }

    @Override
    public AuditStep history(List<Verdict> earlier) {
        Args.notNull("history(null)", "earlier verdicts", earlier);
        return history(Args.guard("history(" + earlier.size() + " verdicts)", () -> AuditHistory.of(earlier)));
    }

    @Override
    public Audit audit() {
        return settled().draft.build();
    }

    @Override
    public Verdict evaluate() {
        return settled().draft.evaluate();
    }
}
